using System.Text.Json.Serialization;

namespace MscDomain.Trials;

/// <summary>How a composite outcome combines its components.</summary>
/// <remarks>EDSS-Plus is any-of (Cadavid 2017); NEDA-3 is all-of (no relapse, no MRI activity, no progression); a score sums weighted components (MSFC).</remarks>
public enum CompositeRule
{
    /// <summary>Met when any component is met.</summary>
    [JsonStringEnumMemberName("any-of")]
    AnyOf,

    /// <summary>Met when every component is met (e.g. NEDA-3).</summary>
    [JsonStringEnumMemberName("all-of")]
    AllOf,

    /// <summary>A score computed from the components (e.g. MSFC z-score).</summary>
    [JsonStringEnumMemberName("score")]
    Score,
}
