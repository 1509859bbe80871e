using System.Text.Json.Serialization;

namespace MscDomain.Analysis;

/// <summary>
/// An effect-size measure, named and computed as R metafor's <c>escalc(measure = ...)</c> (Viechtbauer 2010,
/// <i>J Stat Softw</i> 36(3), doi:10.18637/jss.v036.i03). The formulas and their sources are on <see cref="EffectSizes"/>.
/// </summary>
/// <remarks>metafor's text names (<c>"RR"</c>, <c>"SMD"</c>, ...) are the wire names (<see cref="MscDomain.Common.WireName"/>) in upper case.</remarks>
public enum EffectMeasure
{
    /// <summary><c>RR</c>: log risk ratio ln(p1/p2) from a 2×2 table (Fleiss &amp; Berlin 2009).</summary>
    [JsonStringEnumMemberName("rr")]
    RR = 0,

    /// <summary><c>OR</c>: log odds ratio ln(ad/bc) from a 2×2 table (Fleiss &amp; Berlin 2009).</summary>
    [JsonStringEnumMemberName("or")]
    OR = 1,

    /// <summary><c>RD</c>: risk difference p1 − p2 from a 2×2 table (Fleiss &amp; Berlin 2009).</summary>
    [JsonStringEnumMemberName("rd")]
    RD = 2,

    /// <summary><c>MD</c>: raw mean difference m1 − m2, unpooled variance (Borenstein 2009, eq. 12.5).</summary>
    [JsonStringEnumMemberName("md")]
    MD = 3,

    /// <summary><c>SMD</c>: Hedges' g with the exact gamma correction (Hedges 1981; variance Hedges 1982, eq. 8).</summary>
    [JsonStringEnumMemberName("smd")]
    SMD = 4,

    /// <summary><c>ROM</c>: log ratio of means ln(m1/m2) (Hedges, Gurevitch &amp; Curtis 1999, eq. 1).</summary>
    [JsonStringEnumMemberName("rom")]
    ROM = 5,

    /// <summary><c>PR</c>: raw proportion x/n.</summary>
    [JsonStringEnumMemberName("pr")]
    PR = 6,

    /// <summary><c>PLO</c>: logit proportion ln[x/(n − x)].</summary>
    [JsonStringEnumMemberName("plo")]
    PLO = 7,

    /// <summary><c>PAS</c>: arcsine square-root proportion arcsin(√(x/n)) (radians, no factor 2).</summary>
    [JsonStringEnumMemberName("pas")]
    PAS = 8,

    /// <summary><c>IR</c>: incidence rate x/T.</summary>
    [JsonStringEnumMemberName("ir")]
    IR = 9,

    /// <summary><c>IRLN</c>: log incidence rate ln(x/T).</summary>
    [JsonStringEnumMemberName("irln")]
    IRLN = 10,

    /// <summary><c>IRR</c>: log incidence rate ratio (Bagos &amp; Nikolopoulos 2009; Rothman et al. 2008).</summary>
    [JsonStringEnumMemberName("irr")]
    IRR = 11,

    /// <summary><c>IRD</c>: incidence rate difference (Rothman et al. 2008).</summary>
    [JsonStringEnumMemberName("ird")]
    IRD = 12,

    /// <summary><c>GEN</c>: a generic estimate given with its sampling variance or standard error.</summary>
    [JsonStringEnumMemberName("gen")]
    GEN = 13,
}
