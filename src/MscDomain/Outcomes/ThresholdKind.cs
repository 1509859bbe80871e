using System.Text.Json.Serialization;

namespace MscDomain.Outcomes;

/// <summary>How a threshold is expressed.</summary>
public enum ThresholdKind
{
    /// <summary>In the measure's unit (e.g. EDSS +1.0 points).</summary>
    [JsonStringEnumMemberName("absolute")]
    Absolute,

    /// <summary>Percent change from the reference (e.g. 20% of T25FW time).</summary>
    [JsonStringEnumMemberName("relative-percent")]
    RelativePercent,

    /// <summary>Percentage points.</summary>
    [JsonStringEnumMemberName("percentage-points")]
    PercentagePoints,

    /// <summary>A cut-off value of the measure itself (e.g. −0.4 %/year brain volume).</summary>
    [JsonStringEnumMemberName("cutoff")]
    Cutoff,
}
