using MscDomain.Common;

namespace MscDomain.Trials;

/// <summary>An adverse event as a publication reports it (aggregate, not per participant): term, counts, seriousness, relatedness and timing.</summary>
/// <param name="Term">Term as reported, e.g. "arachnoiditis", "herpes labialis".</param>
/// <param name="Verification">Provenance.</param>
/// <param name="ArmId">Arm, or null for all arms.</param>
/// <param name="PeriodId">Crossover period, or null.</param>
/// <param name="Participants">Participants with the event, or null.</param>
/// <param name="Events">Number of events, or null.</param>
/// <param name="Serious">Whether serious (ICH E2A), or null when not reported.</param>
/// <param name="Relatedness">Relatedness as reported.</param>
/// <param name="TimingRelativeToDose">Timing, e.g. "after each infusion", or null.</param>
/// <param name="Severity">Severity on the mild/moderate/severe scale, or null when not reported (schema version 1 kept it as text; the upgrade maps "mild", "moderate" and "severe").</param>
/// <param name="SeverityText">Severity wording that is not on the scale (or beside it), or null.</param>
/// <param name="Onset">Onset window relative to an anchor (e.g. within 24 hours of each dose), or null.</param>
public sealed record ReportedAdverseEvent(
    string Term,
    Verification Verification,
    string? ArmId = null,
    string? PeriodId = null,
    int? Participants = null,
    int? Events = null,
    bool? Serious = null,
    ReportedRelatedness Relatedness = ReportedRelatedness.NotReported,
    string? TimingRelativeToDose = null,
    ReportedSeverity? Severity = null,
    string? SeverityText = null,
    AeOnsetWindow? Onset = null)
{
    /// <summary>Severity on the mild/moderate/severe scale, or null.</summary>
    public ReportedSeverity? Severity { get; } = Severity is { } sev ? Require.Defined(sev, nameof(Severity)) : null;

    /// <summary>Severity wording, or null.</summary>
    public string? SeverityText { get; } = Require.NullOrNotBlank(SeverityText, nameof(SeverityText));

    /// <summary>Term (non-blank).</summary>
    /// <exception cref="ArgumentException">Blank term or negative counts.</exception>
    public string Term { get; } = Require.NotBlank(Term, nameof(Term));

    /// <summary>Participants with the event (at least 0), or null.</summary>
    public int? Participants { get; } = Require.NonNegative(Participants, nameof(Participants));

    /// <summary>Number of events (at least 0), or null.</summary>
    public int? Events { get; } = Require.NonNegative(Events, nameof(Events));
}
