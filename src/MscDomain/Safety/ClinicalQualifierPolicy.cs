using System.Text.Json.Serialization;

namespace MscDomain.Safety;

/// <summary>What to do when a CTCAE grade depends on a clinical fact that was not supplied (POLICY <c>ClinicalQualifierPolicy</c>, safety.md §4).</summary>
public enum ClinicalQualifierPolicy
{
    /// <summary>Assume the fact that gives the more severe grade (e.g. hypokalaemia &lt;LLN-3.0 is assumed symptomatic → grade 2). Default, as pharmaverse admiral.</summary>
    [JsonStringEnumMemberName("worst-case")]
    WorstCase = 0,

    /// <summary>Assume the fact that gives the less severe grade.</summary>
    [JsonStringEnumMemberName("best-case")]
    BestCase,

    /// <summary>Return "not gradable" (<see cref="CtcaeNotGradableReason.ClinicalInputRequired"/>) when the unknown fact decides the grade.</summary>
    [JsonStringEnumMemberName("require-clinical-input")]
    RequireClinicalInput,
}
