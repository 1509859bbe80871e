using System.Text.Json.Serialization;

namespace MscDomain.Safety;

/// <summary>Whether the seriousness classifier warns about a CTCAE grade 4 or 5 with no seriousness criterion.</summary>
/// <remarks>POLICY from the domain reference (safety.md §9): the standards leave this open. Either way seriousness is
/// decided by the ICH E2A criteria alone.</remarks>
public enum GradeSeriousnessCheck
{
    /// <summary>Add a review warning for grade 4–5 without a seriousness criterion (the default).</summary>
    [JsonStringEnumMemberName("warn")]
    Warn = 0,

    /// <summary>No cross-check between grade and seriousness.</summary>
    [JsonStringEnumMemberName("off")]
    Off = 1,
}
