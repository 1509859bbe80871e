using FsCheck.Xunit;
using MscDomain.Analysis;

namespace MscDomain.Tests.Analysis;

public sealed partial class KaplanMeierTest
{
    // Published: R survival, summary(survfit(Surv(time, cens) ~ treat, data = MASS::gehan)) for the 6-MP
    // arm (conf.type = "log", R's default); the same survival and SE appear in Kleinbaum & Klein,
    // Survival Analysis: A Self-Learning Text, ch. 2, and Collett, Modelling Survival Data, §2.
    // Re-checked with an independent hand-written script (plain Python, not this code).
    [Theory]
    [InlineData(6, 21, 3, 0.857, 0.0764, 0.720, 1.000)]
    [InlineData(7, 17, 1, 0.807, 0.0869, 0.653, 0.996)]
    [InlineData(10, 15, 1, 0.753, 0.0963, 0.586, 0.968)]
    [InlineData(13, 12, 1, 0.690, 0.1068, 0.510, 0.935)]
    [InlineData(16, 11, 1, 0.627, 0.1141, 0.439, 0.896)]
    [InlineData(22, 7, 1, 0.538, 0.1282, 0.337, 0.858)]
    [InlineData(23, 6, 1, 0.448, 0.1346, 0.249, 0.807)]
    public void Freireich_6MP_matches_R_survfit_with_log_intervals(int time, int atRisk, int events, double s, double se, double lower, double upper)
    {
        var curve = KaplanMeier.Estimate(Freireich.SixMp, new KaplanMeierOptions { ConfidenceInterval = ConfidenceIntervalType.Log }).Curves.Single();
        var step = curve.Steps.Single(x => x.TimeDays == time);
        step.AtRisk.Should().Be(atRisk);
        step.Events.Should().Be(events);
        step.Survival.Should().BeApproximately(s, 0.0005);
        step.StandardError.Should().BeApproximately(se, 0.00005);
        step.Lower.Should().BeApproximately(lower, 0.0005);
        step.Upper.Should().BeApproximately(upper, 0.0005);
    }

    // Log-log (Kalbfleisch-Prentice) intervals, the default of SAS PROC LIFETEST and Stata sts, for the same
    // 6-MP arm. S(t) is the published estimate above; the limits S^exp(±1.96·σ/|ln S|) were computed by an
    // independent plain-Python script (not this code) from the published S(t) and Greenwood sums.
    [Theory]
    [InlineData(6, 0.8571, 0.6197, 0.9516)]
    [InlineData(7, 0.8067, 0.5631, 0.9228)]
    [InlineData(10, 0.7529, 0.5032, 0.8894)]
    [InlineData(13, 0.6902, 0.4316, 0.8491)]
    [InlineData(16, 0.6275, 0.3675, 0.8049)]
    [InlineData(22, 0.5378, 0.2678, 0.7468)]
    [InlineData(23, 0.4482, 0.1881, 0.6801)]
    public void Freireich_6MP_log_log_intervals_are_the_default(int time, double s, double lower, double upper)
    {
        var step = KaplanMeier.Estimate(Freireich.SixMp).Curves.Single().Steps.Single(x => x.TimeDays == time);
        step.Survival.Should().BeApproximately(s, 0.00005);
        step.Lower.Should().BeApproximately(lower, 0.00005);
        step.Upper.Should().BeApproximately(upper, 0.00005);
    }

    [Fact]
    public void Freireich_medians_match_R_survfit_print()
    {
        // R: print(survfit(...)) -> 6-MP: n 21, events 9, median 23, 0.95LCL 16, 0.95UCL NA;
        //                           control: n 21, events 21, median 8, 0.95LCL 4, 0.95UCL 12.
        var result = KaplanMeier.Estimate(Freireich.Both, new KaplanMeierOptions { ConfidenceInterval = ConfidenceIntervalType.Log });
        result.Curves.Select(c => c.Group).Should().Equal("6-MP", "placebo");
        var sixMp = result["6-MP"];
        sixMp.Subjects.Should().Be(21);
        sixMp.Events.Should().Be(9);
        sixMp.Censored.Should().Be(12);
        sixMp.Median.Should().Be(new SurvivalMedian(23m, 16m, null));
        result["placebo"].Median.Should().Be(new SurvivalMedian(8m, 4m, 12m));
    }

    [Fact]
    public void Median_interval_follows_the_chosen_interval_scale()
    {
        // Log-log lower limits of the 6-MP arm first reach <= 0.5 at week 13 (0.4316, table above).
        KaplanMeier.Estimate(Freireich.SixMp).Curves[0].Median.Should().Be(new SurvivalMedian(23m, 13m, null));
    }

    [Fact]
    public void Median_not_reached_is_null_with_IsReached_false()
    {
        var rows = new[] { new SurvivalObservation("a", "A", 5, true), new SurvivalObservation("b", "A", 9, false), new SurvivalObservation("c", "A", 10, false) };
        var median = KaplanMeier.Estimate(rows).Curves[0].Median;
        median.IsReached.Should().BeFalse();
        median.TimeDays.Should().BeNull();
    }

    [Fact]
    public void Curve_reaching_zero_has_zero_error_and_zero_interval()
    {
        var last = KaplanMeier.Estimate(Freireich.Placebo).Curves[0].Steps[^1];
        last.TimeDays.Should().Be(23m);
        last.Survival.Should().Be(0.0);
        last.StandardError.Should().Be(0.0);
        (last.Lower, last.Upper).Should().Be((0.0, 0.0));
    }

    [Fact]
    public void Plain_interval_is_truncated_to_0_1_like_R()
    {
        // S = 6/7 at t=1 with n=7,d=1: SE = (6/7)·sqrt(1/42) = 0.13226; upper 0.857+1.96·0.132 > 1 -> 1.
        var rows = Enumerable.Range(1, 7).Select(i => new SurvivalObservation($"p{i}", "A", i, true)).ToArray();
        var first = KaplanMeier.Estimate(rows, new KaplanMeierOptions { ConfidenceInterval = ConfidenceIntervalType.Plain }).Curves[0].Steps[0];
        first.StandardError.Should().BeApproximately(6.0 / 7.0 * Math.Sqrt(1.0 / 42.0), 1e-12);
        first.Upper.Should().Be(1.0);
        first.Lower.Should().BeApproximately((6.0 / 7.0) - (1.959963985 * (6.0 / 7.0) * Math.Sqrt(1.0 / 42.0)), 1e-8);
    }

    [Fact]
    public void Confidence_level_changes_the_width()
    {
        var at95 = KaplanMeier.Estimate(Freireich.SixMp).Curves[0].Steps[0];
        var at80 = KaplanMeier.Estimate(Freireich.SixMp, new KaplanMeierOptions { ConfidenceLevel = 0.80m }).Curves[0].Steps[0];
        (at80.Upper - at80.Lower).Should().BeLessThan(at95.Upper - at95.Lower);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1")]
    [InlineData("-0.1")]
    public void Confidence_level_must_be_strictly_between_0_and_1(string level)
    {
        var act = () => new KaplanMeierOptions { ConfidenceLevel = decimal.Parse(level, System.Globalization.CultureInfo.InvariantCulture) };
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("ConfidenceLevel").WithMessage("*strictly between 0 and 1*");
    }
}
