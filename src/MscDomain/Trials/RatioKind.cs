using System.Text.Json.Serialization;

namespace MscDomain.Trials;

/// <summary>The kind of ratio estimate.</summary>
public enum RatioKind
{
    /// <summary>Rate ratio (count regression).</summary>
    [JsonStringEnumMemberName("rate-ratio")]
    RateRatio,

    /// <summary>Odds ratio.</summary>
    [JsonStringEnumMemberName("odds-ratio")]
    OddsRatio,

    /// <summary>Hazard ratio.</summary>
    [JsonStringEnumMemberName("hazard-ratio")]
    HazardRatio,

    /// <summary>Risk ratio.</summary>
    [JsonStringEnumMemberName("risk-ratio")]
    RiskRatio,
}
