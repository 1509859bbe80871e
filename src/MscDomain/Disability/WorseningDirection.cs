using System.Text.Json.Serialization;
using MscDomain.Serialization;

namespace MscDomain.Disability;

/// <summary>Which direction of the outcome value means worse disease (msprog <c>worsening</c>).</summary>
[JsonConverter(typeof(KebabCaseEnumConverter<WorseningDirection>))]
public enum WorseningDirection
{
    /// <summary>Higher values are worse (EDSS, T25FW, 9HPT).</summary>
    Increase,

    /// <summary>Lower values are worse (SDMT).</summary>
    Decrease,
}
