using System.Text.Json.Serialization;

namespace MscDomain.Safety;

/// <summary>The time relationship between product administration and the event, as a WHO-UMC assessment point.</summary>
/// <remarks>WHO-UMC uses "plausible" (Certain) and "reasonable" (Probable, Possible) for the same level (safety.md §11.1).</remarks>
public enum TimeRelationship
{
    /// <summary>Not known.</summary>
    [JsonStringEnumMemberName("unknown")]
    Unknown = 0,

    /// <summary>A plausible / reasonable time relationship to the administration.</summary>
    [JsonStringEnumMemberName("reasonable")]
    Reasonable = 1,

    /// <summary>A time to intake that makes a relationship improbable (but not impossible).</summary>
    [JsonStringEnumMemberName("improbable")]
    Improbable = 2,
}
