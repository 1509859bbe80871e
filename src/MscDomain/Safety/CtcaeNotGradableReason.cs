using System.Text.Json.Serialization;

namespace MscDomain.Safety;

/// <summary>Why a value or an event could not be given a CTCAE grade.</summary>
/// <remarks>"Not gradable" is distinct from grade 0 (gradable and not abnormal); see safety.md §2.</remarks>
public enum CtcaeNotGradableReason
{
    /// <summary>The result is gradable (no reason).</summary>
    [JsonStringEnumMemberName("none")]
    None = 0,

    /// <summary>The value to grade is missing.</summary>
    [JsonStringEnumMemberName("missing-value")]
    MissingValue,

    /// <summary>The band that decides needs the lower limit of normal (LLN), which is missing.</summary>
    [JsonStringEnumMemberName("missing-lln")]
    MissingLln,

    /// <summary>The band that decides needs the upper limit of normal (ULN), which is missing.</summary>
    [JsonStringEnumMemberName("missing-uln")]
    MissingUln,

    /// <summary>The band that decides needs a baseline value (or percent change from baseline), which is missing.</summary>
    [JsonStringEnumMemberName("missing-baseline")]
    MissingBaseline,

    /// <summary>The unit is missing, not recognised, or CTCAE prints no threshold in that unit for the term.</summary>
    [JsonStringEnumMemberName("unknown-unit")]
    UnknownUnit,

    /// <summary>The term is not a CTCAE lab term MscDomain grades.</summary>
    [JsonStringEnumMemberName("unknown-term")]
    UnknownTerm,

    /// <summary>The CTCAE version is not supported, or the term is not lab-gradable in that version.</summary>
    [JsonStringEnumMemberName("unsupported-version")]
    UnsupportedVersion,

    /// <summary>The input is invalid (negative count or concentration, ULN not above LLN, non-positive baseline, ...).</summary>
    [JsonStringEnumMemberName("invalid-input")]
    InvalidInput,

    /// <summary>The grade depends on clinical facts that were not supplied and the policy requires them.</summary>
    [JsonStringEnumMemberName("clinical-input-required")]
    ClinicalInputRequired,

    /// <summary>The reference range is impossible: LLN ≥ ULN, or ULN ≤ 0 (a normal range has a positive upper limit above
    /// its lower limit; CTCAE v5.0 grades relative to the institution's normal range).</summary>
    [JsonStringEnumMemberName("invalid-reference-range")]
    InvalidReferenceRange,

    /// <summary>The baseline status contradicts the baseline value: "high" with a value at or below ULN, "low" at or above
    /// LLN, "normal" outside LLN–ULN (safety.md §3: the status decides which CTCAE column applies, so a contradiction
    /// would pick the wrong one).</summary>
    [JsonStringEnumMemberName("contradictory-baseline-status")]
    ContradictoryBaselineStatus,
}
