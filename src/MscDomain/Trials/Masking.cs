using System.Text.Json.Serialization;

namespace MscDomain.Trials;

/// <summary>The masking level (ClinicalTrials.gov maskingInfo.masking).</summary>
public enum Masking
{
    /// <summary>Open label.</summary>
    [JsonStringEnumMemberName("none")]
    None,

    /// <summary>Single masked.</summary>
    [JsonStringEnumMemberName("single")]
    Single,

    /// <summary>Double masked.</summary>
    [JsonStringEnumMemberName("double")]
    Double,

    /// <summary>Triple masked.</summary>
    [JsonStringEnumMemberName("triple")]
    Triple,

    /// <summary>Quadruple masked.</summary>
    [JsonStringEnumMemberName("quadruple")]
    Quadruple,

    /// <summary>Not reported: the source does not state the masking (trials.md: "n.r." is a first-class value).</summary>
    [JsonStringEnumMemberName("not-reported")]
    NotReported,
}
