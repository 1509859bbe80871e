using System.Collections.Immutable;

namespace MscDomain.Analysis;

/// <summary>The log-rank test comparing time to first event between two or more groups.</summary>
/// <remarks>
/// Sources: Mantel N. Evaluation of survival data and two new rank order statistics arising in its
/// consideration. <i>Cancer Chemother Rep</i> 1966;50:163–170. Peto R, Peto J. Asymptotically efficient
/// rank invariant test procedures. <i>J R Stat Soc A</i> 1972;135:185–207. Matches R survival's
/// <c>survdiff(Surv(time, event) ~ group)</c>. Ties: all events at a time are one stratum of the
/// hypergeometric variance; censored subjects at that time are still at risk.
/// </remarks>
public static class LogRankTest
{
    /// <summary>Tests equality of the survival curves of the groups in <paramref name="observations"/>.</summary>
    /// <param name="observations">One row per subject with at least two distinct groups.</param>
    /// <returns>Observed/expected per group, the statistic, its degrees of freedom and p-value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="observations"/> or a row is null.</exception>
    /// <exception cref="ArgumentException">The input is empty or has one group only, a row is invalid (named with its rule),
    /// or no event time has more than one subject at risk (the test has no information).</exception>
    public static LogRankResult Compare(IReadOnlyList<SurvivalObservation> observations)
    {
        var groups = SurvivalInput.GroupRows(observations, nameof(observations));
        var k = groups.Count;
        if (k < 2)
        {
            throw new ArgumentException($"All rows are in group '{groups[0].Key}'; the log-rank test needs at least two groups.", nameof(observations));
        }

        var n = observations.Count;
        var times = new decimal[n];
        var keys = new int[n];
        var atRisk = new int[k];
        var pos = 0;
        for (var g = 0; g < k; g++)
        {
            foreach (var row in groups[g].Value)
            {
                times[pos] = row.TimeDays;
                keys[pos] = row.EventObserved ? (g * 2) + 1 : g * 2;
                pos++;
            }

            atRisk[g] = groups[g].Value.Count;
        }

        Array.Sort(times, keys);
        var observed = new int[k];
        var expected = new double[k];
        var variance = new double[k, k];
        var eventsAtTime = new int[k];
        var leavingAtTime = new int[k];
        var total = n;
        var i = 0;
        while (i < n)
        {
            var t = times[i];
            Array.Clear(eventsAtTime);
            Array.Clear(leavingAtTime);
            var d = 0;
            for (; i < n && times[i] == t; i++)
            {
                var g = keys[i] >> 1;
                leavingAtTime[g]++;
                if ((keys[i] & 1) == 1)
                {
                    eventsAtTime[g]++;
                    d++;
                }
            }

            if (d > 0)
            {
                double nt = total;
                var factor = total > 1 ? d * (nt - d) / (nt - 1) : 0.0;
                for (var g = 0; g < k; g++)
                {
                    observed[g] += eventsAtTime[g];
                    var pg = atRisk[g] / nt;
                    expected[g] += d * pg;
                    if (factor > 0)
                    {
                        for (var h = 0; h < k; h++)
                        {
                            var ph = atRisk[h] / nt;
                            variance[g, h] += factor * pg * ((g == h ? 1.0 : 0.0) - ph);
                        }
                    }
                }
            }

            for (var g = 0; g < k; g++)
            {
                atRisk[g] -= leavingAtTime[g];
            }

            total -= leavingAtTime.Sum();
        }

        var u = new double[k - 1];
        for (var g = 0; g < k - 1; g++)
        {
            u[g] = observed[g] - expected[g];
        }

        var (chi, rank) = QuadraticFormGeneralizedInverse(variance, u);
        if (rank == 0)
        {
            throw new ArgumentException(
                "No event time has more than one subject at risk across groups; the log-rank test has no information (variance 0).",
                nameof(observations));
        }

        var rows = groups.Select((g, idx) => new LogRankGroup(g.Key, g.Value.Count, observed[idx], expected[idx])).ToImmutableArray();
        return new LogRankResult(rows, chi, rank, ChiSquareDistribution.UpperTail(chi, rank));
    }

    /// <summary>uᵀV⁻u over the leading (k−1)×(k−1) block by an LDLᵀ factorisation that skips
    /// (near-)zero pivots, as R's survdiff does with its generalized Cholesky inverse; returns the rank.</summary>
    private static (double Value, int Rank) QuadraticFormGeneralizedInverse(double[,] v, double[] u)
    {
        var m = u.Length;
        var l = new double[m, m];
        var dpiv = new double[m];
        var scale = 0.0;
        for (var j = 0; j < m; j++)
        {
            scale = Math.Max(scale, Math.Abs(v[j, j]));
        }

        var tol = scale * 1e-9;
        for (var j = 0; j < m; j++)
        {
            var dj = v[j, j];
            for (var p = 0; p < j; p++)
            {
                dj -= l[j, p] * l[j, p] * dpiv[p];
            }

            if (dj <= tol)
            {
                dpiv[j] = 0.0;
                continue;
            }

            dpiv[j] = dj;
            l[j, j] = 1.0;
            for (var r = j + 1; r < m; r++)
            {
                var s = v[r, j];
                for (var p = 0; p < j; p++)
                {
                    s -= l[r, p] * l[j, p] * dpiv[p];
                }

                l[r, j] = s / dj;
            }
        }

        var y = new double[m];
        var value = 0.0;
        var rank = 0;
        for (var j = 0; j < m; j++)
        {
            var s = u[j];
            for (var p = 0; p < j; p++)
            {
                s -= l[j, p] * y[p];
            }

            y[j] = s;
            if (dpiv[j] > 0)
            {
                value += s * s / dpiv[j];
                rank++;
            }
        }

        return (value, rank);
    }
}
