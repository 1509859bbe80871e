using MscDomain.Analysis;

namespace MscDomain.Tests.Analysis;

/// <summary>
/// The BCG vaccine trials (Colditz et al. 1994, <i>JAMA</i> 271:698; metafor's <c>dat.bcg</c>), the worked example of
/// Viechtbauer 2010 (<i>J Stat Softw</i> 36(3)). Counts typed from the publication's table (tpos, tneg, cpos, cneg).
/// Expected values: REML and DL from Viechtbauer 2010 / shared/domain/evidence-synthesis.md §6; EE and DL for RR, OR
/// and RD from Stata <c>metan</c> (as printed in metafor's test_misc_metan_vs_rma.uni_with_dat.bcg.r); the other
/// estimators as metafor 3.8-1 prints them (<c>rma(yi, vi, data = dat, method = ...)</c>), to 4 significant digits.
/// </summary>
public sealed class MetaAnalysisBcgTest
{
    private static readonly (string Trial, int Tpos, int Tneg, int Cpos, int Cneg)[] Bcg =
    [
        ("Aronson 1948", 4, 119, 11, 128),
        ("Ferguson & Simes 1949", 6, 300, 29, 274),
        ("Rosenthal et al 1960", 3, 228, 11, 209),
        ("Hart & Sutherland 1977", 62, 13536, 248, 12619),
        ("Frimodt-Moller et al 1973", 33, 5036, 47, 5761),
        ("Stein & Aronson 1953", 180, 1361, 372, 1079),
        ("Vandiviere et al 1973", 8, 2537, 10, 619),
        ("TPT Madras 1980", 505, 87886, 499, 87892),
        ("Coetzee & Berjak 1968", 29, 7470, 45, 7232),
        ("Rosenthal et al 1961", 17, 1699, 65, 1600),
        ("Comstock et al 1974", 186, 50448, 141, 27197),
        ("Comstock & Webster 1969", 5, 2493, 3, 2338),
        ("Comstock et al 1976", 27, 16886, 29, 17825),
    ];

    private static EffectSizeSet Effects(EffectMeasure measure) =>
        EffectSizes.Compute(measure, Bcg.Select(t => new MetaStudyInput(t.Trial) { Ai = t.Tpos, Bi = t.Tneg, Ci = t.Cpos, Di = t.Cneg }).ToList());

    private static MetaAnalysisResult Fit(EffectMeasure measure, TauSquaredEstimator method, MetaAnalysisTest test = MetaAnalysisTest.Z) =>
        MetaAnalysis.Fit(Effects(measure), new MetaAnalysisOptions { Method = method, Test = test });

    [Fact]
    public void Study_1_effect_size_and_Cochran_Q()
    {
        var e = Effects(EffectMeasure.RR);
        e.Studies[0].Yi.Should().BeApproximately(-0.8893113, 5e-8);
        e.Studies[0].Vi.Should().BeApproximately(0.3255848, 5e-8);
        var fit = Fit(EffectMeasure.RR, TauSquaredEstimator.REML);
        fit.Q.Should().BeApproximately(152.233, 0.0005);
        fit.QDf.Should().Be(12);
        fit.QPValue.Should().BeApproximately(1.997e-26, 0.0005e-26);
        fit.TypicalWithinStudyVariance!.Value.Should().BeApproximately(0.0264212, 5e-8);
    }

    [Theory]
    // method, test, tau2, estimate, se, stat, p, ci, pi, I2, H2 (Viechtbauer 2010; evidence-synthesis.md §6)
    [InlineData("REML", "z", 0.313243, -0.714532, 0.179782, -3.97445, 7.054e-5, -1.06690, -0.362167, -1.86669, 0.437628, 92.2214, 12.8558)]
    [InlineData("REML", "knha", 0.313243, -0.714532, 0.180792, -3.95224, 0.001920, -1.10844, -0.320621, -1.99602, 0.566952, 92.2214, 12.8558)]
    [InlineData("DL", "z", 0.308760, -0.714117, 0.178742, -3.99524, 6.463e-5, -1.06445, -0.363789, -1.85815, 0.429919, 92.1173, 12.6861)]
    [InlineData("DL", "knha", 0.308760, -0.714117, 0.180697, -3.95202, 0.001921, -1.10782, -0.320413, -1.98721, 0.558973, 92.1173, 12.6861)]
    public void RR_REML_and_DL_match_the_published_example(string method, string test, double tau2, double mu, double se, double stat, double p,
        double ciLb, double ciUb, double piLb, double piUb, double i2, double h2)
    {
        MetaAnalysisNames.TryParseMethod(method, out var m).Should().BeTrue();
        MetaAnalysisNames.TryParseTest(test, out var t).Should().BeTrue();
        var fit = Fit(EffectMeasure.RR, m, t);
        Sig(fit.TauSquared, tau2);
        Sig(fit.Estimate, mu);
        Sig(fit.StandardError, se);
        Sig(fit.Statistic, stat);
        Sig(fit.PValue, p);
        Sig(fit.CiLower, ciLb);
        Sig(fit.CiUpper, ciUb);
        Sig(fit.PiLower, piLb);
        Sig(fit.PiUpper, piUb);
        Sig(fit.ISquared, i2);
        Sig(fit.HSquared, h2);
    }

    [Fact]
    public void RR_REML_back_transformed_and_weights_match_the_published_example()
    {
        var fit = Fit(EffectMeasure.RR, TauSquaredEstimator.REML);
        Sig(fit.BackTransform(fit.Estimate), 0.4894);
        Sig(fit.BackTransform(fit.CiLower), 0.3441);
        Sig(fit.BackTransform(fit.CiUpper), 0.6962);
        Sig(fit.BackTransform(fit.PiLower), 0.1546);
        Sig(fit.BackTransform(fit.PiUpper), 1.5490);
        double[] weights = [5.0595, 6.3647, 4.4360, 9.6987, 8.8685, 10.0957, 6.0272, 10.1894, 8.7431, 8.3676, 9.9250, 3.8216, 8.4029];
        for (var i = 0; i < weights.Length; i++)
        {
            Sig(fit.Studies[i].WeightPercent, weights[i]);
        }
    }

    [Theory]
    // Stata metan (fixedi / randomi), as in metafor's tests: estimate, ci, z, Q or tau2/I2, exp(estimate)
    [InlineData("RR", "FE", -0.4303, -0.5097, -0.3509, -10.6247, 152.2330, double.NaN, double.NaN)]
    [InlineData("RR", "EE", -0.4303, -0.5097, -0.3509, -10.6247, 152.2330, double.NaN, double.NaN)]
    [InlineData("RR", "DL", -0.7141, -1.0644, -0.3638, -3.9952, double.NaN, 0.3088, 92.1173)]
    [InlineData("OR", "FE", -0.4361, -0.5190, -0.3533, -10.3190, 163.1649, double.NaN, double.NaN)]
    [InlineData("OR", "DL", -0.7474, -1.1242, -0.3706, -3.8873, double.NaN, 0.3663, 92.6455)]
    [InlineData("RD", "FE", -0.0009, -0.0014, -0.0005, -4.0448, 276.4737, double.NaN, double.NaN)]
    [InlineData("RD", "DL", -0.0071, -0.0101, -0.0040, -4.5128, double.NaN, 0.0000, 95.6596)]
    public void RR_OR_RD_equal_effects_and_DL_match_Stata_metan(string measure, string method, double mu, double lb, double ub, double z, double q, double tau2, double i2)
    {
        MetaAnalysisNames.TryParseMeasure(measure, out var ms).Should().BeTrue();
        MetaAnalysisNames.TryParseMethod(method, out var m).Should().BeTrue();
        var fit = Fit(ms, m);
        fit.Estimate.Should().BeApproximately(mu, 5e-5);
        fit.CiLower.Should().BeApproximately(lb, 5e-5);
        fit.CiUpper.Should().BeApproximately(ub, 5e-5);
        fit.Statistic.Should().BeApproximately(z, 5e-5);
        if (!double.IsNaN(q))
        {
            fit.Q.Should().BeApproximately(q, 5e-5);
            fit.TauSquared.Should().Be(0);
            (fit.PiLower, fit.PiUpper).Should().Be((fit.CiLower, fit.CiUpper), "an equal-effects prediction interval is the CI");
        }
        else
        {
            fit.TauSquared.Should().BeApproximately(tau2, 5e-5);
            fit.ISquared.Should().BeApproximately(i2, 5e-5);
        }
    }

    [Theory]
    // metafor 3.8-1, rma(yi, vi, data = escalc("RR", ai=tpos, bi=tneg, ci=cpos, di=cneg, data=dat.bcg), method = m):
    // tau2, estimate, se, ci.lb, ci.ub, pi.lb, pi.ub, I2, H2 (4 significant digits)
    [InlineData("ML", 0.2800, -0.7112, 0.1719, -1.048, -0.3743, -1.802, 0.3793, 91.38, 11.60)]
    [InlineData("PM", 0.3181, -0.7150, 0.1809, -1.070, -0.3604, -1.876, 0.4459, 92.33, 13.04)]
    [InlineData("EB", 0.3181, -0.7150, 0.1809, -1.070, -0.3604, -1.876, 0.4459, 92.33, 13.04)]
    [InlineData("HE", 0.3286, -0.7159, 0.1833, -1.075, -0.3567, -1.895, 0.4636, 92.56, 13.44)]
    [InlineData("HS", 0.2284, -0.7045, 0.1587, -1.015, -0.3936, -1.691, 0.2823, 89.63, 9.643)]
    [InlineData("SJ", 0.3455, -0.7172, 0.1871, -1.084, -0.3506, -1.926, 0.4918, 92.90, 14.08)]
    public void RR_other_estimators_match_metafor_to_4_significant_digits(string method, double tau2, double mu, double se,
        double ciLb, double ciUb, double piLb, double piUb, double i2, double h2)
    {
        MetaAnalysisNames.TryParseMethod(method, out var m).Should().BeTrue();
        var fit = Fit(EffectMeasure.RR, m);
        Sig(fit.TauSquared, tau2);
        Sig(fit.Estimate, mu);
        Sig(fit.StandardError, se);
        Sig(fit.CiLower, ciLb);
        Sig(fit.CiUpper, ciUb);
        Sig(fit.PiLower, piLb);
        Sig(fit.PiUpper, piUb);
        Sig(fit.ISquared, i2);
        Sig(fit.HSquared, h2);
    }

    /// <summary>Agreement to the number of significant digits the expected value is printed with (at least 4): half a unit in its last place.</summary>
    private static void Sig(double actual, double expected)
    {
        var magnitude = Math.Floor(Math.Log10(Math.Abs(expected)));
        var halfUnit = 0.5 * Math.Pow(10, magnitude - 3);
        actual.Should().BeApproximately(expected, halfUnit * 1.0000001);
    }
}
