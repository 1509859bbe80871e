using System.Text.Json.Serialization;

namespace MscDomain.Trials;

/// <summary>Which change the outcome counts.</summary>
public enum OutcomeDirection
{
    /// <summary>Worsening (higher = worse measures going up).</summary>
    [JsonStringEnumMemberName("worsening")]
    Worsening,

    /// <summary>Improvement.</summary>
    [JsonStringEnumMemberName("improvement")]
    Improvement,

    /// <summary>Change in either direction (continuous change).</summary>
    [JsonStringEnumMemberName("change")]
    Change,

    /// <summary>Occurrence or count of an event.</summary>
    [JsonStringEnumMemberName("occurrence")]
    Occurrence,
}
