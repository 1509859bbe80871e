using System.Text.Json.Serialization;
using MscDomain.Serialization;

namespace MscDomain.Trials;

/// <summary>What an eligibility criterion requires about an earlier treatment.</summary>
/// <remarks>Reports word it as failure of, refractoriness to, intolerance of, or no exposure to a drug class; CDISC TAUG-MS keeps prior therapy in CM with its reason.</remarks>
[JsonConverter(typeof(KebabCaseEnumConverter<PriorTreatmentRequirement>))]
public enum PriorTreatmentRequirement
{
    /// <summary>Failure of the earlier treatment (e.g. activity despite at least one first- or second-line DMT).</summary>
    Failed,

    /// <summary>Refractory / not responding to the earlier treatment.</summary>
    Refractory,

    /// <summary>Intolerance of the earlier treatment.</summary>
    Intolerant,

    /// <summary>No earlier exposure (treatment-naive).</summary>
    Naive,

    /// <summary>On a stable dose of the treatment for the stated duration.</summary>
    StableOn,
}
