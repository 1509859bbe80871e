using System.Text.Json.Serialization;

namespace MscDomain.Disability;

/// <summary>Where the search resumes after a confirmed event, and where a roving baseline moves (msprog <c>proceed_from</c>).</summary>
public enum ProceedFrom
{
    /// <summary>After the first confirmation visit; a roving baseline moves to that visit (msprog <c>firstconf</c>, default).</summary>
    [JsonStringEnumMemberName("first-confirmation")]
    FirstConfirmation,

    /// <summary>After the onset visit; a roving baseline moves to the onset (msprog <c>event</c>).</summary>
    [JsonStringEnumMemberName("event")]
    Event,
}
