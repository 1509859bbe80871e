using MscDomain.Analysis;

namespace MscDomain.Tests.Analysis;

/// <summary>
/// Every dataset × measure × method × test of TestData/metafor against metafor 3.8-1 run with
/// control=list(threshold=1e-12, tol=1e-12): relative 1e-8 (absolute 1e-10 near zero).
/// </summary>
public sealed class MetaAnalysisMetaforConformanceTest
{
    private const double Relative = 1e-8;
    private const double Absolute = 1e-10;

    public static TheoryData<string, string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string, string>();
        foreach (var r in MetaforConformanceData.Pooled)
        {
            data.Add(r["dataset"], r["measure"], r["method"], r["test"]);
        }

        return data;
    }

    [Fact]
    public void The_expected_data_covers_every_measure_method_and_test()
    {
        var rows = MetaforConformanceData.Pooled;
        rows.Select(r => r["measure"]).Distinct().Should().BeEquivalentTo(Enum.GetNames<EffectMeasure>());
        rows.Select(r => r["method"]).Distinct().Should().BeEquivalentTo(Enum.GetNames<TauSquaredEstimator>());
        rows.Select(r => r["test"]).Distinct().Should().BeEquivalentTo(["z", "knha"]);
        rows.Should().OnlyContain(r => r["status"] == "ok");
        rows.Select(r => r["k"]).Distinct().Should().Contain(["1", "2"]);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Matches_metafor(string dataset, string measure, string method, string test)
    {
        var expected = MetaforConformanceData.Pooled.Single(r => r["dataset"] == dataset && r["measure"] == measure && r["method"] == method && r["test"] == test);
        MetaAnalysisNames.TryParseMeasure(measure, out var m).Should().BeTrue();
        MetaAnalysisNames.TryParseMethod(method, out var est).Should().BeTrue();
        MetaAnalysisNames.TryParseTest(test, out var t).Should().BeTrue();

        var effects = EffectSizes.Compute(m, MetaforConformanceData.Inputs(dataset));
        effects.HasErrors.Should().BeFalse(string.Join("\n", effects.Issues));
        var fit = MetaAnalysis.Fit(effects, new MetaAnalysisOptions { Method = est, Test = t });

        fit.K.Should().Be(int.Parse(expected["k"], System.Globalization.CultureInfo.InvariantCulture));
        Close(fit.Estimate, expected["estimate"], "estimate");
        Close(fit.StandardError, expected["se"], "se");
        Close(fit.Statistic, expected["stat"], "stat");
        Close(fit.PValue, expected["pval"], "pval");
        Close(fit.CiLower, expected["ci_lb"], "ci_lb");
        Close(fit.CiUpper, expected["ci_ub"], "ci_ub");
        Close(fit.PiLower, expected["pi_lb"], "pi_lb");
        Close(fit.PiUpper, expected["pi_ub"], "pi_ub");
        Close(fit.TauSquared, expected["tau2"], "tau2");
        // I² is in percent: at a boundary maximum metafor's scoring stops at tau² ≈ 1e-13 (not 0), which is 1e-8 % of I².
        Close(fit.ISquared, expected["I2"], "I2", absolute: 1e-7);
        Close(fit.HSquared, expected["H2"], "H2");
        Close(fit.Q, expected["Q"], "Q");
        fit.QDf.ToString(System.Globalization.CultureInfo.InvariantCulture).Should().Be(expected["Q_df"]);
        Close(fit.QPValue, expected["Q_pval"], "Q_pval");

        var studies = MetaforConformanceData.Studies(dataset, measure, method, test).ToList();
        fit.Studies.Select(s => s.Study).Should().Equal(studies.Select(s => s["study"]));
        for (var i = 0; i < studies.Count; i++)
        {
            Close(fit.Studies[i].Yi, studies[i]["yi"], $"yi[{i}]");
            Close(fit.Studies[i].Vi, studies[i]["vi"], $"vi[{i}]");
            Close(fit.Studies[i].WeightPercent, studies[i]["weight"], $"weight[{i}]");
        }
    }

    private static void Close(double actual, string expectedText, string what, double absolute = Absolute)
    {
        var expected = MetaforConformanceData.D(expectedText);
        if (double.IsInfinity(expected))
        {
            actual.Should().Be(expected, what);
            return;
        }

        var tolerance = Math.Max(absolute, Relative * Math.Abs(expected));
        actual.Should().BeApproximately(expected, tolerance, what);
    }
}
