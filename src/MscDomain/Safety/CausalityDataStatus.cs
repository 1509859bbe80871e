using System.Text.Json.Serialization;

namespace MscDomain.Safety;

/// <summary>Whether the case data allow a WHO-UMC assessment; decided before any other point (safety.md §11.1).</summary>
public enum CausalityDataStatus
{
    /// <summary>The data are sufficient for an assessment.</summary>
    [JsonStringEnumMemberName("sufficient")]
    Sufficient = 0,

    /// <summary>More data are needed for a proper assessment, or additional data are under examination (Conditional/Unclassified).</summary>
    [JsonStringEnumMemberName("more-data-needed")]
    MoreDataNeeded = 1,

    /// <summary>Information is insufficient or contradictory and cannot be supplemented or verified (Unassessable/Unclassifiable).</summary>
    [JsonStringEnumMemberName("insufficient-not-supplementable")]
    InsufficientNotSupplementable = 2,
}
