using System.Text.Json.Serialization;
using MscDomain.Serialization;

namespace MscDomain.Trials;

/// <summary>How a reported p-value relates to its number.</summary>
/// <remarks>"p &lt; 0.001" is less-than 0.001; "p = 0.03" is equal; "NS (p &gt; 0.05)" is greater-than.</remarks>
[JsonConverter(typeof(KebabCaseEnumConverter<PValueRelation>))]
public enum PValueRelation
{
    /// <summary>p equals the number as printed.</summary>
    Equal,

    /// <summary>p is less than the number.</summary>
    LessThan,

    /// <summary>p is at most the number.</summary>
    AtMost,

    /// <summary>p is greater than the number.</summary>
    GreaterThan,
}
