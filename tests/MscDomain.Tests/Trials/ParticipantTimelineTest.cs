using MscDomain.Dosing;
using MscDomain.Outcomes;
using MscDomain.Serialization;
using MscDomain.Trials;
using NodaTime;
using MscDomain.Common;

namespace MscDomain.Tests.Trials;

public sealed class ParticipantTimelineTest
{
    private static readonly ParticipantBaseline Baseline = new(new PartialDate(1975), Sex.Female, new LocalDate(2019, 3, 13));

    private static ParticipantTimeline With(
        Administration[]? administrations = null, Observation[]? observations = null, Relapse[]? relapses = null, LabMeasurement[]? labs = null) =>
        new(MscDomainSchemaVersion.Current, "P", Baseline, [.. administrations ?? []], [.. observations ?? []], [.. relapses ?? []], [.. labs ?? []], []);

    [Fact]
    public void Entry_on_the_first_possible_birth_day_is_accepted_one_day_earlier_is_not()
    {
        With(relapses: [new Relapse(new LocalDate(1975, 1, 1))]).Relapses.Should().HaveCount(1);
        var act = () => With(relapses: [new Relapse(new LocalDate(1974, 12, 31))]);
        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*Relapses[0]*before birth*");
    }

    [Fact]
    public void Observation_and_lab_before_birth_are_rejected()
    {
        FluentActions.Invoking(() => With(observations: [new MeasureObservation(new LocalDate(1970, 1, 1), OutcomeMeasure.Sdmt, 50m, "{correct}")]))
            .Should().Throw<ArgumentOutOfRangeException>().WithMessage("*Observations[0]*");
        FluentActions.Invoking(() => With(labs: [new LabMeasurement("ALT", 1m, "U/L", new LocalDate(1970, 1, 1))]))
            .Should().Throw<ArgumentOutOfRangeException>().WithMessage("*LabMeasurements[0]*");
    }

    [Fact]
    public void Dose_before_enrolment_is_rejected_on_enrolment_day_accepted()
    {
        Administration Dose(LocalDate d) => new(d, AdministrationStatus.Completed, [new GivenComponent("msc", Route.Intravenous)]);
        With([Dose(new LocalDate(2019, 3, 13))]).FirstDoseDate.Should().Be(new LocalDate(2019, 3, 13));
        FluentActions.Invoking(() => With([Dose(new LocalDate(2019, 3, 12))])).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*before enrolment*");
    }

    [Fact]
    public void Pre_enrolment_assessments_are_allowed_Connick_2012_pre_treatment_period() =>
        With(observations: [new EdssObservation(new LocalDate(2017, 7, 1), new EdssScore(6.0m), [])]).Observations.Should().HaveCount(1);

    [Fact]
    public void Sorted_orders_by_date_and_keeps_same_day_order()
    {
        var a = new MeasureObservation(new LocalDate(2020, 1, 1), OutcomeMeasure.Sdmt, 50m, "{correct}");
        var b = new MeasureObservation(new LocalDate(2019, 6, 1), OutcomeMeasure.Sdmt, 51m, "{correct}");
        var c = new MeasureObservation(new LocalDate(2020, 1, 1), OutcomeMeasure.Sdmt, 52m, "{correct}");
        var t = With(observations: [a, b, c]);
        t.IsSorted.Should().BeFalse();
        var sorted = t.Sorted();
        sorted.IsSorted.Should().BeTrue();
        sorted.Observations.Should().Equal(b, a, c);
    }

    [Fact]
    public void Baseline_dates_are_consistent()
    {
        FluentActions.Invoking(() => new ParticipantBaseline(new PartialDate(1975), Sex.Male, new LocalDate(1974, 1, 1))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("EnrolmentDate");
        FluentActions.Invoking(() => new ParticipantBaseline(new PartialDate(1975), Sex.Male, new LocalDate(2019, 1, 1), new LocalDate(2019, 1, 2)))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("ConsentDate");
        new ParticipantBaseline(new PartialDate(1975), Sex.Male, new LocalDate(2019, 1, 1), new LocalDate(2019, 1, 1)).ConsentDate.Should().Be(new LocalDate(2019, 1, 1));
    }

    [Fact]
    public void Age_with_year_only_birth_is_a_range() =>
        Baseline.AgeYearsOn(new LocalDate(2019, 3, 13)).Should().Be((43, 44));

    [Fact]
    public void Adverse_event_before_birth_is_rejected()
    {
        var act = () => new ParticipantTimeline(1, "P", Baseline, [], [], [], [], [new MscDomain.AdverseEvents.AdverseEvent("ae", "fever", onsetDate: new LocalDate(1970, 1, 1))]);
        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*AdverseEvents[0]*");
    }

    [Fact]
    public void Duplicate_participants_in_a_cohort_are_rejected()
    {
        var t = SampleDocuments.Timeline();
        FluentActions.Invoking(() => new CohortDocument(1, "c", [t, t])).Should().Throw<ArgumentException>().WithMessage("*P-001*");
    }
}
