using MscDomain.Disability;
using static MscDomain.Tests.Disability.ConfirmedChangeTestHelpers;

namespace MscDomain.Tests.Disability;

/// <summary>PIRA preceding-visit checkpoints and presets (domain notes §9.1), and exact arithmetic beyond EDSS.</summary>
public sealed class ConfirmedChangePiraTest
{
    // Baseline day 0 (2.0), visits every 90 days, onset day 270 (3.5), confirmed day 360.
    private static readonly List<DisabilityVisit> Course = Every90(2.0m, 2.0m, 2.0m, 3.5m, 3.5m, 3.5m);

    private static WorseningClass Classify(PiraDefinition pira, params int[] relapseDays) =>
        Run(Course, new ConfirmedChangeOptions { ClassifyRawPira = true, Pira = pira, RelapseAssociation = new RelapseWindow(30) }, Relapses(relapseDays))
            .Events.Should().ContainSingle().Subject.Class;

    [Fact]
    public void Muller2025_checks_from_the_last_visit_before_onset()
    {
        // Relapse at day 200: between the last pre-onset visit (180) and onset (270), not RAW (70 days > 30).
        Classify(PiraDefinition.Muller2025, 200).Should().Be(WorseningClass.Undefined);

        // Relapse at day 100: before the last visit (180), outside every Müller 2025 window.
        Classify(PiraDefinition.Muller2025, 100).Should().Be(WorseningClass.Pira);
    }

    [Fact]
    public void High_specificity_definition_forbids_any_relapse_from_reference_to_confirmation()
    {
        Classify(PiraDefinition.Muller2023HighSpecificity, 100).Should().Be(WorseningClass.Undefined);
        Classify(PiraDefinition.Muller2023, 100).Should().Be(WorseningClass.Pira, "Müller 2023 default only looks 90 days before onset");
    }

    [Fact]
    public void Muller2025_confirmation_window_differs_from_the_vignette_variant()
    {
        // Relapse 20 days before the confirmation visit (day 340): allowed by the onset-only variant, not by the paper's definition.
        // relapse_to_conf 30 would also exclude day 360 as confirmation, so use 0 here.
        var options = new ConfirmedChangeOptions { ClassifyRawPira = true, RelapseAssociation = new RelapseWindow(30), RelapseToConfirmation = RelapseWindow.None };
        var onsetOnly = Run(Course, options with { Pira = PiraDefinition.Muller2025OnsetOnly }, Relapses(340)).Events.Should().ContainSingle().Subject;
        var paper = Run(Course, options with { Pira = PiraDefinition.Muller2025 }, Relapses(340)).Events.Should().ContainSingle().Subject;
        onsetOnly.Class.Should().Be(WorseningClass.Pira);
        paper.Class.Should().Be(WorseningClass.Pira, "the next confirmation visit (day 450) is 110 days after the relapse and qualifies");
        Day(paper.Confirmations[0].PiraVisit!.Value.Date).Should().Be(450);
        Day(onsetOnly.Confirmations[0].PiraVisit!.Value.Date).Should().Be(360);
    }

    [Fact]
    public void Exact_arithmetic_handles_mixed_decimal_scales()
    {
        var t25 = new ConfirmedChangeOptions { Outcome = OutcomeKind.T25fw };
        Run(Every90(10.001m, 12.0012m, 12.0012m), t25).Events.Should().ContainSingle("+20% exactly");
        Run(Every90(10.001m, 12.0011m, 12.0011m), t25).Events.Should().BeEmpty("0.0001 s short of +20%");
    }

    [Fact]
    public void Exact_arithmetic_falls_back_to_decimal_for_long_scales()
    {
        var third = new ConfirmedChangeOptions { Outcome = OutcomeKind.Custom, Worsening = WorseningDirection.Increase, CustomDelta = _ => 1m / 3m };
        Run(Every90(1m, 1.3333333333333333333333333333m, 1.3333333333333333333333333333m), third).Events.Should().ContainSingle();
        Run(Every90(1m, 1.3333333333333333333333333332m, 1.3333333333333333333333333332m), third).Events.Should().BeEmpty();
    }

    [Fact]
    public void Exact_arithmetic_handles_negative_and_very_large_custom_values()
    {
        var options = new ConfirmedChangeOptions { Outcome = OutcomeKind.Custom, Worsening = WorseningDirection.Increase, CustomDelta = _ => 1.5m };
        Run(Every90(-2.5m, -1.0m, -1.0m), options).Events.Should().ContainSingle("−1.0 − (−2.5) = 1.5");
        Run(Every90(-2.5m, -1.1m, -1.1m), options).Events.Should().BeEmpty();
        Run(Every90(1e15m, 1e15m + 1.5m, 1e15m + 1.5m), options).Events.Should().ContainSingle("beyond the integer fast path the decimal path is used");
        Run(Every90(1e15m, 1e15m + 1.4m, 1e15m + 1.4m), options).Events.Should().BeEmpty();
    }
}
