using MscDomain.Common;

namespace MscDomain.Trials;

/// <summary>Participants who withdrew or were withdrawn, with the reason (ClinicalTrials.gov API v2 dropWithdraws).</summary>
/// <param name="Reason">Why.</param>
/// <param name="Participants">How many (at least 1).</param>
/// <param name="Text">The source's wording, e.g. "karyotype abnormalities in the cell product", or null.</param>
public sealed record Withdrawal(WithdrawalReason Reason, int Participants, string? Text = null)
{
    /// <summary>Why.</summary>
    /// <exception cref="ArgumentException">An undefined reason, a count below 1, or blank text.</exception>
    public WithdrawalReason Reason { get; } = Require.Defined(Reason, nameof(Reason));

    /// <summary>How many (at least 1).</summary>
    public int Participants { get; } = Require.Positive(Participants, nameof(Participants));

    /// <summary>The source's wording, or null.</summary>
    public string? Text { get; } = Require.NullOrNotBlank(Text, nameof(Text));
}
