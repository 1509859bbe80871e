using System.Text.Json.Serialization;

namespace MscDomain.Disability;

/// <summary>Which visit is the "preceding" checkpoint of the PIRA relapse-free windows (msprog <c>prec_type</c>).</summary>
public enum PiraPrecedingVisit
{
    /// <summary>The reference (baseline) in force at onset (default).</summary>
    [JsonStringEnumMemberName("baseline")]
    Baseline,

    /// <summary>The visit immediately before the onset.</summary>
    [JsonStringEnumMemberName("last")]
    Last,

    /// <summary>The <c>last_delta</c> visit: the latest pre-worsening visit from which the onset is a clinically meaningful worsening.</summary>
    [JsonStringEnumMemberName("last-delta")]
    LastDelta,
}
