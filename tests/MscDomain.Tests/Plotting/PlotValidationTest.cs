using MscDomain.Plotting;
using NodaTime;

namespace MscDomain.Tests.Plotting;

public sealed class PlotValidationTest
{
    private static readonly LocalDate D = PlotFixtures.Start;

    private static Action Edss(EdssTrajectoryData data) => () => EdssTrajectoryPlot.Render(data, PlotImageFormat.Png, 400, 300);

    private static Action Swim(params SwimmerLane[] lanes) => () => AdverseEventSwimmerPlot.Render(lanes, PlotImageFormat.Png, 400, 300);

    [Fact]
    public void Trajectory_without_visits_is_rejected() =>
        Edss(new EdssTrajectoryData("P9", [])).Should().Throw<ArgumentException>().WithMessage("*'P9' has no EDSS visits*");

    [Fact]
    public void Trajectory_visit_dates_must_ascend() =>
        Edss(new EdssTrajectoryData("P9", [(D, 2m), (D, 2.5m)])).Should().Throw<ArgumentException>().WithMessage("Visits[1] date 2021-03-01 is not after*strictly ascending*");

    [Theory]
    [InlineData("0.5")]
    [InlineData("10.5")]
    [InlineData("3.25")]
    public void Trajectory_rejects_invalid_edss_steps(string edss) =>
        Edss(new EdssTrajectoryData("P9", [(D, decimal.Parse(edss, System.Globalization.CultureInfo.InvariantCulture))]))
            .Should().Throw<ArgumentException>().WithMessage("Visits[0] (2021-03-01) has EDSS*steps of 0.5*");

    [Fact]
    public void Trajectory_rejects_invalid_baseline() =>
        Edss(new EdssTrajectoryData("P9", [(D, 2m)]) { BaselineEdss = 0.5m }).Should().Throw<ArgumentException>().WithMessage("BaselineEdss 0.5*");

    [Fact]
    public void Trajectory_rejects_empty_route() =>
        Edss(new EdssTrajectoryData("P9", [(D, 2m)]) { Administrations = [(D, " ")] }).Should().Throw<ArgumentException>().WithMessage("Administrations[0]*empty route*");

    [Fact]
    public void Trajectory_with_one_visit_and_nothing_else_renders() =>
        ImageAssertions.ShouldBePng(EdssTrajectoryPlot.Render(new EdssTrajectoryData("P9", [(D, 0m)]), PlotImageFormat.Png, 400, 300), 400, 300);

    [Fact]
    public void Swimmer_without_lanes_is_rejected() =>
        Swim().Should().Throw<ArgumentException>().WithMessage("*at least one lane*");

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public void Swimmer_grades_are_1_to_5(int grade) =>
        Swim(new SwimmerLane("P1", 10, [new(1, 2, grade)])).Should().Throw<ArgumentException>().WithMessage($"lanes[0] ('P1').AdverseEvents[0] has grade {grade}; CTCAE grades are 1 to 5.*");

    [Fact]
    public void Swimmer_event_cannot_end_before_it_starts() =>
        Swim(new SwimmerLane("P1", 10, [new(5, 4, 2)])).Should().Throw<ArgumentException>().WithMessage("*ends on day 4 before it starts on day 5*");

    [Fact]
    public void Swimmer_follow_up_cannot_be_negative() =>
        Swim(new SwimmerLane("P1", -1, [])).Should().Throw<ArgumentException>().WithMessage("lanes[0] ('P1') follow-up -1 days is negative*");

    [Fact]
    public void Swimmer_overlapping_events_go_to_separate_sub_rows()
    {
        var plot = AdverseEventSwimmerPlot.Build([new SwimmerLane("P1", 100, [new(0, 50, 1), new(10, 20, 2), new(60, 70, 3)])], AdverseEventSwimmerPlotOptions.Default);
        var bars = plot.GetPlottables<ScottPlot.Plottables.Rectangle>().Skip(1).ToList(); // first is the follow-up track
        bars.Should().HaveCount(3);
        static bool Overlap(ScottPlot.Plottables.Rectangle a, ScottPlot.Plottables.Rectangle b) =>
            a.X1 < b.X2 && b.X1 < a.X2 && a.Y1 < b.Y2 && b.Y1 < a.Y2;
        Overlap(bars[0], bars[1]).Should().BeFalse();
        Overlap(bars[0], bars[2]).Should().BeFalse();
        bars[2].Y2.Should().Be(bars[0].Y2, "the day-60 event reuses the first sub-row after the day-0 event ended");
    }
}
