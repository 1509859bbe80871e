using MscDomain.Analysis;

namespace MscDomain.Tests.Analysis;

/// <summary>metafor conventions that differ from textbook forms (evidence-synthesis.md §5), each pinned on hand-made data.</summary>
public sealed class MetaAnalysisConventionsTest
{
    // Nearly homogeneous data: Q(tau²) < k - 1, so the Knapp-Hartung factor s² is below 1.
    private static readonly StudyEffect[] Homogeneous =
    [
        new("a", 0.10, 0.04), new("b", 0.12, 0.05), new("c", 0.11, 0.03), new("d", 0.09, 0.06),
    ];

    [Fact]
    public void Knapp_Hartung_factor_is_not_truncated_at_1()
    {
        var z = MetaAnalysis.Fit(Homogeneous, new MetaAnalysisOptions { Method = TauSquaredEstimator.DL });
        var kh = MetaAnalysis.Fit(Homogeneous, new MetaAnalysisOptions { Method = TauSquaredEstimator.DL, Test = MetaAnalysisTest.KnappHartung });
        z.TauSquared.Should().Be(0);
        var s2 = z.Q / 3; // tau² = 0: Q(tau²) = Q
        s2.Should().BeLessThan(1);
        kh.StandardError.Should().BeApproximately(z.StandardError * Math.Sqrt(s2), 1e-15);
        kh.StandardError.Should().BeLessThan(z.StandardError);
        kh.StatisticDf.Should().Be(3);
        kh.Estimate.Should().Be(z.Estimate);
    }

    [Fact]
    public void Prediction_interval_uses_t_k_minus_1_under_knha_and_z_otherwise()
    {
        StudyEffect[] het = [new("a", -0.5, 0.04), new("b", 0.4, 0.05), new("c", 0.1, 0.03), new("d", 0.9, 0.06), new("e", -0.2, 0.02)];
        var z = MetaAnalysis.Fit(het, new MetaAnalysisOptions { Method = TauSquaredEstimator.DL });
        var half = (z.PiUpper - z.PiLower) / 2;
        half.Should().BeApproximately(1.959963984540054 * Math.Sqrt((z.StandardError * z.StandardError) + z.TauSquared), 1e-12);
        var kh = MetaAnalysis.Fit(het, new MetaAnalysisOptions { Method = TauSquaredEstimator.DL, Test = MetaAnalysisTest.KnappHartung });
        var khHalf = (kh.PiUpper - kh.PiLower) / 2;
        khHalf.Should().BeApproximately(2.7764451051977934 * Math.Sqrt((kh.StandardError * kh.StandardError) + kh.TauSquared), 1e-12); // R: qt(0.975, 4)
    }

    [Fact]
    public void Equal_effects_has_tau2_0_and_the_PI_equals_the_CI_and_H2_is_not_truncated()
    {
        var ee = MetaAnalysis.Fit(Homogeneous, new MetaAnalysisOptions { Method = TauSquaredEstimator.EE });
        ee.TauSquared.Should().Be(0);
        (ee.PiLower, ee.PiUpper).Should().Be((ee.CiLower, ee.CiUpper));
        ee.HSquared.Should().BeLessThan(1);
        ee.ISquared.Should().Be(0);
    }

    [Fact]
    public void k_1_sets_tau2_to_0_and_switches_knha_to_z()
    {
        var fit = MetaAnalysis.Fit([new StudyEffect("only", 0.3, 0.04)], new MetaAnalysisOptions { Test = MetaAnalysisTest.KnappHartung });
        fit.KnappHartungApplied.Should().BeFalse();
        fit.StatisticDf.Should().BeNull();
        (fit.TauSquared, fit.Q, fit.QPValue, fit.ISquared, fit.HSquared).Should().Be((0, 0, 1, 0, 1));
        fit.Estimate.Should().Be(0.3);
        fit.StandardError.Should().BeApproximately(0.2, 1e-15);
        fit.Notes.Should().Contain(n => n.Contains("knha", StringComparison.Ordinal));
    }

    [Fact]
    public void Confidence_level_changes_the_quantile()
    {
        var fit = MetaAnalysis.Fit(Homogeneous, new MetaAnalysisOptions { Method = TauSquaredEstimator.EE, ConfidenceLevel = 0.90m });
        ((fit.CiUpper - fit.Estimate) / fit.StandardError).Should().BeApproximately(1.6448536269514715, 1e-12); // R: qnorm(0.95)
    }

    [Fact]
    public void ML_finds_the_boundary_maximum_where_metafor_default_scoring_fails()
    {
        // All yi equal: the likelihood is maximal at tau² = 0 exactly.
        StudyEffect[] same = [new("a", 0.5, 0.1), new("b", 0.5, 0.2), new("c", 0.5, 0.3)];
        foreach (var m in new[] { TauSquaredEstimator.ML, TauSquaredEstimator.REML, TauSquaredEstimator.PM, TauSquaredEstimator.EB })
        {
            MetaAnalysis.Fit(same, new MetaAnalysisOptions { Method = m }).TauSquared.Should().Be(0, m.ToString());
        }
    }

    [Fact]
    public void Q_always_uses_fixed_weights()
    {
        StudyEffect[] het = [new("a", -0.5, 0.04), new("b", 0.4, 0.05), new("c", 0.1, 0.03)];
        var q = MetaAnalysis.Fit(het, new MetaAnalysisOptions { Method = TauSquaredEstimator.EE }).Q;
        foreach (var m in Enum.GetValues<TauSquaredEstimator>())
        {
            MetaAnalysis.Fit(het, new MetaAnalysisOptions { Method = m }).Q.Should().Be(q);
        }
    }

    [Fact]
    public void Weights_sum_to_100() =>
        MetaAnalysis.Fit(Homogeneous).Studies.Sum(s => s.WeightPercent).Should().BeApproximately(100, 1e-12);

    [Fact]
    public void Options_reject_levels_outside_0_1() =>
        FluentActions.Invoking(() => new MetaAnalysisOptions { ConfidenceLevel = 95m }).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*strictly between 0 and 1*");

    [Fact]
    public void Names_parse_exactly_as_metafor_spells_them_and_reject_others()
    {
        MetaAnalysisNames.TryParseMethod("REML", out var m).Should().BeTrue();
        m.Should().Be(TauSquaredEstimator.REML);
        MetaAnalysisNames.TryParseMethod("reml", out _).Should().BeFalse("R is case-sensitive: rma(method = \"reml\") is an error");
        MetaAnalysisNames.TryParseTest("knha", out var t).Should().BeTrue();
        t.Should().Be(MetaAnalysisTest.KnappHartung);
        MetaAnalysisNames.TryParseMeasure("SMDH", out _).Should().BeFalse();
        MetaAnalysisNames.TryParseTest("t", out _).Should().BeFalse();
    }
}
