using System.Text.Json.Serialization;

namespace MscDomain.Trials;

/// <summary>The role of an outcome in the trial.</summary>
public enum OutcomeRole
{
    /// <summary>Primary outcome.</summary>
    [JsonStringEnumMemberName("primary")]
    Primary,

    /// <summary>Secondary outcome.</summary>
    [JsonStringEnumMemberName("secondary")]
    Secondary,

    /// <summary>Exploratory / post hoc.</summary>
    [JsonStringEnumMemberName("exploratory")]
    Exploratory,

    /// <summary>Safety outcome.</summary>
    [JsonStringEnumMemberName("safety")]
    Safety,
}
