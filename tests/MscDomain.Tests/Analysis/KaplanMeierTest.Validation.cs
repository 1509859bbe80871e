using FsCheck.Xunit;
using MscDomain.Analysis;

namespace MscDomain.Tests.Analysis;

public sealed partial class KaplanMeierTest
{
    [Fact]
    public void Negative_time_names_the_row_and_rule()
    {
        SurvivalObservation[] rows = [new("a", "A", 1, true), new("b", "A", -2, false)];
        var act = () => KaplanMeier.Estimate(rows);
        act.Should().Throw<ArgumentException>().WithParameterName("observations").WithMessage("observations[1] (id 'b')*-2*negative*≥ 0*");
    }

    [Fact]
    public void Empty_group_name_is_rejected()
    {
        SurvivalObservation[] rows = [new("a", " ", 1, true)];
        FluentActions.Invoking(() => KaplanMeier.Estimate(rows)).Should().Throw<ArgumentException>().WithMessage("observations[0] (id 'a')*group is empty*");
    }

    [Fact]
    public void Empty_id_is_rejected()
    {
        SurvivalObservation[] rows = [new("", "A", 1, true)];
        FluentActions.Invoking(() => KaplanMeier.Estimate(rows)).Should().Throw<ArgumentException>().WithMessage("observations[0]*id is empty*");
    }

    [Fact]
    public void No_rows_is_rejected()
    {
        FluentActions.Invoking(() => KaplanMeier.Estimate([])).Should().Throw<ArgumentException>().WithMessage("*no observations*");
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void Non_finite_double_time_is_rejected(double time)
    {
        FluentActions.Invoking(() => SurvivalObservation.FromDouble("p1", "A", time, true))
            .Should().Throw<ArgumentException>().WithParameterName("timeDays").WithMessage("*'p1'*finite number of days*");
    }

    [Fact]
    public void Double_time_converts_exactly_for_typical_values() =>
        SurvivalObservation.FromDouble("p1", "A", 12.5, true).TimeDays.Should().Be(12.5m);

    [Property]
    public bool Survival_is_non_increasing_within_0_1_and_inside_its_interval(byte[] times, bool[] events, bool[] arm, byte scale)
    {
        var n = Math.Min(times.Length, Math.Min(events.Length, arm.Length));
        if (n == 0)
        {
            return true;
        }

        var rows = Enumerable.Range(0, n).Select(i => new SurvivalObservation($"p{i}", arm[i] ? "A" : "B", times[i] % 40, events[i])).ToArray();
        var type = (ConfidenceIntervalType)(scale % 3);
        var result = KaplanMeier.Estimate(rows, new KaplanMeierOptions { ConfidenceInterval = type });
        foreach (var curve in result.Curves)
        {
            var previous = 1.0;
            foreach (var s in curve.Steps)
            {
                if (s.Survival > previous + 1e-15 || s.Survival < 0 || s.Survival > 1 ||
                    s.Lower > s.Survival + 1e-12 || s.Upper < s.Survival - 1e-12 || s.Lower < 0 || s.Upper > 1)
                {
                    return false;
                }

                previous = s.Survival;
            }

            if (curve.Steps.Sum(s => s.Events + s.Censored) != curve.Subjects)
            {
                return false;
            }
        }

        return true;
    }

    [Property]
    public bool Number_at_risk_counts_follow_up_at_or_after_t(byte[] times, byte probe)
    {
        if (times.Length == 0)
        {
            return true;
        }

        var rows = times.Select((t, i) => new SurvivalObservation($"p{i}", "A", t, i % 2 == 0)).ToArray();
        var curve = KaplanMeier.Estimate(rows).Curves[0];
        return curve.NumberAtRisk(probe) == times.Count(t => t >= probe);
    }
}
