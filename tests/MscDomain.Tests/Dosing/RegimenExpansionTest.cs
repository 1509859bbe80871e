using MscDomain.Dosing;
using NodaTime;

namespace MscDomain.Tests.Dosing;

public sealed class RegimenExpansionTest
{
    private static AdministrationComponent Cells(DoseSpecification dose, Route route = Route.Intravenous) => new("msc", route, dose);

    private static LocalDate D(int y, int m, int d) => new(y, m, d);

    [Fact]
    public void Every_2_months_times_6_gives_six_dates_two_months_apart_Harris_2024()
    {
        var dates = Regimen.Of(RepeatedAdministration.Every(CalendarInterval.Months(2), 6), Cells(new NotReportedDose(), Route.Intrathecal))
            .ExpandPlannedDates(D(2018, 9, 21));
        dates.Select(d => d.Earliest).Should().Equal(D(2018, 9, 21), D(2018, 11, 21), D(2019, 1, 21), D(2019, 3, 21), D(2019, 5, 21), D(2019, 7, 21));
        dates.Should().OnlyContain(d => d.IsExact && !d.IsOptional);
        dates.Select(d => d.Number).Should().Equal(1, 2, 3, 4, 5, 6);
    }

    [Fact]
    public void Monthly_from_31_January_adds_months_from_the_start_not_cumulatively()
    {
        var dates = RepeatedAdministration.Every(CalendarInterval.Months(1), 3).Expand(D(2024, 1, 31));
        dates.Select(d => d.Earliest).Should().Equal(D(2024, 1, 31), D(2024, 2, 29), D(2024, 3, 31));
    }

    [Fact]
    public void Daily_times_7_gives_consecutive_days()
    {
        RepeatedAdministration.Daily(7).Expand(D(2024, 3, 1)).Select(d => d.Earliest)
            .Should().Equal(Enumerable.Range(1, 7).Select(i => D(2024, 3, i)));
    }

    [Fact]
    public void Two_infusions_one_week_apart()
    {
        RepeatedAdministration.Every(CalendarInterval.Weeks(1), 2).Expand(D(2024, 3, 1)).Select(d => d.Earliest)
            .Should().Equal(D(2024, 3, 1), D(2024, 3, 8));
    }

    [Fact]
    public void Every_30_days_times_4_to_8_marks_5_to_8_optional()
    {
        var dates = new RepeatedAdministration(4, 8, CalendarInterval.Days(30)).Expand(D(2024, 1, 1));
        dates.Should().HaveCount(8);
        dates.Take(4).Should().OnlyContain(d => !d.IsOptional);
        dates.Skip(4).Should().OnlyContain(d => d.IsOptional);
        dates[4].Earliest.Should().Be(D(2024, 4, 30), "1 January + 120 days");
    }

    [Fact]
    public void Interval_range_6_to_12_months_gives_windows()
    {
        var dates = new RepeatedAdministration(1, 3, CalendarInterval.Months(6), CalendarInterval.Months(12)).Expand(D(2024, 1, 15));
        dates[1].Earliest.Should().Be(D(2024, 7, 15));
        dates[1].Latest.Should().Be(D(2025, 1, 15));
        dates[2].Earliest.Should().Be(D(2025, 1, 15));
        dates[2].Latest.Should().Be(D(2026, 1, 15));
        dates[1].IsOptional.Should().BeTrue("up to 3: only the first is required");
    }

    [Fact]
    public void Three_doses_within_16_weeks_Cohen_2023()
    {
        var dates = new WithinWindowSchedule(3, CalendarInterval.Weeks(16)).Expand(D(2019, 4, 1));
        dates[0].IsExact.Should().BeTrue();
        dates[1].Earliest.Should().Be(D(2019, 4, 1));
        dates[2].Latest.Should().Be(D(2019, 7, 22), "1 April + 112 days");
    }

    [Fact]
    public void Cells_then_conditioned_medium_are_sequential_phases()
    {
        var regimen = new Regimen(
        [
            new RegimenPhase("cells", [Cells(PerKgDose.Single(1m))], new SingleAdministration()),
            new RegimenPhase("conditioned medium", [new AdministrationComponent("cm", Route.Intravenous, new VolumeDose(new VolumeMl(10m)))],
                RepeatedAdministration.Every(CalendarInterval.Weeks(1), 2), CalendarInterval.Weeks(1)),
        ], []);
        var dates = regimen.ExpandPlannedDates(D(2024, 1, 1));
        dates.Select(d => (d.Earliest, d.PhaseIndex)).Should().Equal((D(2024, 1, 1), 0), (D(2024, 1, 8), 1), (D(2024, 1, 15), 1));
    }

    [Fact]
    public void Up_to_two_further_courses_every_6_to_12_months_are_optional_windows()
    {
        var regimen = new Regimen([new RegimenPhase("course", [Cells(PerKgDose.Single(1m))], new SingleAdministration())], [],
            new RegimenRepetition(2, CalendarInterval.Months(6), CalendarInterval.Months(12)));
        var dates = regimen.ExpandPlannedDates(D(2024, 1, 1));
        dates.Should().HaveCount(3);
        dates[0].IsOptional.Should().BeFalse();
        dates[1].Should().Be(new PlannedAdministrationDate(2, D(2024, 7, 1), D(2025, 1, 1), true));
        dates[2].Should().Be(new PlannedAdministrationDate(3, D(2025, 1, 1), D(2026, 1, 1), true));
    }

    [Fact]
    public void Later_phase_without_start_gap_is_rejected()
    {
        var phase = new RegimenPhase("x", [Cells(PerKgDose.Single(1m))], new SingleAdministration());
        var act = () => new Regimen([phase, phase], []);
        act.Should().Throw<ArgumentException>().WithMessage("*Phases[1].StartAfterPrevious*");
        var first = () => new Regimen([phase with { }, new RegimenPhase("y", [Cells(PerKgDose.Single(1m))], new SingleAdministration(), CalendarInterval.Days(1))], []);
        first.Should().NotThrow();
    }
}
