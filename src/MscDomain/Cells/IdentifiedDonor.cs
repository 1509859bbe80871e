using MscDomain.Trials;
using MscDomain.Common;

namespace MscDomain.Cells;

/// <summary>A named donor (allogeneic bank or a participant acting as donor), with optional donor facts.</summary>
/// <param name="DonorId">Donor identity (e.g. ISBT 128 DIN or participant id).</param>
/// <param name="AgeYears">Donor age in years at donation, or null.</param>
/// <param name="Sex">Donor sex, or null.</param>
/// <param name="Bank">Donor bank name, or null.</param>
public sealed record IdentifiedDonor(string DonorId, int? AgeYears = null, Sex? Sex = null, string? Bank = null) : DonorSource
{
    /// <summary>Donor identity (non-blank).</summary>
    /// <exception cref="ArgumentException">Blank id or negative age.</exception>
    public string DonorId { get; } = Require.NotBlank(DonorId, nameof(DonorId));

    /// <summary>Donor age in years (at least 0), or null.</summary>
    public int? AgeYears { get; } = Require.NonNegative(AgeYears, nameof(AgeYears));

    /// <inheritdoc />
    /// <exception cref="ArgumentException"><paramref name="recipientId"/> is blank.</exception>
    public override DonorRelation RelationTo(string recipientId) =>
        string.Equals(DonorId, Require.NotBlank(recipientId, nameof(recipientId)), StringComparison.Ordinal)
            ? DonorRelation.Autologous
            : DonorRelation.Allogeneic;

    /// <inheritdoc />
    public override DonorRelation DesignRelation() => DonorRelation.Allogeneic;
}
