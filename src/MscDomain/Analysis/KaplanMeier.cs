using System.Collections.Immutable;

namespace MscDomain.Analysis;

/// <summary>
/// The Kaplan-Meier (product-limit) estimator of time to first event, per group, with Greenwood
/// standard errors, pointwise confidence intervals and the median time to event.
/// </summary>
/// <remarks>
/// <para>Sources: Kaplan EL, Meier P. Nonparametric estimation from incomplete observations.
/// <i>J Am Stat Assoc</i> 1958;53:457–481. Greenwood M. The natural duration of cancer. <i>Reports on
/// Public Health and Medical Subjects</i> 33, HMSO 1926. Interval scales as R survival's
/// <c>survfit</c> (<see cref="ConfidenceIntervalType"/>); median interval after Brookmeyer &amp;
/// Crowley 1982.</para>
/// <para>Ties: at one time, events come before censorings, so a subject censored at t is at risk at
/// t. Times are days (decimal); probabilities and standard errors are computed in double precision.</para>
/// </remarks>
public static class KaplanMeier
{
    /// <summary>Estimates one Kaplan-Meier curve per group found in <paramref name="observations"/>.</summary>
    /// <param name="observations">One row per subject; the groups are the distinct <see cref="SurvivalObservation.Group"/> values.</param>
    /// <param name="options">Interval scale and level; <see langword="null"/> for <see cref="KaplanMeierOptions.Default"/> (95%, log-log).</param>
    /// <returns>The curves in order of first appearance of each group.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="observations"/> or a row is null.</exception>
    /// <exception cref="ArgumentException">The input is empty, or a row has an empty id or group or a negative time (the message names the row and the rule).</exception>
    public static KaplanMeierResult Estimate(IReadOnlyList<SurvivalObservation> observations, KaplanMeierOptions? options = null)
    {
        options ??= KaplanMeierOptions.Default;
        var groups = SurvivalInput.GroupRows(observations, nameof(observations));
        var z = StandardNormal.Quantile(1.0 - ((1.0 - (double)options.ConfidenceLevel) / 2.0));
        var curves = groups.Select(g => EstimateGroup(g.Key, g.Value, options.ConfidenceInterval, z)).ToImmutableArray();
        return new KaplanMeierResult(curves, options);
    }

    private static KaplanMeierCurve EstimateGroup(string group, List<SurvivalObservation> rows, ConfidenceIntervalType type, double z)
    {
        var n = rows.Count;
        var times = new decimal[n];
        var events = new bool[n];
        for (var i = 0; i < n; i++)
        {
            times[i] = rows[i].TimeDays;
            events[i] = rows[i].EventObserved;
        }

        Array.Sort(times, events);
        var steps = ImmutableArray.CreateBuilder<KaplanMeierStep>();
        var survival = 1.0;
        var greenwoodSum = 0.0;
        var atRisk = n;
        var totalEvents = 0;
        var i0 = 0;
        while (i0 < n)
        {
            var t = times[i0];
            int d = 0, c = 0, j = i0;
            for (; j < n && times[j] == t; j++)
            {
                if (events[j])
                {
                    d++;
                }
                else
                {
                    c++;
                }
            }

            if (d > 0)
            {
                survival *= 1.0 - ((double)d / atRisk);
                greenwoodSum = d == atRisk ? double.PositiveInfinity : greenwoodSum + ((double)d / ((double)atRisk * (atRisk - d)));
                totalEvents += d;
            }

            var (se, lower, upper) = Interval(survival, greenwoodSum, type, z);
            steps.Add(new KaplanMeierStep(t, atRisk, d, c, survival, se, lower, upper));
            atRisk -= d + c;
            i0 = j;
        }

        var built = steps.ToImmutable();
        return new KaplanMeierCurve(group, n, totalEvents, built, Median(built));
    }

    /// <summary>The Greenwood SE and pointwise interval of <paramref name="s"/> given σ² = Σ d/(n(n−d)).</summary>
    internal static (double Se, double Lower, double Upper) Interval(double s, double greenwoodSum, ConfidenceIntervalType type, double z)
    {
        if (s <= 0.0 || double.IsInfinity(greenwoodSum))
        {
            return (0.0, 0.0, 0.0);
        }

        if (greenwoodSum == 0.0)
        {
            return (0.0, s, s);
        }

        var sigma = Math.Sqrt(greenwoodSum);
        var se = s * sigma;
        switch (type)
        {
            case ConfidenceIntervalType.Plain:
                return (se, Math.Max(0.0, s - (z * se)), Math.Min(1.0, s + (z * se)));
            case ConfidenceIntervalType.Log:
                return (se, s * Math.Exp(-z * sigma), Math.Min(1.0, s * Math.Exp(z * sigma)));
            case ConfidenceIntervalType.LogLog:
                var theta = sigma / Math.Abs(Math.Log(s));
                return (se, Math.Pow(s, Math.Exp(z * theta)), Math.Pow(s, Math.Exp(-z * theta)));
            default:
                throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown confidence interval type.");
        }
    }

    /// <summary>R's <c>.Machine$double.eps^0.5</c> (2^-26), the tolerance of survival's <c>minmin</c>.</summary>
    internal const double MedianTolerance = 1.4901161193847656e-08;

    private static SurvivalMedian Median(ImmutableArray<KaplanMeierStep> steps) =>
        new(
            MinMin(steps, s => s.Survival),
            MinMin(steps, s => s.Survival > 0.0 ? s.Lower : double.NaN),
            MinMin(steps, s => s.Survival > 0.0 ? s.Upper : double.NaN));

    /// <summary>
    /// The time where a horizontal line at 0.5 meets the step function <paramref name="y"/>, as R survival's
    /// <c>survmean</c> (function <c>minmin</c>, used by <c>print.survfit</c> and <c>summary(fit)$table</c>) defines it.
    /// </summary>
    /// <remarks>
    /// Keep the steps whose value is below 0.5 + tol (tol = 2^-26, R's <c>.Machine$double.eps^0.5</c>); none: not reached
    /// (<see langword="null"/>). If the first kept value equals 0.5 within tol and a later value is lower, the line meets the
    /// curve along an interval and the answer is its centre, (first time + time of the next drop) / 2; otherwise the first
    /// kept time. NaN values (R's NA, e.g. a confidence band where S = 0) are skipped, as R's <c>!is.na(y)</c> does.
    /// </remarks>
    internal static decimal? MinMin(ImmutableArray<KaplanMeierStep> steps, Func<KaplanMeierStep, double> y)
    {
        for (var i = 0; i < steps.Length; i++)
        {
            var first = y(steps[i]);
            if (double.IsNaN(first) || !(first < 0.5 + MedianTolerance))
            {
                continue;
            }

            if (Math.Abs(first - 0.5) < MedianTolerance)
            {
                for (var j = i + 1; j < steps.Length; j++)
                {
                    var later = y(steps[j]);
                    if (!double.IsNaN(later) && later < first)
                    {
                        return (steps[i].TimeDays + steps[j].TimeDays) / 2m;
                    }
                }
            }

            return steps[i].TimeDays;
        }

        return null;
    }
}
