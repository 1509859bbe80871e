using MscDomain.Dosing;
using MscDomain.Outcomes;

namespace MscDomain.Tests.Dosing;

/// <summary>Boundary tests for the validating value types: at the bound and just either side.</summary>
public sealed class ValueBoundaryTest
{
    [Fact]
    public void Counts_doses_concentrations_and_volumes_accept_zero_and_reject_negative()
    {
        new CellCount(0m).Millions.Should().Be(0m);
        new CellsPerKg(0m).MillionsPerKg.Should().Be(0m);
        new CellConcentration(0m).MillionsPerMl.Should().Be(0m);
        new VolumeMl(0m).Millilitres.Should().Be(0m);
        FluentActions.Invoking(() => new CellCount(-0.000001m)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("millions").WithMessage("*>= 0*");
        FluentActions.Invoking(() => new CellsPerKg(-0.000001m)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("millionsPerKg");
        FluentActions.Invoking(() => new CellConcentration(-1m)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("millionsPerMl");
        FluentActions.Invoking(() => new VolumeMl(-1m)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("millilitres");
    }

    [Theory]
    [InlineData("0", false)]
    [InlineData("0.0001", true)]
    [InlineData("500", true)]
    [InlineData("500.0001", false)]
    [InlineData("-70", false)]
    public void Weight_is_positive_and_at_most_500_kg(string kg, bool ok)
    {
        var act = () => new WeightKg(decimal.Parse(kg, System.Globalization.CultureInfo.InvariantCulture));
        if (ok)
        {
            act.Should().NotThrow();
        }
        else
        {
            act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("kilograms");
        }
    }

    [Theory]
    [InlineData("0", true)]
    [InlineData("100", true)]
    [InlineData("-0.01", false)]
    [InlineData("100.01", false)]
    public void Percentage_is_0_to_100_inclusive(string value, bool ok)
    {
        var act = () => new Percentage(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture));
        if (ok)
        {
            act.Should().NotThrow();
        }
        else
        {
            act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("value");
        }
    }

    [Theory]
    [InlineData(FunctionalSystem.Visual, 6, true)]
    [InlineData(FunctionalSystem.Visual, 7, false)]
    [InlineData(FunctionalSystem.Brainstem, 5, true)]
    [InlineData(FunctionalSystem.Brainstem, 6, false)]
    [InlineData(FunctionalSystem.Cerebral, 5, true)]
    [InlineData(FunctionalSystem.Cerebral, 6, false)]
    [InlineData(FunctionalSystem.BowelBladder, 6, true)]
    [InlineData(FunctionalSystem.Pyramidal, 0, true)]
    [InlineData(FunctionalSystem.Pyramidal, -1, false)]
    public void Functional_system_grades_follow_Kurtzke_ranges(FunctionalSystem system, int grade, bool ok)
    {
        var act = () => new FunctionalSystemScore(system, grade);
        if (ok)
        {
            act.Should().NotThrow();
        }
        else
        {
            act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("grade");
        }
    }

    [Fact]
    public void Calendar_interval_accepts_zero_rejects_negative()
    {
        CalendarInterval.Days(0).Amount.Should().Be(0);
        FluentActions.Invoking(() => CalendarInterval.Days(-1)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("amount");
    }

    [Fact]
    public void Dose_ranges_need_ordered_bounds()
    {
        PerKgDose.Range(2m, 2m).TargetMaximum.Should().Be(new CellsPerKg(2m));
        FluentActions.Invoking(() => PerKgDose.Range(2m, 1.99m)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("TargetMaximum");
        FluentActions.Invoking(() => new PerKgDose(new CellsPerKg(1m), null, CountedEntity.Cells)).Should().Throw<ArgumentException>().WithParameterName("TargetMaximum");
        FluentActions.Invoking(() => new PerKgDose(null, null, CountedEntity.Cells)).Should().Throw<ArgumentException>().WithMessage("*NotReportedDose*");
        FluentActions.Invoking(() => PerKgDose.Single(1m, CountedEntity.ConditionedMediumVolume)).Should().Throw<ArgumentException>().WithParameterName("Entity");
        FluentActions.Invoking(() => new FixedDose(new CellCount(5m), new CellCount(4m), CountedEntity.Cells)).Should().Throw<ArgumentOutOfRangeException>();
        new FixedDose(null, new CellCount(10m), CountedEntity.Cells).IsUpTo.Should().BeTrue();
    }

    [Fact]
    public void Dose_summary_checks_range_and_sign()
    {
        new DoseSummary(Minimum: 1.1m, Maximum: 1.1m).Maximum.Should().Be(1.1m);
        FluentActions.Invoking(() => new DoseSummary(Minimum: 1.1m, Maximum: 1.0m)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("Maximum");
        FluentActions.Invoking(() => new DoseSummary(Mean: -0.1m)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("Mean");
        FluentActions.Invoking(() => new DoseSummary(StandardDeviation: -0.1m)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("StandardDeviation");
    }

    [Fact]
    public void Repeated_schedule_checks_counts_and_intervals()
    {
        FluentActions.Invoking(() => new RepeatedAdministration(0, 1, CalendarInterval.Days(1))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("MinimumCount");
        new RepeatedAdministration(1, 1, CalendarInterval.Days(1)).MaximumCount.Should().Be(1);
        FluentActions.Invoking(() => new RepeatedAdministration(3, 2, CalendarInterval.Days(1))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("MaximumCount");
        FluentActions.Invoking(() => new RepeatedAdministration(1, 2, CalendarInterval.Days(0))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("IntervalMinimum");
        FluentActions.Invoking(() => new RepeatedAdministration(1, 2, CalendarInterval.Months(6), CalendarInterval.Weeks(30))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("IntervalMaximum");
        FluentActions.Invoking(() => new RepeatedAdministration(1, 2, CalendarInterval.Months(6), CalendarInterval.Months(5))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("IntervalMaximum");
        new RepeatedAdministration(1, 2, CalendarInterval.Months(6), CalendarInterval.Months(6)).IntervalMaximum.Should().Be(CalendarInterval.Months(6));
        FluentActions.Invoking(() => new WithinWindowSchedule(0, CalendarInterval.Weeks(16))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("Count");
    }

    [Fact]
    public void Suspension_concentration_range_is_ordered()
    {
        new Suspension(ConcentrationMinimum: new CellConcentration(10m), ConcentrationMaximum: new CellConcentration(10m)).ConcentrationMaximum.Should().Be(new CellConcentration(10m));
        FluentActions.Invoking(() => new Suspension(ConcentrationMinimum: new CellConcentration(15m), ConcentrationMaximum: new CellConcentration(10m)))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("ConcentrationMaximum");
    }

    [Fact]
    public void Route_codes_match_the_domain_reference()
    {
        RouteCodes.For(Route.Intravenous).Should().Be(new RouteCoding(Route.Intravenous, "47625008", "20045000", "INTRAVENOUS", false));
        RouteCodes.For(Route.Intrathecal).Should().Be(new RouteCoding(Route.Intrathecal, "72607000", "20042000", "INTRATHECAL", false));
        RouteCodes.For(Route.IntraArterial).SnomedCtCode.Should().Be("58100008");
        RouteCodes.For(Route.Intramuscular).EdqmRecalledOnly.Should().BeTrue();
        RouteCodes.For(Route.Subcutaneous).SnomedCtCode.Should().Be("34206005");
    }

    [Fact]
    public void Administration_states_follow_the_rules()
    {
        var given = new GivenComponent("msc", Route.Intravenous, new CellCount(70m));
        var d = new NodaTime.LocalDate(2020, 1, 1);
        FluentActions.Invoking(() => new Administration(d, AdministrationStatus.Completed, [])).Should().Throw<ArgumentException>().WithParameterName("Components");
        FluentActions.Invoking(() => new Administration(d, AdministrationStatus.AllocatedNotDosed, [])).Should().Throw<ArgumentException>().WithParameterName("Reason");
        FluentActions.Invoking(() => new Administration(d, AdministrationStatus.NotGiven, [given], Reason: "x")).Should().Throw<ArgumentException>().WithParameterName("Components");
        new Administration(d, AdministrationStatus.AllocatedNotDosed, [], Reason: "karyotype abnormal", FailedReleaseTest: MscDomain.Cells.ReleaseTestKind.Karyotype).WasDosed.Should().BeFalse();
        new Administration(d, AdministrationStatus.Partial, [given], Reason: "infusion stopped").WasDosed.Should().BeTrue();
    }
}
