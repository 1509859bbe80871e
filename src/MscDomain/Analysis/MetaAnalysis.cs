using System.Globalization;

namespace MscDomain.Analysis;

/// <summary>
/// The intercept-only meta-analysis of R metafor 3.8's <c>rma.uni()</c> (Viechtbauer 2010, <i>J Stat Softw</i> 36(3)):
/// equal-effects or random-effects with eight τ² estimators, z or Knapp-Hartung tests, prediction intervals,
/// heterogeneity statistics and weights. Formulas and sources: shared/domain/evidence-synthesis.md.
/// </summary>
/// <remarks>
/// <para>Estimators: DL max{0, [Q − (k−1)]/(S1 − S2/S1)} (DerSimonian &amp; Laird 1986); HE max{0, Σ(y−ȳ)²/(k−1) − Σv/k}
/// (Hedges 1983, 1992); HS max{0, (Q − k)/S1} (Hunter &amp; Schmidt 1990); SJ τ0²·Q(τ0²)/(k−1) with τ0² = Σ(y−ȳ)²/k
/// (Sidik &amp; Jonkman 2005, 2007); PM and EB the root of Q(τ²) = k − 1 (Paule &amp; Mandel 1982; Morris 1983; Berkey et al.
/// 1995; Viechtbauer et al. 2015), 0 when Q(0) &lt; k − 1; ML and REML the global maximum on [0, ∞) of the (restricted)
/// log-likelihood −½[Σ ln(v+τ²) + Q(τ²)] (− ½ ln Σw for REML) (Hardy &amp; Thompson 1996; Viechtbauer 2005; Raudenbush
/// 2009). Iterative estimators are bracketed and bisected to a relative change below
/// <see cref="MetaAnalysisOptions.RelativeTolerance"/>; ML/REML scan [0, U] for every local maximum so a secondary mode
/// or the boundary cannot be mistaken for the maximum.</para>
/// <para>Inference: z = μ̂/SE; Knapp-Hartung (Hartung 1999; Knapp &amp; Hartung 2003) scales the variance by
/// s² = Q(τ̂²)/(k−1) with random-effects weights, not truncated at 1, and uses t_{k−1}. Prediction interval μ̂ ± crit·√(SE² + τ̂²)
/// with crit z or t_{k−1} (Riley, Higgins &amp; Deeks 2011; metafor's <c>predict()</c>). Q uses fixed weights (Cochran 1954);
/// I² and H² use the typical within-study variance (Higgins &amp; Thompson 2002, eq. 9). k = 1: τ̂² = 0, z test, Q = 0,
/// p = 1, I² = 0, H² = 1, as metafor.</para>
/// </remarks>
public static class MetaAnalysis
{
    /// <summary>Fits the model to computed effect sizes.</summary>
    /// <param name="effects">The effect sizes; must have no errors and at least one study.</param>
    /// <param name="options">The options, or null for <see cref="MetaAnalysisOptions.Default"/>.</param>
    /// <returns>The fitted model.</returns>
    /// <exception cref="ArgumentException">The set has errors or no study.</exception>
    /// <exception cref="InvalidOperationException">An iterative estimator did not converge (the message names it).</exception>
    public static MetaAnalysisResult Fit(EffectSizeSet effects, MetaAnalysisOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(effects);
        if (effects.HasErrors)
        {
            throw new ArgumentException(
                $"The effect sizes have {effects.Issues.Count(i => i.Severity == Common.DataIssueSeverity.Error)} error(s); report EffectSizeSet.Issues instead of fitting. First: {effects.Issues.First(i => i.Severity == Common.DataIssueSeverity.Error)}",
                nameof(effects));
        }

        return Fit(effects.Studies, options, effects.Scale);
    }

    /// <summary>Fits the model to studies' yi and vi.</summary>
    /// <param name="studies">At least one study.</param>
    /// <param name="options">The options, or null for <see cref="MetaAnalysisOptions.Default"/>.</param>
    /// <param name="scale">The analysis scale, for back-transformation.</param>
    /// <returns>The fitted model.</returns>
    /// <exception cref="ArgumentException">No study.</exception>
    /// <exception cref="InvalidOperationException">An iterative estimator did not converge (the message names it).</exception>
    public static MetaAnalysisResult Fit(IReadOnlyList<StudyEffect> studies, MetaAnalysisOptions? options = null, EffectScale scale = EffectScale.Identity)
    {
        ArgumentNullException.ThrowIfNull(studies);
        options ??= MetaAnalysisOptions.Default;
        var k = studies.Count;
        if (k < 1)
        {
            throw new ArgumentException($"A meta-analysis needs at least one study (k >= 1); got {k} ({Common.DataIssueCodes.NoStudies}).", nameof(studies));
        }

        var y = studies.Select(s => s.Yi).ToArray();
        var v = studies.Select(s => s.Vi).ToArray();
        var notes = new List<string>();
        var method = options.Method;
        var isEqualEffects = method is TauSquaredEstimator.EE or TauSquaredEstimator.FE;
        var tol = (double)options.RelativeTolerance;

        // Fixed-weight statistics.
        double s1 = 0, s2 = 0;
        foreach (var vi in v)
        {
            s1 += 1 / vi;
            s2 += 1 / (vi * vi);
        }

        var q0 = Q(y, v, 0);
        var tau2 = 0.0;
        var iterations = 0;
        if (k == 1)
        {
            if (!isEqualEffects)
            {
                notes.Add("k = 1: tau^2 set to 0, as metafor does.");
            }
        }
        else if (!isEqualEffects)
        {
            (tau2, iterations) = EstimateTau2(method, y, v, q0, s1, s2, tol, options.MaxIterations);
        }

        var w = v.Select(vi => 1 / (vi + tau2)).ToArray();
        var sw = w.Sum();
        var mu = 0.0;
        for (var i = 0; i < k; i++)
        {
            mu += w[i] * y[i];
        }

        mu /= sw;
        var se = Math.Sqrt(1 / sw);
        var alpha = 1 - (double)options.ConfidenceLevel;
        var knha = options.Test == MetaAnalysisTest.KnappHartung && k > 1;
        if (options.Test == MetaAnalysisTest.KnappHartung && k == 1)
        {
            notes.Add("k = 1: the Knapp-Hartung test (knha) needs k >= 2; the z test was used, as metafor does.");
        }

        double stat, p, crit;
        int? df = null;
        if (knha)
        {
            var qtau = Q(y, v, tau2);
            var s2kh = qtau <= 2.220446049250313e-16 ? 0 : qtau / (k - 1);
            se = Math.Sqrt(s2kh / sw);
            df = k - 1;
            crit = StudentTDistribution.Quantile(1 - (alpha / 2), k - 1);
            stat = mu / se;
            p = double.IsFinite(stat) ? StudentTDistribution.TwoSidedTail(stat, k - 1) : (mu == 0 ? 1 : 0);
            notes.Add(string.Create(CultureInfo.InvariantCulture, $"Knapp-Hartung: variance factor s^2 = Q(tau^2)/(k-1) = {s2kh:R} (not truncated at 1), t with {k - 1} df."));
        }
        else
        {
            crit = StandardNormal.Quantile(1 - (alpha / 2));
            stat = mu / se;
            p = 2 * StandardNormal.Cdf(-Math.Abs(stat));
        }

        var piHalf = crit * Math.Sqrt((se * se) + tau2);
        double? vTypical = k > 1 ? (k - 1) * s1 / ((s1 * s1) - s2) : null;
        double i2, h2;
        if (k == 1)
        {
            (i2, h2) = (0, 1);
        }
        else if (isEqualEffects)
        {
            i2 = q0 > 0 ? Math.Max(0, 100 * (q0 - (k - 1)) / q0) : 0;
            h2 = q0 / (k - 1);
        }
        else
        {
            i2 = 100 * tau2 / (tau2 + vTypical!.Value);
            h2 = (tau2 + vTypical.Value) / vTypical.Value;
        }

        var weights = new List<MetaStudyWeight>(k);
        for (var i = 0; i < k; i++)
        {
            var s = studies[i];
            weights.Add(new MetaStudyWeight(s.Study, s.Yi, s.Vi, 100 * w[i] / sw, s.ZeroCellCorrected, s.Location));
        }

        return new MetaAnalysisResult
        {
            Method = method,
            Test = options.Test,
            KnappHartungApplied = knha,
            ConfidenceLevel = options.ConfidenceLevel,
            Scale = scale,
            K = k,
            Estimate = mu,
            StandardError = se,
            Statistic = stat,
            StatisticDf = df,
            PValue = p,
            CiLower = mu - (crit * se),
            CiUpper = mu + (crit * se),
            PiLower = isEqualEffects ? mu - (crit * se) : mu - piHalf,
            PiUpper = isEqualEffects ? mu + (crit * se) : mu + piHalf,
            TauSquared = tau2,
            ISquared = i2,
            HSquared = h2,
            TypicalWithinStudyVariance = vTypical,
            Q = k == 1 ? 0 : q0,
            QDf = k - 1,
            QPValue = k == 1 ? 1 : ChiSquareDistribution.UpperTail(Math.Max(0, q0), k - 1),
            Iterations = iterations,
            Studies = weights,
            Notes = notes,
        };
    }

    /// <summary>Q(t) = Σ w_i(t)(y_i − μ̂(t))² with w_i(t) = 1/(v_i + t).</summary>
    internal static double Q(double[] y, double[] v, double t)
    {
        double sw = 0, swy = 0;
        for (var i = 0; i < y.Length; i++)
        {
            var w = 1 / (v[i] + t);
            sw += w;
            swy += w * y[i];
        }

        var mu = swy / sw;
        var q = 0.0;
        for (var i = 0; i < y.Length; i++)
        {
            var r = y[i] - mu;
            q += r * r / (v[i] + t);
        }

        return q;
    }

    private static (double Tau2, int Iterations) EstimateTau2(TauSquaredEstimator method, double[] y, double[] v, double q0, double s1, double s2, double tol, int maxIter)
    {
        var k = y.Length;
        var yBar = y.Average();
        var ss = y.Sum(yi => (yi - yBar) * (yi - yBar));
        switch (method)
        {
            case TauSquaredEstimator.DL:
                return (Math.Max(0, (q0 - (k - 1)) / (s1 - (s2 / s1))), 0);
            case TauSquaredEstimator.HE:
                return (Math.Max(0, (ss / (k - 1)) - (v.Sum() / k)), 0);
            case TauSquaredEstimator.HS:
                return (Math.Max(0, (q0 - k) / s1), 0);
            case TauSquaredEstimator.SJ:
                {
                    var t0 = ss / k;
                    return (t0 * Q(y, v, t0) / (k - 1), 0);
                }

            case TauSquaredEstimator.PM:
            case TauSquaredEstimator.EB:
                return PauleMandel(method, y, v, q0, ss, tol, maxIter);
            case TauSquaredEstimator.ML:
            case TauSquaredEstimator.REML:
                return MaximumLikelihood(method == TauSquaredEstimator.REML, y, v, ss, tol, maxIter);
            default:
                throw new ArgumentOutOfRangeException(nameof(method), method, "Not a TauSquaredEstimator.");
        }
    }

    private static (double, int) PauleMandel(TauSquaredEstimator method, double[] y, double[] v, double q0, double ss, double tol, int maxIter)
    {
        var k = y.Length;
        if (q0 <= k - 1)
        {
            return (0, 0);
        }

        double lo = 0, hi = Math.Max(1, ss);
        var iterations = 0;
        while (Q(y, v, hi) > k - 1)
        {
            lo = hi;
            hi *= 4;
            if (++iterations > maxIter || !double.IsFinite(hi))
            {
                throw NotConverged(method, "no upper bracket for the root of Q(tau^2) = k - 1");
            }
        }

        return Bisect(method, t => Q(y, v, t) - (k - 1), lo, hi, tol, maxIter, iterations);
    }

    /// <summary>Bisection of a decreasing function with a sign change on [lo, hi], to relative width tol.</summary>
    private static (double, int) Bisect(TauSquaredEstimator method, Func<double, double> f, double lo, double hi, double tol, int maxIter, int iterations)
    {
        while (hi - lo > tol * hi)
        {
            if (++iterations > maxIter)
            {
                throw NotConverged(method, $"the bracket [{lo.ToString("R", CultureInfo.InvariantCulture)}, {hi.ToString("R", CultureInfo.InvariantCulture)}] did not shrink to a relative width of {tol.ToString("R", CultureInfo.InvariantCulture)} in {maxIter} iterations");
            }

            var mid = 0.5 * (lo + hi);
            if (mid <= lo || mid >= hi)
            {
                break;
            }

            var fm = f(mid);
            if (double.IsNaN(fm))
            {
                throw NotConverged(method, "the estimating equation is not a number");
            }

            if (fm > 0)
            {
                lo = mid;
            }
            else
            {
                hi = mid;
            }
        }

        return (0.5 * (lo + hi), iterations);
    }

    /// <summary>ML or REML: every local maximum of the (restricted) log-likelihood on [0, U], the largest wins.</summary>
    private static (double, int) MaximumLikelihood(bool restricted, double[] y, double[] v, double ss, double tol, int maxIter)
    {
        var method = restricted ? TauSquaredEstimator.REML : TauSquaredEstimator.ML;
        double Score(double t)
        {
            double sw = 0, swy = 0, sw2 = 0, sw3 = 0;
            for (var i = 0; i < y.Length; i++)
            {
                var w = 1 / (v[i] + t);
                sw += w;
                swy += w * y[i];
                sw2 += w * w;
                sw3 += w * w * w;
            }

            var mu = swy / sw;
            var a = 0.0;
            for (var i = 0; i < y.Length; i++)
            {
                var w = 1 / (v[i] + t);
                var r = y[i] - mu;
                a += w * w * r * r;
            }

            return restricted ? a - (sw - (sw2 / sw)) : a - sw;
        }

        double LogLik(double t)
        {
            double sl = 0, sw = 0;
            foreach (var vi in v)
            {
                sl += Math.Log(vi + t);
                sw += 1 / (vi + t);
            }

            return -0.5 * (sl + Q(y, v, t) + (restricted ? Math.Log(sw) : 0));
        }

        // Upper end: the score is negative beyond U (the likelihood falls as t grows past the spread of y).
        var upper = Math.Max(1, 10 * ss);
        var guard = 0;
        while (Score(upper) > 0)
        {
            upper *= 4;
            if (++guard > 200 || !double.IsFinite(upper))
            {
                throw NotConverged(method, "the likelihood has no maximum below a finite tau^2");
            }
        }

        // Grid: 0 and geometric points from upper*1e-12 to upper.
        const int points = 400;
        var grid = new double[points + 1];
        grid[0] = 0;
        for (var j = 1; j <= points; j++)
        {
            grid[j] = upper * Math.Pow(1e-12, (double)(points - j) / (points - 1));
        }

        var candidates = new List<double>();
        var scores = grid.Select(Score).ToArray();
        if (scores[0] <= 0)
        {
            candidates.Add(0); // boundary maximum: the likelihood does not rise from 0
        }

        var iterations = 0;
        for (var j = 0; j < points; j++)
        {
            if (scores[j] > 0 && scores[j + 1] <= 0)
            {
                var (root, it) = Bisect(method, Score, grid[j], grid[j + 1], tol, maxIter, 0);
                iterations = Math.Max(iterations, it);
                candidates.Add(root);
            }
        }

        if (candidates.Count == 0)
        {
            throw NotConverged(method, "no maximum of the likelihood was found on [0, " + upper.ToString("R", CultureInfo.InvariantCulture) + "]");
        }

        var best = candidates[0];
        var bestLl = LogLik(best);
        foreach (var c in candidates.Skip(1))
        {
            var ll = LogLik(c);
            if (ll > bestLl)
            {
                (best, bestLl) = (c, ll);
            }
        }

        return (best, iterations);
    }

    private static InvalidOperationException NotConverged(TauSquaredEstimator method, string why) =>
        new($"The {method} estimator of tau^2 did not converge: {why}.");
}
