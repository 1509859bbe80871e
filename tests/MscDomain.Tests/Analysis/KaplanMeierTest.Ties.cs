using MscDomain.Analysis;

namespace MscDomain.Tests.Analysis;

public sealed partial class KaplanMeierTest
{
    // Hand-computed (exact fractions) example: 7 subjects, times 1, 2, 2, 2+, 3+, 4, 5+.
    // Convention: at a tied time events come first, then censorings (a subject censored at t is at risk at t).
    //   t=1: n=7, d=1      S = 6/7
    //   t=2: n=6, d=2, c=1 S = 6/7 · 4/6 = 4/7;   Greenwood Σ = 1/(7·6) + 2/(6·4) = 3/28; Var = (4/7)²·3/28 = 12/343
    //   t=3: n=3, c=1      S = 4/7 (censor-only row)
    //   t=4: n=2, d=1      S = 4/7 · 1/2 = 2/7;   Σ = 3/28 + 1/2 = 17/28; Var = (2/7)²·17/28 = 17/343
    //   t=5: n=1, c=1      S = 2/7
    private static readonly SurvivalObservation[] TiedRows =
    [
        new("a", "A", 2, true), new("b", "A", 1, true), new("c", "A", 2, false), new("d", "A", 2, true),
        new("e", "A", 3, false), new("f", "A", 4, true), new("g", "A", 5, false),
    ];

    [Fact]
    public void Ties_events_before_censorings_hand_computed()
    {
        var steps = KaplanMeier.Estimate(TiedRows).Curves[0].Steps;
        steps.Select(s => (s.TimeDays, s.AtRisk, s.Events, s.Censored)).Should().Equal(
            (1m, 7, 1, 0), (2m, 6, 2, 1), (3m, 3, 0, 1), (4m, 2, 1, 0), (5m, 1, 0, 1));
        steps.Select(s => s.Survival).Should().Equal(
            [6.0 / 7, 4.0 / 7, 4.0 / 7, 2.0 / 7, 2.0 / 7], (a, b) => Math.Abs(a - b) < 1e-12);
        steps[1].StandardError.Should().BeApproximately(Math.Sqrt(12.0 / 343), 1e-12);
        steps[2].StandardError.Should().BeApproximately(Math.Sqrt(12.0 / 343), 1e-12);
        steps[3].StandardError.Should().BeApproximately(Math.Sqrt(17.0 / 343), 1e-12);
    }

    [Fact]
    public void Median_is_first_event_time_at_or_below_one_half()
    {
        // S(2) = 4/7 > 0.5, S(4) = 2/7 <= 0.5.
        KaplanMeier.Estimate(TiedRows).Curves[0].Median.TimeDays.Should().Be(4m);
    }

    [Fact]
    public void Survival_at_and_number_at_risk_read_the_step_function()
    {
        var curve = KaplanMeier.Estimate(TiedRows).Curves[0];
        curve.SurvivalAt(0m).Should().Be(1.0);
        curve.SurvivalAt(1.99m).Should().BeApproximately(6.0 / 7, 1e-12);
        curve.SurvivalAt(2m).Should().BeApproximately(4.0 / 7, 1e-12);
        curve.NumberAtRisk(0m).Should().Be(7);
        curve.NumberAtRisk(1m).Should().Be(7);
        curve.NumberAtRisk(1.5m).Should().Be(6);
        curve.NumberAtRisk(2m).Should().Be(6);
        curve.NumberAtRisk(2.5m).Should().Be(3);
        curve.NumberAtRisk(5m).Should().Be(1);
        curve.NumberAtRisk(5.01m).Should().Be(0);
    }

    [Fact]
    public void Numbers_at_risk_table_for_Freireich_at_0_10_20_30_weeks()
    {
        // Counted by hand from the data: 6-MP times >= 0,10,20,30: 21, 15, 8, 4 (32, 32, 34, 35); placebo: 21, 8, 2, 0.
        var table = KaplanMeier.Estimate(Freireich.Both).NumbersAtRisk([0m, 10m, 20m, 30m]);
        table.TimesDays.Should().Equal(0m, 10m, 20m, 30m);
        table.Rows.Select(r => r.Group).Should().Equal("6-MP", "placebo");
        table.Rows[0].AtRisk.Should().Equal(21, 15, 8, 4);
        table.Rows[1].AtRisk.Should().Equal(21, 8, 2, 0);
    }

    [Fact]
    public void Numbers_at_risk_times_must_ascend()
    {
        var result = KaplanMeier.Estimate(TiedRows);
        result.Invoking(r => r.NumbersAtRisk([0m, 5m, 5m])).Should().Throw<ArgumentException>().WithMessage("*timesDays[2]*strictly ascending*");
        result.Invoking(r => r.NumbersAtRisk([-1m])).Should().Throw<ArgumentException>().WithMessage("*timesDays[0]*negative*");
        result.Invoking(r => r["B"]).Should().Throw<KeyNotFoundException>().WithMessage("*'B'*A*");
    }
}
