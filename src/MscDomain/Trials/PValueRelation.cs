using System.Text.Json.Serialization;

namespace MscDomain.Trials;

/// <summary>How a reported p-value relates to its number.</summary>
/// <remarks>"p &lt; 0.001" is less-than 0.001; "p = 0.03" is equal; "NS (p &gt; 0.05)" is greater-than.</remarks>
public enum PValueRelation
{
    /// <summary>p equals the number as printed.</summary>
    [JsonStringEnumMemberName("equal")]
    Equal,

    /// <summary>p is less than the number.</summary>
    [JsonStringEnumMemberName("less-than")]
    LessThan,

    /// <summary>p is at most the number.</summary>
    [JsonStringEnumMemberName("at-most")]
    AtMost,

    /// <summary>p is greater than the number.</summary>
    [JsonStringEnumMemberName("greater-than")]
    GreaterThan,
}
