using System.Text.Json.Serialization;

namespace MscDomain.Analysis;

/// <summary>The scale an effect size is analysed on, which fixes how results are back-transformed for display.</summary>
/// <remarks>As metafor's <c>transf</c> conventions: <c>exp</c> for log measures, <c>transf.ilogit</c> for logits,
/// <c>transf.iarcsin</c> (sin²) for arcsine square roots (Viechtbauer 2010, §3.3).</remarks>
public enum EffectScale
{
    /// <summary>Analysed as is (RD, MD, SMD, PR, IR, IRD, GEN): no back-transformation.</summary>
    [JsonStringEnumMemberName("identity")]
    Identity = 0,

    /// <summary>Natural log of a ratio or rate (RR, OR, ROM, IRLN, IRR): displayed as exp(y).</summary>
    [JsonStringEnumMemberName("log")]
    Log = 1,

    /// <summary>Logit of a proportion (PLO): displayed as 1/(1 + exp(−y)).</summary>
    [JsonStringEnumMemberName("logit")]
    Logit = 2,

    /// <summary>Arcsine square root of a proportion (PAS): displayed as sin²(y).</summary>
    [JsonStringEnumMemberName("arcsine-square-root")]
    ArcsineSquareRoot = 3,
}
