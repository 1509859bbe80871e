using NodaTime;

namespace MscDomain.Safety;

/// <summary>Whether an adverse event is a SUSAR (suspected unexpected serious adverse reaction), why, and its reporting deadlines.</summary>
/// <param name="IsSusar">Serious ∧ unexpected ∧ suspected related, and not a placebo recipient.</param>
/// <param name="IsSerious">Whether at least one ICH E2A criterion holds.</param>
/// <param name="IsUnexpected">Whether unexpected (by type or severity), or counted as such under the unknown-expectedness policy.</param>
/// <param name="IsRelated">Whether suspected related by the investigator or the sponsor (or pending and counted as related).</param>
/// <param name="FatalOrLifeThreatening">Whether the death or life-threatening criterion holds (or the outcome is fatal).</param>
/// <param name="Reasons">One sentence per leg of the rule and per flag (causality pending, expectedness unknown, day 0 unknown).</param>
/// <param name="Clocks">The reporting clocks (empty when not a SUSAR or day 0 is unknown); the upgrade clock comes second.</param>
/// <param name="UnblindBeforeReporting">Whether the case is a SUSAR only as long as it is blinded: break the blind for this case
/// before reporting (ICH E2A §III.D; CT-3).</param>
/// <param name="SuspectProduct">Which product the SUSAR is reported for: <c>"investigational product"</c> or <c>"comparator"</c>;
/// <see langword="null"/> when not a SUSAR.</param>
public sealed record SusarResult(
    bool IsSusar,
    bool IsSerious,
    bool IsUnexpected,
    bool IsRelated,
    bool FatalOrLifeThreatening,
    IReadOnlyList<string> Reasons,
    IReadOnlyList<ReportingClock> Clocks,
    bool UnblindBeforeReporting = false,
    string? SuspectProduct = null)
{
    /// <summary>The awareness date (day 0) the governing clock uses: the latest clock's day 0; <see langword="null"/> without a clock.</summary>
    public LocalDate? Day0 => Clocks.Count == 0 ? null : Clocks[^1].Day0;

    /// <summary>7 or 15: the governing (latest) clock's timeline; <see langword="null"/> without a clock.</summary>
    public int? TimelineDays => Clocks.Count == 0 ? null : Clocks[^1].TimelineDays;

    /// <summary>The governing clock's initial report due date; <see langword="null"/> without a clock.</summary>
    public LocalDate? InitialReportDue => Clocks.Count == 0 ? null : Clocks[^1].InitialReportDue;

    /// <summary>The governing clock's complete report due date (7-day clocks only); <see langword="null"/> otherwise.</summary>
    public LocalDate? CompleteReportDue => Clocks.Count == 0 ? null : Clocks[^1].CompleteReportDue;
}
