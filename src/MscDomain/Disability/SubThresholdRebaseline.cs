using System.Text.Json.Serialization;

namespace MscDomain.Disability;

/// <summary>Which confirmed changes smaller than the delta may move a roving baseline (msprog <c>sub_threshold_rebl</c>).</summary>
/// <remarks>A sub-threshold change is never reported as an event. When not <see cref="None"/> the candidate
/// onset is the first visit that differs from the reference by any amount.</remarks>
public enum SubThresholdRebaseline
{
    /// <summary>Only clinically meaningful confirmed changes move the baseline (default).</summary>
    [JsonStringEnumMemberName("none")]
    None,

    /// <summary>Any confirmed change, either direction (msprog <c>change</c>, pymsprog <c>event</c>).</summary>
    [JsonStringEnumMemberName("change")]
    Change,

    /// <summary>Confirmed sub-threshold improvements only.</summary>
    [JsonStringEnumMemberName("improvement")]
    Improvement,

    /// <summary>Confirmed sub-threshold worsenings only.</summary>
    [JsonStringEnumMemberName("worsening")]
    Worsening,
}
