using System.Text.Json.Serialization;
using MscDomain.Serialization;

namespace MscDomain.Safety;

/// <summary>The result of re-administration (rechallenge), as a WHO-UMC assessment point.</summary>
[JsonConverter(typeof(KebabCaseEnumConverter<RechallengeResult>))]
public enum RechallengeResult
{
    /// <summary>No rechallenge was done.</summary>
    NotDone = 0,

    /// <summary>The event recurred on rechallenge (satisfactory rechallenge).</summary>
    Positive = 1,

    /// <summary>The event did not recur on rechallenge.</summary>
    Negative = 2,
}
