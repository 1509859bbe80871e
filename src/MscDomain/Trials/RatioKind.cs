using System.Text.Json.Serialization;
using MscDomain.Serialization;

namespace MscDomain.Trials;

/// <summary>The kind of ratio estimate.</summary>
[JsonConverter(typeof(KebabCaseEnumConverter<RatioKind>))]
public enum RatioKind
{
    /// <summary>Rate ratio (count regression).</summary>
    RateRatio,

    /// <summary>Odds ratio.</summary>
    OddsRatio,

    /// <summary>Hazard ratio.</summary>
    HazardRatio,

    /// <summary>Risk ratio.</summary>
    RiskRatio,
}
