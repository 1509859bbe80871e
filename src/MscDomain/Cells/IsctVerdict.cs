using System.Text.Json.Serialization;

namespace MscDomain.Cells;

/// <summary>Overall ISCT verdict for a panel.</summary>
public enum IsctVerdict
{
    /// <summary>Every criterion is met.</summary>
    [JsonStringEnumMemberName("meets")]
    Meets,

    /// <summary>At least one criterion failed.</summary>
    [JsonStringEnumMemberName("fails")]
    Fails,

    /// <summary>No criterion failed but at least one could not be assessed.</summary>
    [JsonStringEnumMemberName("not-assessable")]
    NotAssessable,
}
