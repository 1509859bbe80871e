using System.Collections.Immutable;
using MscDomain.Disease;
using MscDomain.Outcomes;
using MscDomain.Common;

namespace MscDomain.Trials;

/// <summary>Structured eligibility facts seen in MSC trials: EDSS range, age, courses, disease duration; the rest as text.</summary>
/// <param name="Courses">Eligible base courses (may be empty when not stated).</param>
/// <param name="EdssMinimum">Lowest eligible EDSS, or null.</param>
/// <param name="EdssMaximum">Highest eligible EDSS (at least the minimum), or null.</param>
/// <param name="AgeMinimumYears">Youngest eligible age, or null.</param>
/// <param name="AgeMaximumYears">Oldest eligible age, or null.</param>
/// <param name="DiseaseDurationMinimumYears">Shortest disease duration, or null.</param>
/// <param name="DiseaseDurationMaximumYears">Longest disease duration, or null.</param>
/// <param name="Criteria">Diagnostic criteria required, or null.</param>
/// <param name="Text">Other criteria verbatim, or null.</param>
/// <param name="LookBackCombination">How several look-backs combine ("≥1 relapse and/or ≥1 Gd+ lesion" is any-of), or null when there is at most one.</param>

public sealed record EligibilityCriteria(
    ImmutableArray<BaseCourse> Courses,
    EdssScore? EdssMinimum = null,
    EdssScore? EdssMaximum = null,
    int? AgeMinimumYears = null,
    int? AgeMaximumYears = null,
    decimal? DiseaseDurationMinimumYears = null,
    decimal? DiseaseDurationMaximumYears = null,
    DiagnosticCriteria? Criteria = null,
    string? Text = null,
    CriteriaCombination? LookBackCombination = null)
{
    /// <summary>Required activity or progression qualifiers ("active", "advanced"); empty when none.</summary>
    public ImmutableArray<DiseaseQualifier> Qualifiers { get; init => field = Require.NotDefault(value, nameof(Qualifiers)); } = [];

    /// <summary>Criteria about earlier treatment (failure, refractoriness, stable DMT); empty when none.</summary>
    public ImmutableArray<PriorTreatmentCriterion> PriorTreatments { get; init => field = Require.NotDefault(value, nameof(PriorTreatments)); } = [];

    /// <summary>Activity or progression required in a window before entry; empty when none.</summary>
    public ImmutableArray<LookBackCriterion> LookBacks { get; init => field = Require.NotDefault(value, nameof(LookBacks)); } = [];

    /// <summary>Washouts per drug class; empty when none.</summary>
    public ImmutableArray<Washout> Washouts { get; init => field = Require.NotDefault(value, nameof(Washouts)); } = [];

    /// <summary>Criteria that differ by course; empty when none.</summary>
    public ImmutableArray<CourseCriteria> PerCourse { get; init => field = Require.NotDefault(value, nameof(PerCourse)); } = [];

    /// <summary>Eligible base courses.</summary>
    /// <exception cref="ArgumentException">A maximum below its minimum or a negative value.</exception>
    public ImmutableArray<BaseCourse> Courses { get; } = Require.NotDefault(Courses, nameof(Courses));

    /// <summary>Highest eligible EDSS (at least the minimum), or null.</summary>
    public EdssScore? EdssMaximum { get; } = EdssMinimum is { } lo && EdssMaximum is { } hi && hi < lo
        ? throw new ArgumentOutOfRangeException(nameof(EdssMaximum), hi.Value, $"EligibilityCriteria.EdssMaximum must be >= EdssMinimum ({lo}); {hi} is not.")
        : EdssMaximum;

    /// <summary>Oldest eligible age (at least the youngest), or null.</summary>
    public int? AgeMaximumYears { get; } = Require.NonNegative(AgeMinimumYears, nameof(AgeMinimumYears)) is { } lo && AgeMaximumYears is { } hi && hi < lo
        ? throw new ArgumentOutOfRangeException(nameof(AgeMaximumYears), hi, $"EligibilityCriteria.AgeMaximumYears must be >= AgeMinimumYears ({lo}); {hi} is not.")
        : AgeMaximumYears;

    /// <summary>Longest disease duration (at least the shortest), or null.</summary>
    public decimal? DiseaseDurationMaximumYears { get; } = Require.NonNegative(DiseaseDurationMinimumYears, nameof(DiseaseDurationMinimumYears)) is { } lo && DiseaseDurationMaximumYears is { } hi && hi < lo
        ? throw new ArgumentOutOfRangeException(nameof(DiseaseDurationMaximumYears), hi, $"EligibilityCriteria.DiseaseDurationMaximumYears must be >= DiseaseDurationMinimumYears ({Require.Fmt(lo)}); {Require.Fmt(hi)} is not.")
        : DiseaseDurationMaximumYears;
}
