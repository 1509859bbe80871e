using System.Text.Json.Serialization;
using NodaTime;
using MscDomain.Common;

namespace MscDomain.Disease;

/// <summary>
/// An MS course at a point in time per Lublin et al. (Neurology 2014;83:278–86): base course × activity × progression,
/// with the assessment date and look-back window, and the source's label verbatim.
/// </summary>
/// <remarks>
/// Validated combinations: the progression modifier applies to progressive courses only (SPMS, PPMS), so relapsing courses
/// and CIS must use <see cref="ProgressionModifier.NotApplicable"/>; progressive courses must not. Activity applies to all.
/// </remarks>
/// <param name="Base">The base course.</param>
/// <param name="Activity">Activity modifier.</param>
/// <param name="Progression">Progression modifier.</param>
/// <param name="AssessedOn">Date the modifiers were assessed, or null.</param>
/// <param name="LookBackMonths">Look-back period of the modifiers in months (e.g. 12), or null.</param>
/// <param name="VerbatimLabel">The source's label ("active progressive MS"), or null.</param>
/// <param name="Criteria">Diagnostic criteria, or null.</param>
public sealed record DiseaseCourse(
    BaseCourse Base,
    ActivityModifier Activity,
    ProgressionModifier Progression,
    LocalDate? AssessedOn = null,
    int? LookBackMonths = null,
    string? VerbatimLabel = null,
    DiagnosticCriteria? Criteria = null)
{
    /// <summary>Progression modifier (not applicable exactly for CIS and RRMS).</summary>
    /// <exception cref="ArgumentException">An invalid base/progression combination or a look-back below 1 month.</exception>
    public ProgressionModifier Progression { get; } = Check(Base, Activity, Progression);

    /// <summary>Look-back period in months (at least 1), or null.</summary>
    public int? LookBackMonths { get; } = LookBackMonths is { } m ? Require.Positive(m, nameof(LookBackMonths)) : null;

    /// <summary>Whether the base course is progressive (SPMS or PPMS).</summary>
    [JsonIgnore]
    public bool IsProgressive => Base is BaseCourse.SecondaryProgressive or BaseCourse.PrimaryProgressive;

    /// <summary>A course whose modifiers were not assessed (activity indeterminate; progression indeterminate or not applicable).</summary>
    /// <param name="baseCourse">The base course.</param>
    /// <param name="verbatimLabel">The source's label.</param>
    /// <returns>The course.</returns>
    public static DiseaseCourse Unassessed(BaseCourse baseCourse, string? verbatimLabel = null) =>
        new(baseCourse, ActivityModifier.Indeterminate,
            baseCourse is BaseCourse.SecondaryProgressive or BaseCourse.PrimaryProgressive ? ProgressionModifier.Indeterminate : ProgressionModifier.NotApplicable,
            VerbatimLabel: verbatimLabel);

    /// <summary>The Lublin 2013 replacement of retired progressive-relapsing MS: PPMS, active.</summary>
    /// <param name="progression">The progression modifier.</param>
    /// <returns>PPMS with activity and the label "PRMS".</returns>
    public static DiseaseCourse FromProgressiveRelapsing(ProgressionModifier progression = ProgressionModifier.Indeterminate) =>
        new(BaseCourse.PrimaryProgressive, ActivityModifier.Active, progression, VerbatimLabel: "progressive-relapsing MS (PRMS)");

    private static ProgressionModifier Check(BaseCourse baseCourse, ActivityModifier activity, ProgressionModifier progression)
    {
        Require.Defined(baseCourse, nameof(Base));
        Require.Defined(activity, nameof(Activity));
        Require.Defined(progression, nameof(Progression));
        var progressive = baseCourse is BaseCourse.SecondaryProgressive or BaseCourse.PrimaryProgressive;
        if (progressive && progression == ProgressionModifier.NotApplicable)
        {
            throw new ArgumentException($"DiseaseCourse {baseCourse} is progressive: Progression must be with-progression, without-progression or indeterminate (Lublin 2014), not not-applicable.", nameof(Progression));
        }

        if (!progressive && progression != ProgressionModifier.NotApplicable)
        {
            throw new ArgumentException($"DiseaseCourse {baseCourse} is not progressive: the progression modifier does not apply (Lublin 2014); use not-applicable, not {progression}.", nameof(Progression));
        }

        return progression;
    }
}
