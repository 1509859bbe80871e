using MscDomain.Dosing;

namespace MscDomain.Tests.Dosing;

/// <summary>Expected totals are hand computations from products-and-dosing.md §2 and trials.md.</summary>
public sealed class DoseTotalTest
{
    private static readonly WeightKg SeventyKg = new(70m);

    private static AdministrationComponent C(DoseSpecification dose, Route route = Route.Intravenous, string product = "msc") => new(product, route, dose);

    [Fact]
    public void One_to_two_million_per_kg_at_70_kg_is_70_to_140_million()
    {
        var total = PerKgDose.Range(1m, 2m).PlannedTotalFor(SeventyKg)!;
        total.Minimum.Should().Be(new CellCount(70m));
        total.Maximum.Should().Be(new CellCount(140m));
        total.CapApplied.Should().BeFalse();
    }

    [Fact]
    public void Cap_applies_after_multiplying_by_weight()
    {
        var dose = new PerKgDose(new CellsPerKg(2m), new CellsPerKg(2m), CountedEntity.Cells, new CellCount(150m));
        dose.PlannedTotalFor(new WeightKg(80m))!.Maximum.Should().Be(new CellCount(150m), "2 × 80 = 160 > cap 150");
        dose.PlannedTotalFor(new WeightKg(80m))!.CapApplied.Should().BeTrue();
        dose.PlannedTotalFor(new WeightKg(75m))!.Maximum.Should().Be(new CellCount(150m), "2 × 75 = 150 = cap, not above it");
        dose.PlannedTotalFor(new WeightKg(75m))!.CapApplied.Should().BeFalse();
        dose.PlannedTotalFor(new WeightKg(74.5m))!.Maximum.Should().Be(new CellCount(149m));
    }

    [Fact]
    public void Total_is_exact_decimal()
    {
        PerKgDose.Single(1.6m).PlannedTotalFor(new WeightKg(68.3m))!.Minimum.Millions.Should().Be(109.28m);
        (new CellConcentration(12.5m) * new VolumeMl(5.6m)).Millions.Should().Be(70m);
    }

    [Fact]
    public void IT_plus_IV_in_two_cycles_at_1_million_per_kg_is_280_million_at_70_kg()
    {
        var regimen = Regimen.Of(RepeatedAdministration.Every(CalendarInterval.Months(6), 2),
            C(PerKgDose.Single(1m), Route.Intrathecal), C(PerKgDose.Single(1m), Route.Intravenous));
        var total = regimen.PlannedTotalFor(SeventyKg)!;
        total.Minimum.Millions.Should().Be(280m);
        total.Maximum.Millions.Should().Be(280m);
    }

    [Fact]
    public void Up_to_10_million_times_6_is_0_to_60_million()
    {
        var regimen = Regimen.Of(RepeatedAdministration.Every(CalendarInterval.Months(2), 6),
            C(new FixedDose(null, new CellCount(10m), CountedEntity.NeuralProgenitors), Route.Intrathecal));
        var total = regimen.PlannedTotalFor(SeventyKg)!;
        total.Minimum.Millions.Should().Be(0m);
        total.Maximum.Millions.Should().Be(60m);
        total.Entity.Should().Be(CountedEntity.NeuralProgenitors);
    }

    [Fact]
    public void Dose_escalation_1_then_2_million_per_kg_is_210_million_at_70_kg()
    {
        var regimen = new Regimen(
        [
            new RegimenPhase("step 1", [C(PerKgDose.Single(1m))], new SingleAdministration()),
            new RegimenPhase("step 2", [C(PerKgDose.Single(2m))], new SingleAdministration(), CalendarInterval.Months(1)),
        ], []);
        regimen.PlannedTotalFor(SeventyKg)!.Maximum.Millions.Should().Be(210m);
    }

    [Fact]
    public void Count_range_4_to_8_gives_min_and_max_totals()
    {
        var regimen = Regimen.Of(new RepeatedAdministration(4, 8, CalendarInterval.Days(30)), C(FixedDose.Single(100m)));
        var total = regimen.PlannedTotalFor(SeventyKg)!;
        total.Minimum.Millions.Should().Be(400m);
        total.Maximum.Millions.Should().Be(800m);
    }

    [Fact]
    public void Optional_courses_add_to_the_maximum_only_when_asked()
    {
        var regimen = new Regimen([new RegimenPhase("c", [C(FixedDose.Single(100m))], new SingleAdministration())], [],
            new RegimenRepetition(2, CalendarInterval.Months(6)));
        regimen.PlannedTotalFor(SeventyKg)!.Maximum.Millions.Should().Be(100m);
        regimen.PlannedTotalFor(SeventyKg, includeOptionalCourses: true)!.Maximum.Millions.Should().Be(300m);
    }

    [Fact]
    public void Conditioned_medium_volume_is_not_counted()
    {
        var regimen = Regimen.Of(new SingleAdministration(), C(PerKgDose.Single(1m)), C(new VolumeDose(new VolumeMl(10m)), product: "cm"));
        regimen.PlannedTotalFor(SeventyKg)!.Maximum.Millions.Should().Be(70m);
    }

    [Fact]
    public void Not_reported_dose_gives_no_total()
    {
        Regimen.Of(new SingleAdministration(), C(new NotReportedDose())).PlannedTotalFor(SeventyKg).Should().BeNull();
        new PerKgDose(null, null, CountedEntity.Cells, Achieved: new DoseSummary(Mean: 1.6m)).PlannedTotalFor(SeventyKg).Should().BeNull();
    }

    [Fact]
    public void Different_counted_entities_cannot_be_added()
    {
        var regimen = Regimen.Of(new SingleAdministration(), C(FixedDose.Single(1m)), C(FixedDose.Single(1m, CountedEntity.VesicleParticles), product: "ev"));
        var act = () => regimen.PlannedTotalFor(SeventyKg);
        act.Should().Throw<InvalidOperationException>();
    }
}
