using MscDomain.Common;

namespace MscDomain.Dosing;

/// <summary>A dose escalation stated by the source, typed even when the doses of its steps are not reported (the steps'
/// doses then stay <see cref="NotReportedDose"/>; the escalation itself is not free text).</summary>
/// <remarks>Source: products-and-dosing.md §2 and §4 ("dose escalation across administrations", "sequential dose cohorts");
/// trials.md requirement 4. The class "an escalation with unstated doses" (issue 10, class 20).</remarks>
/// <param name="Scheme">Across one participant's administrations, across sequential cohorts, or not reported.</param>
/// <param name="Steps">Number of dose levels when stated (at least 2), or null.</param>
/// <param name="Text">The source's wording (e.g. "dose-escalation design"), or null.</param>
public sealed record DoseEscalation(EscalationScheme Scheme, int? Steps = null, string? Text = null)
{
    /// <summary>Across one participant's administrations, across sequential cohorts, or not reported.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An undefined scheme, or fewer than 2 steps.</exception>
    public EscalationScheme Scheme { get; } = Require.Defined(Scheme, nameof(Scheme));

    /// <summary>Number of dose levels (at least 2: one level is no escalation), or null when not stated.</summary>
    public int? Steps { get; } = Steps is null or >= 2
        ? Steps
        : throw new ArgumentOutOfRangeException(nameof(Steps), Steps, $"DoseEscalation.Steps must be at least 2 (one dose level is not an escalation); {Steps} is not.");

    /// <summary>The source's wording, or null.</summary>
    /// <exception cref="ArgumentException">A blank text.</exception>
    public string? Text { get; } = Require.NullOrNotBlank(Text, nameof(Text));
}
