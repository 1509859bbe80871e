using System.Text.Json.Serialization;
using MscDomain.Serialization;

namespace MscDomain.Outcomes;

/// <summary>How a threshold is expressed.</summary>
[JsonConverter(typeof(KebabCaseEnumConverter<ThresholdKind>))]
public enum ThresholdKind
{
    /// <summary>In the measure's unit (e.g. EDSS +1.0 points).</summary>
    Absolute,

    /// <summary>Percent change from the reference (e.g. 20% of T25FW time).</summary>
    RelativePercent,

    /// <summary>Percentage points.</summary>
    PercentagePoints,

    /// <summary>A cut-off value of the measure itself (e.g. −0.4 %/year brain volume).</summary>
    Cutoff,
}
