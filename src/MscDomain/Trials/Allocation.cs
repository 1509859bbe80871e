using System.Text.Json.Serialization;
using MscDomain.Serialization;

namespace MscDomain.Trials;

/// <summary>How participants were allocated (ClinicalTrials.gov designInfo.allocation).</summary>
[JsonConverter(typeof(KebabCaseEnumConverter<Allocation>))]
public enum Allocation
{
    /// <summary>Randomised.</summary>
    Randomized,

    /// <summary>Non-randomised.</summary>
    NonRandomized,

    /// <summary>Not applicable (single group).</summary>
    NotApplicable,

    /// <summary>Not reported: the source does not state the allocation (trials.md: "n.r." is a first-class value).</summary>
    NotReported,
}
