using MscDomain.Analysis;
using MscDomain.Disability;
using MscDomain.Plotting;
using NodaTime;

namespace MscDomain.Tests.Plotting;

public sealed class EdssTrajectoryAdapterTest
{
    private static readonly LocalDate D0 = new(2020, 1, 1);

    // EDSS 3.0 at baseline; 4.0 (+1.0, the worsening step for baseline <= 5.5, Kappos 2020 / msprog default)
    // at day 91, still 4.0 at day 182 (>= 12 weeks later: confirmed); a relapse at day 30.
    private static readonly DisabilityVisit[] Visits =
    [
        new(D0, 3.0m), new(D0.PlusDays(91), 4.0m), new(D0.PlusDays(182), 4.0m), new(D0.PlusDays(200), null),
    ];

    [Fact]
    public void Confirmed_worsening_marks_baseline_onset_and_confirmation()
    {
        var result = ConfirmedChangeEngine.Analyze(Visits, [D0.PlusDays(30)]);
        var data = EdssTrajectoryData.FromConfirmedChange("P1", Visits, [D0.PlusDays(30)], result);
        data.Visits.Should().HaveCount(3, "the visit without a value is left out");
        data.BaselineEdss.Should().Be(3.0m);
        data.EventOnset.Should().Be(D0.PlusDays(91));
        data.EventConfirmation.Should().Be(D0.PlusDays(182));
        data.Relapses.Should().Equal(D0.PlusDays(30));
        ImageAssertions.ShouldBePng(EdssTrajectoryPlot.Render(data, PlotImageFormat.Png, 600, 400), 600, 400);

        var row = SurvivalObservation.FromTimeToEvent("P1", "MSC", result);
        row.Should().Be(new SurvivalObservation("P1", "MSC", 91m, true));
    }

    [Fact]
    public void Stable_course_has_no_event_and_is_censored_at_follow_up()
    {
        DisabilityVisit[] stable = [new(D0, 2.0m), new(D0.PlusDays(180), 2.0m), new(D0.PlusDays(360), 2.0m)];
        var result = ConfirmedChangeEngine.Analyze(stable, []);
        var data = EdssTrajectoryData.FromConfirmedChange("P2", stable, [], result);
        data.EventOnset.Should().BeNull();
        data.EventConfirmation.Should().BeNull();
        data.BaselineEdss.Should().Be(2.0m);
        SurvivalObservation.FromTimeToEvent("P2", "Placebo", result).Should().Be(new SurvivalObservation("P2", "Placebo", 360m, false));
    }

    [Fact]
    public void Unanalysed_result_cannot_become_a_survival_row()
    {
        var result = ConfirmedChangeEngine.Analyze([new(D0, 0.5m)], []);
        result.IsAnalysed.Should().BeFalse("EDSS 0.5 is not a valid step");
        FluentActions.Invoking(() => SurvivalObservation.FromTimeToEvent("P3", "A", result))
            .Should().Throw<ArgumentException>().WithParameterName("result").WithMessage("Participant 'P3' was not analysed*");
    }
}
