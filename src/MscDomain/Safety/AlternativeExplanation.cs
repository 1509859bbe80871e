using System.Text.Json.Serialization;

namespace MscDomain.Safety;

/// <summary>How well disease or other drugs explain the event, as a WHO-UMC assessment point.</summary>
public enum AlternativeExplanation
{
    /// <summary>Not known.</summary>
    [JsonStringEnumMemberName("unknown")]
    Unknown = 0,

    /// <summary>Cannot be explained by disease or other drugs (needed for Certain).</summary>
    [JsonStringEnumMemberName("none")]
    None = 1,

    /// <summary>Unlikely to be attributed to disease or other drugs (enough for Probable).</summary>
    [JsonStringEnumMemberName("unlikely")]
    Unlikely = 2,

    /// <summary>Could also be explained by disease or other drugs (rules out Certain and Probable).</summary>
    [JsonStringEnumMemberName("possible")]
    Possible = 3,

    /// <summary>Disease or other drugs provide a plausible explanation (with an improbable time relationship: Unlikely).</summary>
    [JsonStringEnumMemberName("plausible")]
    Plausible = 4,
}
