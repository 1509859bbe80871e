using System.Text.Json.Serialization;

namespace MscDomain.Trials;

/// <summary>What an eligibility criterion requires about an earlier treatment.</summary>
/// <remarks>Reports word it as failure of, refractoriness to, intolerance of, or no exposure to a drug class; CDISC TAUG-MS keeps prior therapy in CM with its reason.</remarks>
public enum PriorTreatmentRequirement
{
    /// <summary>Failure of the earlier treatment (e.g. activity despite at least one first- or second-line DMT).</summary>
    [JsonStringEnumMemberName("failed")]
    Failed,

    /// <summary>Refractory / not responding to the earlier treatment.</summary>
    [JsonStringEnumMemberName("refractory")]
    Refractory,

    /// <summary>Intolerance of the earlier treatment.</summary>
    [JsonStringEnumMemberName("intolerant")]
    Intolerant,

    /// <summary>No earlier exposure (treatment-naive).</summary>
    [JsonStringEnumMemberName("naive")]
    Naive,

    /// <summary>On a stable dose of the treatment for the stated duration.</summary>
    [JsonStringEnumMemberName("stable-on")]
    StableOn,
}
