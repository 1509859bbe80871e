using System.Text.Json.Serialization;

namespace MscDomain.Disability;

/// <summary>The relapse-related class of a confirmed worsening (Kappos et al., <i>JAMA Neurol</i> 2020;77:1132; Müller et al. 2023).</summary>
public enum WorseningClass
{
    /// <summary>Not a worsening (a CDI), or classification was not requested.</summary>
    [JsonStringEnumMemberName("none")]
    None,

    /// <summary>Relapse-associated worsening: onset inside the relapse association window.</summary>
    [JsonStringEnumMemberName("raw")]
    Raw,

    /// <summary>Progression independent of relapse activity: not RAW and relapse-free around the PIRA checkpoints.</summary>
    [JsonStringEnumMemberName("pira")]
    Pira,

    /// <summary>A worsening that is neither RAW nor PIRA (msprog <c>undefined</c>).</summary>
    [JsonStringEnumMemberName("undefined")]
    Undefined,
}
