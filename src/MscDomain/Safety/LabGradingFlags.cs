using System.Text.Json.Serialization;

namespace MscDomain.Safety;

/// <summary>Notes attached to a lab grading result: which policy fired, which reference was unusable.</summary>
[Flags]
public enum LabGradingFlags
{
    /// <summary>Nothing to note.</summary>
    [JsonStringEnumMemberName("none")]
    None = 0,

    /// <summary>A clinical qualifier (symptomatic, intervention indicated, anticoagulated) was unknown and the
    /// <see cref="ClinicalQualifierPolicy"/> decided it: clinical input could change the grade (safety.md §4).</summary>
    [JsonStringEnumMemberName("clinical-policy-applied")]
    ClinicalPolicyApplied = 1,

    /// <summary>The value fell in a gap between integer-printed bands; <see cref="IntegerBandGapPolicy"/> decided (safety.md §2.1).</summary>
    [JsonStringEnumMemberName("integer-band-gap-value")]
    IntegerBandGapValue = 2,

    /// <summary>A more severe band could not be checked because a reference (LLN, ULN or baseline) was missing;
    /// the grade is the most severe band that was met (safety.md §4).</summary>
    [JsonStringEnumMemberName("more-severe-band-not-checkable")]
    MoreSevereBandNotCheckable = 4,

    /// <summary>Baseline was abnormal and the baseline-multiple criteria were used instead of ULN multiples (safety.md §3).</summary>
    [JsonStringEnumMemberName("baseline-multiples-used")]
    BaselineMultiplesUsed = 8,

    /// <summary>The baseline status was derived from the baseline value against this record's LLN/ULN, not supplied.</summary>
    [JsonStringEnumMemberName("baseline-status-derived")]
    BaselineStatusDerived = 16,

    /// <summary>The record is the baseline record and was graded against the normal range only (POLICY GradeBaselineAgainstNormalRangeOnly).</summary>
    [JsonStringEnumMemberName("graded-as-baseline-record")]
    GradedAsBaselineRecord = 32,
}
