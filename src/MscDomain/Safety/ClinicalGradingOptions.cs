namespace MscDomain.Safety;

/// <summary>Policies for CTCAE clinical grading.</summary>
public sealed record ClinicalGradingOptions
{
    /// <summary>The default options.</summary>
    public static ClinicalGradingOptions Default { get; } = new();

    /// <summary>What an unknown fact of a more severe band does; default <see cref="ClinicalQualifierPolicy.WorstCase"/>: the band is assumed met
    /// (the result lists the assumed facts). Death (grade 5) is never assumed.</summary>
    public ClinicalQualifierPolicy UnknownFactPolicy { get; init; } = ClinicalQualifierPolicy.WorstCase;
}
