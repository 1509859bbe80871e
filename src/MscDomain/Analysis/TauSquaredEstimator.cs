using System.Text.Json.Serialization;

namespace MscDomain.Analysis;

/// <summary>
/// The model, and for random-effects models the estimator of the between-study variance τ², as metafor's
/// <c>rma(method = ...)</c>. metafor's text name of a value is its wire name (<see cref="MscDomain.Common.WireName"/>) in upper case.
/// </summary>
public enum TauSquaredEstimator
{
    /// <summary><c>REML</c>: restricted maximum likelihood (Viechtbauer 2005; Raudenbush 2009). metafor's default.</summary>
    [JsonStringEnumMemberName("reml")]
    REML = 0,

    /// <summary><c>EE</c>: equal-effects (common-effect) model, τ² = 0.</summary>
    [JsonStringEnumMemberName("ee")]
    EE = 1,

    /// <summary><c>FE</c>: metafor's older name for <see cref="EE"/>; identical numbers.</summary>
    [JsonStringEnumMemberName("fe")]
    FE = 2,

    /// <summary><c>DL</c>: DerSimonian &amp; Laird (1986) method of moments.</summary>
    [JsonStringEnumMemberName("dl")]
    DL = 3,

    /// <summary><c>ML</c>: maximum likelihood (Hardy &amp; Thompson 1996; Raudenbush 2009), the global maximum on [0, ∞).</summary>
    [JsonStringEnumMemberName("ml")]
    ML = 4,

    /// <summary><c>PM</c>: Paule &amp; Mandel (1982): the root of Q(τ²) = k − 1.</summary>
    [JsonStringEnumMemberName("pm")]
    PM = 5,

    /// <summary><c>HE</c>: Hedges (1983, 1992): unweighted variance of the estimates minus their mean sampling variance.</summary>
    [JsonStringEnumMemberName("he")]
    HE = 6,

    /// <summary><c>HS</c>: Hunter &amp; Schmidt (1990): (Q − k)/Σw.</summary>
    [JsonStringEnumMemberName("hs")]
    HS = 7,

    /// <summary><c>SJ</c>: Sidik &amp; Jonkman (2005, 2007): one step from the crude start Σ(y − ȳ)²/k.</summary>
    [JsonStringEnumMemberName("sj")]
    SJ = 8,

    /// <summary><c>EB</c>: empirical Bayes (Morris 1983; Berkey et al. 1995), whose estimating equation k/(k−1)·Q(τ²) = k
    /// is Paule-Mandel's (Viechtbauer et al. 2015).</summary>
    [JsonStringEnumMemberName("eb")]
    EB = 9,
}
