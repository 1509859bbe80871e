using System.Text.Json.Serialization;

namespace MscDomain.Disability;

/// <summary>How strictly EDSS input values are checked before the analysis.</summary>
public enum EdssValidation
{
    /// <summary>Only the EDSS steps 0, 1.0, 1.5, …, 10 are accepted (<see cref="MscDomain.Outcomes.EdssScore.IsValid"/>; default).</summary>
    [JsonStringEnumMemberName("strict")]
    Strict,

    /// <summary>Any value 0 ≤ EDSS ≤ 10, as msprog accepts (including 0.5 and off-grid values).</summary>
    [JsonStringEnumMemberName("range-only")]
    RangeOnly,
}
