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

    /// <summary>Stable or unchanged: no change beyond the outcome's threshold counts (e.g. "EDSS stable at 12 months").</summary>
    [JsonStringEnumMemberName("stable")]
    Stable,

    /// <summary>Not worsened: no worsening beyond the threshold counts; improvement also counts (e.g. "not worsened").</summary>
    [JsonStringEnumMemberName("not-worsened")]
    NotWorsened,

    /// <summary>Free of an event: the participant had no event of the measure in the time frame (e.g. "relapse-free", "NEDA").</summary>
    [JsonStringEnumMemberName("free-of-event")]
    FreeOfEvent,
}
