using MscDomain.Disability;
using MscDomain.Outcomes;
using MscDomain.Trials;
using NodaTime;
using MscDomain.Common;

namespace MscDomain.Tests.Disability;

public sealed class TimelineDisabilityDataTest
{
    private static readonly LocalDate D0 = new(2024, 1, 10);

    private static ParticipantTimeline Timeline() =>
        new(
            MscDomainSchemaVersion.Current,
            "P1",
            new ParticipantBaseline(new PartialDate(1970), Sex.Female, D0),
            [],
            [
                new EdssObservation(D0.PlusDays(90), new EdssScore(4.5m), []),
                new EdssObservation(D0, new EdssScore(4.0m), []),
                new MeasureObservation(D0, OutcomeMeasure.NineHolePegTest, 20m, "s", Laterality.Left),
                new MeasureObservation(D0, OutcomeMeasure.NineHolePegTest, 25m, "s", Laterality.Right),
                new MeasureObservation(D0.PlusDays(90), OutcomeMeasure.NineHolePegTest, 30m, "s", Laterality.Left),
                new MeasureObservation(D0, OutcomeMeasure.TimedTwentyFiveFootWalk, 7.5m, "s"),
                new MeasureObservation(D0, OutcomeMeasure.Sdmt, 41m, "{correct}"),
            ],
            [new Relapse(D0.PlusDays(200)), new Relapse(D0.PlusDays(50))],
            [],
            []);

    [Fact]
    public void Edss_visits_come_from_edss_observations_in_date_order()
    {
        var data = Timeline().ToDisabilityData(OutcomeKind.Edss);
        data.ParticipantId.Should().Be("P1");
        data.Visits.Select(v => (v.Date, v.Value)).Should().Equal((D0, 4.0m), (D0.PlusDays(90), 4.5m));
    }

    [Fact]
    public void Relapse_onsets_are_sorted() =>
        Timeline().ToDisabilityData(OutcomeKind.Edss).RelapseOnsets.Should().Equal(D0.PlusDays(50), D0.PlusDays(200));

    [Fact]
    public void Nine_hole_peg_averages_both_hands_and_keeps_a_single_hand() =>
        Timeline().ToDisabilityData(OutcomeKind.Nhpt).Visits.Select(v => (v.Date, v.Value))
            .Should().Equal((D0, 22.5m), (D0.PlusDays(90), 30m));

    [Fact]
    public void Timed_walk_and_sdmt_are_read_from_their_measures()
    {
        Timeline().ToDisabilityData(OutcomeKind.T25fw).Visits.Single().Value.Should().Be(7.5m);
        Timeline().ToDisabilityData(OutcomeKind.Sdmt).Visits.Single().Value.Should().Be(41m);
    }

    [Fact]
    public void A_custom_outcome_cannot_be_read_from_a_timeline()
    {
        var act = () => Timeline().ToDisabilityData(OutcomeKind.Custom);
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("outcome");
    }
}
