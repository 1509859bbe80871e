using MscDomain.AdverseEvents;

namespace MscDomain.Safety;

/// <summary>The CTCAE grade of a clinical event, or "not gradable", with the policy decisions that produced it.</summary>
/// <param name="Term">The term graded.</param>
/// <param name="Version">The CTCAE version.</param>
/// <param name="Grade">The grade, or <see langword="null"/> when not gradable.</param>
/// <param name="Reason">Why not gradable; <see cref="CtcaeNotGradableReason.None"/> when gradable.</param>
/// <param name="PolicyApplied">Whether the unknown-fact policy decided the grade (worst case assumed, or best case).</param>
/// <param name="AssumedFacts">The unknown facts the policy decided, most severe band first.</param>
/// <param name="TemperatureCelsius">Fever only: the temperature in °C used for grading (unrounded).</param>
/// <param name="Message">A sentence explaining the result.</param>
/// <param name="LowestPossibleGrade">The lowest grade the known facts allow (every unknown fact false); <see langword="null"/> when not
/// gradable or not computed.</param>
/// <param name="HighestPossibleGrade">The highest grade the known facts allow (every unknown fact true; death only when stated);
/// <see langword="null"/> when not gradable or not computed.</param>
/// <param name="DecidingFacts">The unknown facts that would decide between the lowest and the highest possible grade, most severe band
/// first; empty when the known facts fix the grade.</param>
public sealed record ClinicalGradingResult(
    ClinicalTerm Term,
    CtcaeVersion Version,
    CtcaeGrade? Grade,
    CtcaeNotGradableReason Reason,
    bool PolicyApplied,
    IReadOnlyList<ClinicalFact> AssumedFacts,
    decimal? TemperatureCelsius,
    string Message,
    int? LowestPossibleGrade = null,
    int? HighestPossibleGrade = null,
    IReadOnlyList<ClinicalFact>? DecidingFacts = null)
{
    /// <summary>Whether a grade was assigned.</summary>
    public bool IsGradable => Grade is not null;
}
