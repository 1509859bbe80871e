using MscDomain.Common;

namespace MscDomain.Cells;

/// <summary>An allogeneic donor (or donors) that the source does not identify: an off-the-shelf bank product, a pooled
/// product from several donors, or simply "healthy donor" without an id.</summary>
/// <remarks>Replaces the placeholder donor id "not reported". ISCT/FACT terminology: a pooled product combines cells of
/// more than one donor.</remarks>
/// <param name="Pooled">Whether cells of several donors are pooled into one product, or null when not stated.</param>
/// <param name="DonorCount">Number of donors, or null.</param>
/// <param name="Bank">Bank or manufacturer, or null.</param>
/// <param name="Text">The source's wording, e.g. "healthy adult donor", or null.</param>
public sealed record UnidentifiedDonor(bool? Pooled = null, int? DonorCount = null, string? Bank = null, string? Text = null) : DonorSource
{
    /// <summary>Number of donors (at least 1; more than 1 when pooled), or null.</summary>
    /// <exception cref="ArgumentException">A count below 1, a pooled product with one donor, or blank texts.</exception>
    public int? DonorCount { get; } = DonorCount is { } n
        ? Require.Positive(n, nameof(DonorCount)) == 1 && Pooled == true
            ? throw new ArgumentOutOfRangeException(nameof(DonorCount), n, "UnidentifiedDonor: a pooled product has more than one donor; 1 is not.")
            : n
        : null;

    /// <summary>Bank or manufacturer, or null.</summary>
    public string? Bank { get; } = Require.NullOrNotBlank(Bank, nameof(Bank));

    /// <summary>The source's wording, or null.</summary>
    public string? Text { get; } = Require.NullOrNotBlank(Text, nameof(Text));

    /// <inheritdoc />
    /// <exception cref="ArgumentException"><paramref name="recipientId"/> is blank.</exception>
    public override DonorRelation RelationTo(string recipientId)
    {
        Require.NotBlank(recipientId, nameof(recipientId));
        return DonorRelation.Allogeneic;
    }

    /// <inheritdoc />
    public override DonorRelation DesignRelation() => DonorRelation.Allogeneic;
}
