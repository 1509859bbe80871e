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
}
