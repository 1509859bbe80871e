namespace MscDomain.Safety;

/// <summary>Policies for CTCAE lab grading; the defaults are those of safety.md §2-§4 and §14.</summary>
public sealed record LabGradingOptions
{
    /// <summary>The default options.</summary>
    public static LabGradingOptions Default { get; } = new();

    /// <summary>What to do when a symptom-dependent band needs an unknown clinical fact; default <see cref="ClinicalQualifierPolicy.WorstCase"/> (as admiral).</summary>
    public ClinicalQualifierPolicy ClinicalQualifierPolicy { get; init; } = ClinicalQualifierPolicy.WorstCase;

    /// <summary>Where values between integer-printed bands go; default <see cref="IntegerBandGapPolicy.MoreSevere"/> (NCI's v6.0 rewording).</summary>
    public IntegerBandGapPolicy IntegerBandGap { get; init; } = IntegerBandGapPolicy.MoreSevere;

    /// <summary>Grade a baseline record against the normal range only, ignoring baseline-relative criteria; default <see langword="true"/>
    /// (admiral grades it against itself, admiral issue #2512).</summary>
    public bool GradeBaselineAgainstNormalRangeOnly { get; init; } = true;

    /// <summary>Whether every row with an impossible reference range (LLN ≥ ULN, or ULN ≤ 0) is not gradable
    /// (<see cref="CtcaeNotGradableReason.InvalidReferenceRange"/>) even when the term reads only one limit; default
    /// <see langword="true"/>: a range that cannot be right says the row is wrong, so no grade is given.
    /// <see langword="false"/> reproduces admiral, which ignores the limit a term does not read (its test data holds
    /// rows with LLN above ULN for low-only terms).</summary>
    public bool RejectImpossibleReferenceRange { get; init; } = true;

    /// <summary>Whether a baseline status that contradicts the baseline value and this row's range makes the row not
    /// gradable (<see cref="CtcaeNotGradableReason.ContradictoryBaselineStatus"/>); default <see langword="true"/>.
    /// <see langword="false"/> trusts the status as given (admiral).</summary>
    public bool RejectContradictoryBaselineStatus { get; init; } = true;
}
