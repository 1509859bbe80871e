using System.Text.Json.Serialization;

namespace MscDomain.Trials;

/// <summary>What defines a result's subgroup.</summary>
/// <remarks>An exposure-defined subgroup (e.g. participants who received all three doses) is not a randomised comparison.</remarks>
public enum SubgroupBasis
{
    /// <summary>A baseline characteristic (e.g. EDSS 6.0–6.5).</summary>
    [JsonStringEnumMemberName("baseline")]
    Baseline,

    /// <summary>Exposure to the intervention (doses received, route, cumulative dose).</summary>
    [JsonStringEnumMemberName("exposure")]
    Exposure,

    /// <summary>Response to treatment (responders vs non-responders).</summary>
    [JsonStringEnumMemberName("response")]
    Response,

    /// <summary>Another definition (see the subgroup text).</summary>
    [JsonStringEnumMemberName("other")]
    Other,
}
