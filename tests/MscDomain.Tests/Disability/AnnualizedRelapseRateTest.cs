using MscDomain.Disability;
using NodaTime;

namespace MscDomain.Tests.Disability;

public sealed class AnnualizedRelapseRateTest
{
    [Fact]
    public void Crude_rate_is_total_relapses_over_total_person_years()
    {
        // 365.25 days = 1 person-year; 730.5 days = 2 person-years. 3 relapses / 3 person-years = 1.0.
        var r = AnnualizedRelapseRate.Compute(
        [
            new AnnualizedRelapseRateParticipant("a", 1, 365.25m),
            new AnnualizedRelapseRateParticipant("b", 2, 730.5m),
        ]);
        r.TotalRelapses.Should().Be(3);
        r.TotalFollowUpDays.Should().Be(1095.75m);
        r.TotalPersonYears.Should().Be(3m);
        r.CohortRate.Should().Be(1m);
        // Subject-level: a = 1.0, b = 1.0 -> mean 1.0.
        r.SubjectLevelMean.Should().Be(1m);
    }

    [Fact]
    public void Subject_level_mean_and_median_differ_from_the_crude_rate_when_follow_up_differs()
    {
        // a: 2 relapses / 0.5 y = 4; b: 0 / 1 y = 0; c: 1 / 2 y = 0.5. Crude = 3 / 3.5 y.
        var r = AnnualizedRelapseRate.Compute(
        [
            new AnnualizedRelapseRateParticipant("a", 2, 182.625m),
            new AnnualizedRelapseRateParticipant("b", 0, 365.25m),
            new AnnualizedRelapseRateParticipant("c", 1, 730.5m),
        ]);
        r.Participants.Select(p => p.Rate).Should().Equal(4m, 0m, 0.5m);
        r.SubjectLevelMean.Should().Be(1.5m);
        r.SubjectLevelMedian.Should().Be(0.5m);
        r.TotalPersonYears.Should().Be(3.5m);
        decimal.Round(r.CohortRate, 10).Should().Be(0.8571428571m);
    }

    [Fact]
    public void Median_of_an_even_count_is_the_mean_of_the_middle_two() =>
        AnnualizedRelapseRate.Compute(
        [
            new AnnualizedRelapseRateParticipant("a", 1, 365.25m),
            new AnnualizedRelapseRateParticipant("b", 2, 365.25m),
        ]).SubjectLevelMedian.Should().Be(1.5m);

    [Fact]
    public void Zero_person_time_is_an_error()
    {
        FluentActions.Invoking(() => new AnnualizedRelapseRateParticipant("a", 0, 0m)).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("followUpDays").WithMessage("*'a'*more than 0 days*");
        FluentActions.Invoking(() => AnnualizedRelapseRate.Compute([])).Should().Throw<ArgumentException>().WithMessage("*zero person-time*");
    }

    [Fact]
    public void Tiny_positive_person_time_is_accepted() =>
        new AnnualizedRelapseRateParticipant("a", 0, 0.01m).Rate.Should().Be(0m);

    [Fact]
    public void Negative_relapses_and_duplicate_ids_are_errors()
    {
        FluentActions.Invoking(() => new AnnualizedRelapseRateParticipant("a", -1, 10m)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("relapseCount");
        FluentActions.Invoking(() => AnnualizedRelapseRate.Compute([new("a", 0, 10m), new("a", 1, 10m)])).Should().Throw<ArgumentException>().WithMessage("*'a'*more than once*");
    }

    [Fact]
    public void From_dates_uses_end_minus_start_days_and_counts_relapses_inclusively()
    {
        var p = AnnualizedRelapseRateParticipant.FromDates("a", new LocalDate(2020, 1, 1), new LocalDate(2024, 1, 1),
            [new LocalDate(2020, 1, 1), new LocalDate(2024, 1, 1)]);
        p.FollowUpDays.Should().Be(1461m);
        p.PersonYears.Should().Be(4m);
        p.RelapseCount.Should().Be(2);
        p.Rate.Should().Be(0.5m);
    }

    [Fact]
    public void From_dates_rejects_a_relapse_outside_follow_up() =>
        FluentActions.Invoking(() => AnnualizedRelapseRateParticipant.FromDates("a", new LocalDate(2020, 1, 1), new LocalDate(2021, 1, 1), [new LocalDate(2021, 1, 2)]))
            .Should().Throw<ArgumentException>().WithMessage("*2021-01-02*outside*");

    [Fact]
    public void From_dates_with_the_same_start_and_end_is_zero_person_time() =>
        FluentActions.Invoking(() => AnnualizedRelapseRateParticipant.FromDates("a", new LocalDate(2020, 1, 1), new LocalDate(2020, 1, 1), []))
            .Should().Throw<ArgumentOutOfRangeException>();
}
