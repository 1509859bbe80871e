using System.Text.Json.Serialization;

namespace MscDomain.Safety;

/// <summary>Where a value falls that lies between two CTCAE bands printed as integers (POLICY <c>IntegerBandGap</c>, safety.md §2.1).</summary>
/// <remarks>Example: CTCAE v5.0 hyponatraemia prints "125-129" and "&lt;LLN-130"; 129.5 mmol/L fits neither.</remarks>
public enum IntegerBandGapPolicy
{
    /// <summary>The gap value belongs to the more severe band, as NCI's own v6.0 rewording ("125 - &lt;130"). Default.</summary>
    [JsonStringEnumMemberName("more-severe")]
    MoreSevere = 0,

    /// <summary>The gap value belongs to the less severe band (pharmaverse admiral compatible).</summary>
    [JsonStringEnumMemberName("less-severe")]
    LessSevere,
}
