using System.Text.Json.Serialization;

namespace MscDomain.Disability;

/// <summary>How the reference (baseline) value moves during the search (msprog <c>baseline</c>).</summary>
/// <remarks>Fixed baselines are recommended for randomised trials; roving baselines detect more
/// relapse-independent events (Kappos et al., <i>Mult Scler</i> 2018;24:963; Müller et al., <i>JAMA Neurol</i> 2023;80:1232).</remarks>
public enum BaselineScheme
{
    /// <summary>The first eligible visit; never moves (msprog <c>fixed</c>, default).</summary>
    [JsonStringEnumMemberName("fixed")]
    Fixed,

    /// <summary>Moves after every confirmed event, CDI or CDW (msprog <c>roving</c>).</summary>
    [JsonStringEnumMemberName("roving")]
    Roving,

    /// <summary>Moves only after a confirmed improvement (msprog <c>roving_impr</c>).</summary>
    [JsonStringEnumMemberName("roving-improvement")]
    RovingImprovement,

    /// <summary>Moves only after a confirmed worsening (msprog <c>roving_wors</c>).</summary>
    [JsonStringEnumMemberName("roving-worsening")]
    RovingWorsening,
}
