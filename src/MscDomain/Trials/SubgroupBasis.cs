using System.Text.Json.Serialization;
using MscDomain.Serialization;

namespace MscDomain.Trials;

/// <summary>What defines a result's subgroup.</summary>
/// <remarks>An exposure-defined subgroup (e.g. participants who received all three doses) is not a randomised comparison.</remarks>
[JsonConverter(typeof(KebabCaseEnumConverter<SubgroupBasis>))]
public enum SubgroupBasis
{
    /// <summary>A baseline characteristic (e.g. EDSS 6.0–6.5).</summary>
    Baseline,

    /// <summary>Exposure to the intervention (doses received, route, cumulative dose).</summary>
    Exposure,

    /// <summary>Response to treatment (responders vs non-responders).</summary>
    Response,

    /// <summary>Another definition (see the subgroup text).</summary>
    Other,
}
