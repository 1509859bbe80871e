using System.Text.Json.Serialization;

namespace MscDomain.Disability;

/// <summary>Which direction of the outcome value means worse disease (msprog <c>worsening</c>).</summary>
public enum WorseningDirection
{
    /// <summary>Higher values are worse (EDSS, T25FW, 9HPT).</summary>
    [JsonStringEnumMemberName("increase")]
    Increase,

    /// <summary>Lower values are worse (SDMT).</summary>
    [JsonStringEnumMemberName("decrease")]
    Decrease,
}
