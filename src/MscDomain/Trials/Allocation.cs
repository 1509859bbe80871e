using System.Text.Json.Serialization;

namespace MscDomain.Trials;

/// <summary>How participants were allocated (ClinicalTrials.gov designInfo.allocation).</summary>
public enum Allocation
{
    /// <summary>Randomised.</summary>
    [JsonStringEnumMemberName("randomized")]
    Randomized,

    /// <summary>Non-randomised.</summary>
    [JsonStringEnumMemberName("non-randomized")]
    NonRandomized,

    /// <summary>Not applicable (single group).</summary>
    [JsonStringEnumMemberName("not-applicable")]
    NotApplicable,

    /// <summary>Not reported: the source does not state the allocation (trials.md: "n.r." is a first-class value).</summary>
    [JsonStringEnumMemberName("not-reported")]
    NotReported,
}
