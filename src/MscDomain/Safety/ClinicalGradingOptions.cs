namespace MscDomain.Safety;

/// <summary>Policies for CTCAE clinical grading.</summary>
public sealed record ClinicalGradingOptions
{
    /// <summary>The default options.</summary>
    public static ClinicalGradingOptions Default { get; } = new();

    /// <summary>What an unknown fact of a more severe band does; default <see cref="ClinicalQualifierPolicy.WorstCase"/>: the band is assumed met
    /// (the result lists the assumed facts). Death (grade 5) is never assumed.</summary>
    /// <remarks>Why worst case: it is the conservative reading safety.md §4 chooses for CTCAE grades that need clinical input (POLICY
    /// <c>ClinicalQualifierPolicy</c>, default <c>WorstCase</c>, as pharmaverse admiral grades symptom-dependent lab terms), so a
    /// possibly severe event is never under-graded before review. Because that can overcall an event whose severity is merely
    /// unstated, every result also carries <see cref="ClinicalGradingResult.LowestPossibleGrade"/>,
    /// <see cref="ClinicalGradingResult.HighestPossibleGrade"/> and <see cref="ClinicalGradingResult.DecidingFacts"/>, and the source's
    /// own wording can be entered as <see cref="ClinicalGradingCriteria.DescribedGrade"/>.</remarks>
    public ClinicalQualifierPolicy UnknownFactPolicy { get; init; } = ClinicalQualifierPolicy.WorstCase;
}
