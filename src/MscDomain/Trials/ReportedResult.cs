using MscDomain.Dosing;
using MscDomain.Common;

namespace MscDomain.Trials;

/// <summary>A published result: outcome, arm (and comparator arm for comparisons), timepoint, statistic, p-value, population and provenance.</summary>
/// <param name="OutcomeId">Id of the outcome definition.</param>
/// <param name="Statistic">The statistic.</param>
/// <param name="Verification">Provenance ([V], [S], [R]).</param>
/// <param name="ArmId">Arm the result describes, or null for whole-study results.</param>
/// <param name="ComparatorArmId">Comparator arm for a between-arm comparison, or null.</param>
/// <param name="Timepoint">Timepoint from study start, or null.</param>
/// <param name="PValue">p-value (0–1), or null.</param>
/// <param name="Population">Analysis population, or null.</param>
/// <param name="Exploratory">Whether the analysis is exploratory.</param>
/// <param name="Subgroup">Subgroup, e.g. "EDSS 6.0–6.5", or null.</param>
/// <param name="Note">Note, or null.</param>
public sealed record ReportedResult(
    string OutcomeId,
    ResultStatistic Statistic,
    Verification Verification,
    string? ArmId = null,
    string? ComparatorArmId = null,
    CalendarInterval? Timepoint = null,
    decimal? PValue = null,
    AnalysisPopulation? Population = null,
    bool Exploratory = false,
    string? Subgroup = null,
    string? Note = null)
{
    /// <summary>Id of the outcome definition (non-blank).</summary>
    /// <exception cref="ArgumentException">Blank ids, a p-value outside 0–1, or an arm compared with itself.</exception>
    public string OutcomeId { get; } = Require.NotBlank(OutcomeId, nameof(OutcomeId));

    /// <summary>p-value (0–1), or null.</summary>
    public decimal? PValue { get; } = Require.Between(PValue, 0m, 1m, nameof(PValue));

    /// <summary>Comparator arm, or null.</summary>
    public string? ComparatorArmId { get; } = ComparatorArmId is not null && ComparatorArmId == ArmId
        ? throw new ArgumentException($"ReportedResult.ComparatorArmId '{ComparatorArmId}' equals ArmId; compare different arms.", nameof(ComparatorArmId))
        : Require.NullOrNotBlank(ComparatorArmId, nameof(ComparatorArmId));
}
