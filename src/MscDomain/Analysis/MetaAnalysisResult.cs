namespace MscDomain.Analysis;

/// <summary>
/// A fitted intercept-only meta-analysis, the numbers metafor's <c>rma()</c>, <c>predict()</c> and <c>weights()</c> print,
/// on the analysis scale (log or logit where the measure uses it); <see cref="BackTransform"/> gives the display scale.
/// </summary>
public sealed record MetaAnalysisResult
{
    /// <summary>The model and estimator used.</summary>
    public required TauSquaredEstimator Method { get; init; }

    /// <summary>The test requested.</summary>
    public required MetaAnalysisTest Test { get; init; }

    /// <summary>Whether Knapp-Hartung was applied: false when requested with k = 1, where metafor falls back to z.</summary>
    public required bool KnappHartungApplied { get; init; }

    /// <summary>The confidence level (e.g. 0.95).</summary>
    public required decimal ConfidenceLevel { get; init; }

    /// <summary>The analysis scale.</summary>
    public required EffectScale Scale { get; init; }

    /// <summary>Number of studies k.</summary>
    public required int K { get; init; }

    /// <summary>The pooled estimate μ̂ = Σw_i y_i / Σw_i.</summary>
    public required double Estimate { get; init; }

    /// <summary>Its standard error: (Σw_i)^(−1/2), times s = √(Q(τ̂²)/(k−1)) under Knapp-Hartung.</summary>
    public required double StandardError { get; init; }

    /// <summary>The z (or t under Knapp-Hartung) statistic μ̂/SE.</summary>
    public required double Statistic { get; init; }

    /// <summary>Degrees of freedom of the t statistic (k − 1) under Knapp-Hartung, or null for z.</summary>
    public required int? StatisticDf { get; init; }

    /// <summary>Two-sided p-value of the statistic.</summary>
    public required double PValue { get; init; }

    /// <summary>Lower confidence bound.</summary>
    public required double CiLower { get; init; }

    /// <summary>Upper confidence bound.</summary>
    public required double CiUpper { get; init; }

    /// <summary>Lower prediction bound μ̂ − crit·√(SE² + τ̂²) (Riley, Higgins &amp; Deeks 2011); equals the CI for EE or τ̂² = 0.</summary>
    public required double PiLower { get; init; }

    /// <summary>Upper prediction bound.</summary>
    public required double PiUpper { get; init; }

    /// <summary>The between-study variance τ̂² (0 for EE).</summary>
    public required double TauSquared { get; init; }

    /// <summary>I² in percent: 100·τ̂²/(τ̂² + ṽ) with ṽ the typical within-study variance (Higgins &amp; Thompson 2002, eq. 9); EE: max(0, 100(Q − df)/Q).</summary>
    public required double ISquared { get; init; }

    /// <summary>H²: (τ̂² + ṽ)/ṽ; EE: Q/df (not truncated).</summary>
    public required double HSquared { get; init; }

    /// <summary>The typical within-study variance ṽ = (k−1)Σw/[(Σw)² − Σw²] with fixed weights, or null for k = 1.</summary>
    public required double? TypicalWithinStudyVariance { get; init; }

    /// <summary>Cochran's Q with fixed weights 1/v_i, whatever the estimator (Cochran 1954).</summary>
    public required double Q { get; init; }

    /// <summary>Degrees of freedom of Q: k − 1.</summary>
    public required int QDf { get; init; }

    /// <summary>Upper-tail chi-square p-value of Q (1 when k = 1).</summary>
    public required double QPValue { get; init; }

    /// <summary>Iterations the estimator took (0 for closed forms).</summary>
    public required int Iterations { get; init; }

    /// <summary>Each study's yi, vi and weight, in input order.</summary>
    public required IReadOnlyList<MetaStudyWeight> Studies { get; init; }

    /// <summary>What was done and why, in words (e.g. "k = 1: tau^2 set to 0 and knha switched to z, as metafor does").</summary>
    public required IReadOnlyList<string> Notes { get; init; }

    /// <summary>
    /// The confidence interval of one study's yi: yi ± z·√vi with z the normal quantile of <see cref="ConfidenceLevel"/>,
    /// as metafor's <c>forest()</c> draws it.
    /// </summary>
    /// <param name="study">A study of this result.</param>
    /// <returns>The lower and upper bounds on the analysis scale.</returns>
    public (double Lower, double Upper) StudyInterval(MetaStudyWeight study)
    {
        ArgumentNullException.ThrowIfNull(study);
        var half = StandardNormal.Quantile(1 - ((1 - (double)ConfidenceLevel) / 2)) * Math.Sqrt(study.Vi);
        return (study.Yi - half, study.Yi + half);
    }

    /// <summary>Back-transforms a value on this result's scale for display (exp for log measures, inverse logit for PLO).</summary>
    /// <param name="value">A value on the analysis scale.</param>
    /// <returns>The display value.</returns>
    public double BackTransform(double value) => EffectSizes.BackTransform(Scale, value);
}
