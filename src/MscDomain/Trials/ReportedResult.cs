using System.Collections.Immutable;
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
/// <param name="PValueRelation">How the p-value relates to its number ("p &lt; 0.001" is less-than), or null for equal.</param>
/// <param name="TimepointMaximum">End of a timepoint range ("at 3–6 months": Timepoint 3 months, TimepointMaximum 6 months), or null.</param>
/// <param name="AtLastVisit">Whether the result is at each participant's last visit rather than a fixed timepoint.</param>
/// <param name="SubgroupBasis">What defines the subgroup (baseline, exposure, response), or null.</param>
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
    string? Note = null,
    PValueRelation? PValueRelation = null,
    CalendarInterval? TimepointMaximum = null,
    bool AtLastVisit = false,
    SubgroupBasis? SubgroupBasis = null)
{
    /// <summary>Individual-participant values reported inside the aggregate ("improved by 1.5, 1 and 2 points"); empty when none.</summary>
    public ImmutableArray<decimal> IndividualValues { get; init => field = Require.NotDefault(value, nameof(IndividualValues)); } = [];

    /// <summary>Arms whose participants are pooled for this result (a union of at least two arms, with <see cref="ArmId"/> null); empty otherwise.</summary>
    /// <exception cref="ArgumentException">One arm only (use <see cref="ArmId"/>), or pooled arms beside an <see cref="ArmId"/>.</exception>
    public ImmutableArray<string> PooledArmIds
    {
        get;
        init => field = Require.NotDefault(value, nameof(PooledArmIds)) is { Length: 1 } || (value is { IsDefaultOrEmpty: false } && ArmId is not null)
            ? throw new ArgumentException("ReportedResult.PooledArmIds lists at least two arms and replaces ArmId (leave ArmId null).", nameof(PooledArmIds))
            : Require.NotDefault(value, nameof(PooledArmIds));
    } = [];

    /// <summary>End of a timepoint range (after <see cref="Timepoint"/>, which it needs), or null.</summary>
    public CalendarInterval? TimepointMaximum { get; } = TimepointMaximum is { } max && (Timepoint is not { } min || max.ApproximateDays() <= min.ApproximateDays())
        ? throw new ArgumentOutOfRangeException(nameof(TimepointMaximum), max.ToString(), $"ReportedResult.TimepointMaximum {max} needs a Timepoint before it ({(Timepoint is { } t ? t.ToString() : "none")}).")
        : TimepointMaximum;

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
