using System.Text.Json.Serialization;

namespace MscDomain.Trials;

/// <summary>How several criteria combine.</summary>
/// <remarks>"≥1 relapse and/or ≥1 Gd+ lesion" is any-of; "both" is all-of.</remarks>
public enum CriteriaCombination
{
    /// <summary>At least one criterion must hold (and/or).</summary>
    [JsonStringEnumMemberName("any-of")]
    AnyOf,

    /// <summary>Every criterion must hold.</summary>
    [JsonStringEnumMemberName("all-of")]
    AllOf,
}
