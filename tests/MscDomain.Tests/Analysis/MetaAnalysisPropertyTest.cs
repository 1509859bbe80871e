using FsCheck.Xunit;
using MscDomain.Analysis;

namespace MscDomain.Tests.Analysis;

/// <summary>Invariants of every fit on arbitrary data, and the optimality of ML/REML checked against the likelihood written out here.</summary>
public sealed class MetaAnalysisPropertyTest
{
    private static StudyEffect[] Studies(byte[] ys, byte[] vs)
    {
        var k = Math.Min(ys.Length, vs.Length);
        return Enumerable.Range(0, k).Select(i => new StudyEffect($"s{i}", (ys[i] - 128) / 40.0, 0.01 + (vs[i] / 200.0))).ToArray();
    }

    [Property]
    public bool Weights_sum_to_100_tau2_is_non_negative_I2_is_a_percentage_and_the_CI_holds_the_estimate(byte[] ys, byte[] vs, byte method, bool knha)
    {
        var studies = Studies(ys, vs);
        if (studies.Length == 0)
        {
            return true;
        }

        var m = Enum.GetValues<TauSquaredEstimator>()[method % 10];
        var fit = MetaAnalysis.Fit(studies, new MetaAnalysisOptions { Method = m, Test = knha ? MetaAnalysisTest.KnappHartung : MetaAnalysisTest.Z });
        return Math.Abs(fit.Studies.Sum(s => s.WeightPercent) - 100) < 1e-9
            && fit.TauSquared >= 0 && fit.ISquared is >= 0 and <= 100 && fit.HSquared >= 0
            && fit.CiLower <= fit.Estimate && fit.Estimate <= fit.CiUpper
            && fit.PiLower <= fit.CiLower + 1e-12 && fit.PiUpper >= fit.CiUpper - 1e-12
            && fit.PValue is >= 0 and <= 1 && fit.QPValue is >= 0 and <= 1;
    }

    [Property]
    public bool ML_and_REML_are_the_global_maximum_on_a_grid(byte[] ys, byte[] vs, bool restricted)
    {
        var studies = Studies(ys, vs);
        if (studies.Length < 2)
        {
            return true;
        }

        var fit = MetaAnalysis.Fit(studies, new MetaAnalysisOptions { Method = restricted ? TauSquaredEstimator.REML : TauSquaredEstimator.ML });
        var best = LogLikelihood(studies, fit.TauSquared, restricted);
        var spread = studies.Max(s => s.Yi) - studies.Min(s => s.Yi);
        for (var j = 0; j <= 200; j++)
        {
            var t = (spread * spread) * j / 100.0; // 0 to 2·range²
            if (LogLikelihood(studies, t, restricted) > best + 1e-9)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>−½[Σ ln(v+t) + Σ (y−μ̂)²/(v+t)] (− ½ ln Σ 1/(v+t) for REML), Viechtbauer 2005 eq. 8 and 9 up to constants.</summary>
    private static double LogLikelihood(StudyEffect[] s, double t, bool restricted)
    {
        var w = s.Select(x => 1 / (x.Vi + t)).ToArray();
        var mu = s.Select((x, i) => w[i] * x.Yi).Sum() / w.Sum();
        var ll = -0.5 * s.Select((x, i) => Math.Log(x.Vi + t) + (w[i] * (x.Yi - mu) * (x.Yi - mu))).Sum();
        return restricted ? ll - (0.5 * Math.Log(w.Sum())) : ll;
    }
}
