using System.Text.Json.Serialization;
using MscDomain.Serialization;

namespace MscDomain.Safety;

/// <summary>Whether the case data allow a WHO-UMC assessment; decided before any other point (safety.md §11.1).</summary>
[JsonConverter(typeof(KebabCaseEnumConverter<CausalityDataStatus>))]
public enum CausalityDataStatus
{
    /// <summary>The data are sufficient for an assessment.</summary>
    Sufficient = 0,

    /// <summary>More data are needed for a proper assessment, or additional data are under examination (Conditional/Unclassified).</summary>
    MoreDataNeeded = 1,

    /// <summary>Information is insufficient or contradictory and cannot be supplemented or verified (Unassessable/Unclassifiable).</summary>
    InsufficientNotSupplementable = 2,
}
