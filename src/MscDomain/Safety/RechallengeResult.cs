using System.Text.Json.Serialization;

namespace MscDomain.Safety;

/// <summary>The result of re-administration (rechallenge), as a WHO-UMC assessment point.</summary>
public enum RechallengeResult
{
    /// <summary>No rechallenge was done.</summary>
    [JsonStringEnumMemberName("not-done")]
    NotDone = 0,

    /// <summary>The event recurred on rechallenge (satisfactory rechallenge).</summary>
    [JsonStringEnumMemberName("positive")]
    Positive = 1,

    /// <summary>The event did not recur on rechallenge.</summary>
    [JsonStringEnumMemberName("negative")]
    Negative = 2,
}
