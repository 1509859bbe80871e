using MscDomain.Disability;
using NodaTime;

namespace MscDomain.Tests.Disability;

public sealed class NedaCalculatorTest
{
    private static readonly LocalDate Start = new(2020, 1, 1);
    private static readonly LocalDate End = new(2023, 12, 31);

    private static NedaInput Clean(NedaBrainVolumeChange? bvl = null) =>
        new(Start, End, [], [], [new NedaMriScan(new LocalDate(2021, 1, 1), 0, 0)], bvl);

    [Fact]
    public void No_activity_in_any_component_is_NEDA_3()
    {
        var r = NedaCalculator.Evaluate(Clean());
        r.Status.Should().Be(CompositeStatus.Met);
        r.IsNeda.Should().BeTrue();
        r.Components.Select(c => c.Component).Should().Equal(NedaComponent.Relapses, NedaComponent.DisabilityWorsening, NedaComponent.MriActivity);
        r.Evidence.Should().BeEmpty();
    }

    [Fact]
    public void A_relapse_breaks_NEDA_and_is_listed_as_evidence()
    {
        var relapse = new LocalDate(2022, 6, 1);
        var r = NedaCalculator.Evaluate(Clean() with { RelapseDates = [relapse] });
        r.Status.Should().Be(CompositeStatus.NotMet);
        r.Components[0].Status.Should().Be(NedaComponentStatus.Activity);
        r.Evidence.Should().ContainSingle().Which.Should().Be(new NedaEvidence(NedaComponent.Relapses, relapse, "relapse on 2022-06-01"));
    }

    [Fact]
    public void Relapses_on_the_first_and_last_day_count_but_not_outside()
    {
        NedaCalculator.Evaluate(Clean() with { RelapseDates = [Start] }).Status.Should().Be(CompositeStatus.NotMet);
        NedaCalculator.Evaluate(Clean() with { RelapseDates = [End] }).Status.Should().Be(CompositeStatus.NotMet);
        NedaCalculator.Evaluate(Clean() with { RelapseDates = [Start.PlusDays(-1), End.PlusDays(1)] }).Status.Should().Be(CompositeStatus.Met);
    }

    [Fact]
    public void Confirmed_disability_worsening_breaks_NEDA() =>
        NedaCalculator.Evaluate(Clean() with { ConfirmedWorseningDates = [new LocalDate(2021, 5, 5)] })
            .Components[1].Status.Should().Be(NedaComponentStatus.Activity);

    [Fact]
    public void New_T2_and_Gd_lesions_are_each_evidence()
    {
        var scan = new NedaMriScan(new LocalDate(2022, 1, 1), 2, 1);
        var r = NedaCalculator.Evaluate(Clean() with { MriScans = [scan] });
        r.Status.Should().Be(CompositeStatus.NotMet);
        r.Components[2].Evidence.Select(e => e.Detail).Should().Equal(
            "2 new/enlarging T2 lesion(s) on 2022-01-01", "1 Gd+ lesion(s) on 2022-01-01");
    }

    [Fact]
    public void A_scan_on_the_start_date_is_the_baseline_and_does_not_count()
    {
        var r = NedaCalculator.Evaluate(Clean() with { MriScans = [new NedaMriScan(Start, 3, 2)] });
        r.Status.Should().Be(CompositeStatus.Indeterminate);
        r.Components[2].Status.Should().Be(NedaComponentStatus.Indeterminate);
    }

    [Fact]
    public void Missing_scans_are_indeterminate_never_NEDA()
    {
        NedaCalculator.Evaluate(Clean() with { MriScans = null }).Status.Should().Be(CompositeStatus.Indeterminate);
        NedaCalculator.Evaluate(Clean() with { MriScans = [] }).Status.Should().Be(CompositeStatus.Indeterminate);
        NedaCalculator.Evaluate(Clean(), new NedaOptions { MinimumMriScans = 2 }).Status.Should().Be(CompositeStatus.Indeterminate);
    }

    [Fact]
    public void Activity_wins_over_indeterminate() =>
        NedaCalculator.Evaluate(Clean() with { MriScans = null, RelapseDates = [new LocalDate(2021, 1, 1)] }).Status.Should().Be(CompositeStatus.NotMet);

    [Fact]
    public void Unassessed_disability_is_indeterminate() =>
        NedaCalculator.Evaluate(Clean() with { ConfirmedWorseningDates = null }).Components[1].Status.Should().Be(NedaComponentStatus.Indeterminate);

    [Fact]
    public void NEDA_4_holds_at_exactly_0_4_percent_per_year()
    {
        // 1461 days = 4 Julian years; -1.6 % over 4 years = -0.4 %/year.
        var bvl = new NedaBrainVolumeChange(new LocalDate(2020, 1, 1), new LocalDate(2024, 1, 1), -1.6m, "SIENA");
        bvl.Days.Should().Be(1461);
        bvl.AnnualizedPercentChange.Should().Be(-0.4m);
        NedaCalculator.Evaluate(Clean(bvl), new NedaOptions { Variant = NedaVariant.Neda4 }).Status.Should().Be(CompositeStatus.Met);
    }

    [Fact]
    public void NEDA_4_breaks_just_above_0_4_percent_per_year()
    {
        var bvl = new NedaBrainVolumeChange(new LocalDate(2020, 1, 1), new LocalDate(2024, 1, 1), -1.604m);
        var r = NedaCalculator.Evaluate(Clean(bvl), new NedaOptions { Variant = NedaVariant.Neda4 });
        r.Status.Should().Be(CompositeStatus.NotMet);
        r.Components[3].Evidence.Should().ContainSingle().Which.Detail.Should().StartWith("annualised brain volume loss 0.401 %/year");
    }

    [Fact]
    public void NEDA_4_without_a_brain_volume_measurement_is_indeterminate_but_NEDA_3_ignores_it()
    {
        NedaCalculator.Evaluate(Clean(), new NedaOptions { Variant = NedaVariant.Neda4 }).Status.Should().Be(CompositeStatus.Indeterminate);
        var loss = new NedaBrainVolumeChange(Start, End, -5m);
        NedaCalculator.Evaluate(Clean(loss)).Status.Should().Be(CompositeStatus.Met);
    }

    [Fact]
    public void Invalid_inputs_are_rejected()
    {
        FluentActions.Invoking(() => NedaCalculator.Evaluate(Clean() with { PeriodEnd = Start.PlusDays(-1) })).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => new NedaMriScan(Start, -1, 0)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("newOrEnlargingT2Lesions");
        FluentActions.Invoking(() => new NedaBrainVolumeChange(Start, Start, -1m)).Should().Throw<ArgumentException>();
    }
}
