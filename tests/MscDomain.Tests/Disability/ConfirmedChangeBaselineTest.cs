using MscDomain.Disability;
using static MscDomain.Tests.Disability.ConfirmedChangeTestHelpers;

namespace MscDomain.Tests.Disability;

/// <summary>Baseline schemes and multiple events (domain notes §7, §10, §11).</summary>
public sealed class ConfirmedChangeBaselineTest
{
    private static readonly decimal[] Staircase = [2.0m, 3.0m, 3.0m, 3.0m, 4.0m, 4.0m, 4.0m];

    [Fact]
    public void Roving_baseline_measures_the_second_worsening_from_the_new_reference()
    {
        var r = Run(Every90(Staircase), new ConfirmedChangeOptions { Events = EventSelection.Multiple, Baseline = BaselineScheme.Roving });
        r.Events.Should().HaveCount(2);
        r.Events[1].Baseline.Value.Should().Be(3.0m);
        Day(r.Events[1].Baseline.Date).Should().Be(180, "the baseline moves to the first confirmation visit");
        r.Events.Select(e => e.Number).Should().Equal(1, 2);
    }

    [Fact]
    public void Fixed_baseline_with_multiple_events_recounts_a_persisting_worsening()
    {
        var r = Run(Every90(Staircase), new ConfirmedChangeOptions { Events = EventSelection.Multiple });
        r.Events.Should().HaveCountGreaterThan(2, "with a fixed reference the worsening is detected again after each confirmation visit");
        r.Events.Should().OnlyContain(e => e.Baseline.Value == 2.0m);
    }

    [Fact]
    public void Improvement_then_worsening_is_found_only_with_a_moving_baseline()
    {
        var visits = Every90(4.5m, 3.5m, 3.5m, 5.0m, 5.0m, 5.0m);
        Run(visits).Events.Should().BeEmpty("5.0 is not 1.0 above the fixed 4.5");
        var r = Run(visits, new ConfirmedChangeOptions { Baseline = BaselineScheme.RovingImprovement });
        var e = r.Events.Should().ContainSingle().Subject;
        e.Baseline.Value.Should().Be(3.5m);
        Day(e.Onset.Date).Should().Be(270);
    }

    [Fact]
    public void First_reports_the_earliest_event_of_any_kind()
    {
        var r = Run(Every90(4.0m, 3.0m, 3.0m, 3.0m), new ConfirmedChangeOptions { Events = EventSelection.First });
        r.Events.Should().ContainSingle().Subject.Kind.Should().Be(ChangeKind.Cdi);
        r.Counts.EventSequence.Should().Be("CDI");
    }

    [Fact]
    public void Counts_and_sequence_follow_msprog_labels()
    {
        var r = Run(Every90(Staircase), new ConfirmedChangeOptions { Events = EventSelection.Multiple, Baseline = BaselineScheme.Roving, ClassifyRawPira = true });
        r.Counts.Should().Be(new ConfirmedChangeCounts(0, 2, 0, 2, 0, "PIRA, PIRA"));
    }

    [Fact]
    public void Sub_threshold_rebaseline_moves_the_reference_on_a_confirmed_half_point()
    {
        var visits = Every90(5.0m, 5.5m, 5.5m, 5.5m, 6.0m, 6.0m, 6.0m);
        Run(visits, new ConfirmedChangeOptions { Baseline = BaselineScheme.Roving }).Events.Should().ContainSingle().Subject.Baseline.Value.Should().Be(5.0m);
        var r = Run(visits, new ConfirmedChangeOptions { Baseline = BaselineScheme.Roving, SubThresholdRebaseline = SubThresholdRebaseline.Change });
        var e = r.Events.Should().ContainSingle().Subject;
        e.Baseline.Value.Should().Be(5.5m);
        Day(e.Onset.Date).Should().Be(360);
    }

    [Fact]
    public void Baseline_never_lower_carries_the_previous_reference()
    {
        // Relapse re-baselining moves the reference to the first visit after the relapse (2.0); bl_geq keeps 3.0.
        var visits = Every90(3.0m, 3.0m, 2.0m, 2.0m, 4.0m, 4.0m, 4.0m);
        var options = new ConfirmedChangeOptions { RelapseRebaseline = true, Events = EventSelection.Multiple, Baseline = BaselineScheme.Fixed };
        var relapses = Relapses(100);
        var plain = Run(visits, options, relapses);
        var geq = Run(visits, options with { BaselineNeverLower = true }, relapses);
        plain.Events.Should().Contain(e => e.Kind == ChangeKind.Cdw && e.Baseline.Value == 2.0m);
        var cdw = geq.Events.Should().ContainSingle(e => e.Kind == ChangeKind.Cdw).Subject;
        cdw.Baseline.Value.Should().Be(3.0m, "the visit at day 180 (2.0) carries the previous reference 3.0");
        Day(cdw.Baseline.Date).Should().Be(180);
    }

    [Fact]
    public void Baseline_never_lower_has_no_effect_without_relapse_rebaselining()
    {
        var visits = Every90(4.0m, 3.0m, 3.0m, 3.0m, 4.0m, 4.0m, 4.0m);
        var options = new ConfirmedChangeOptions { Events = EventSelection.Multiple, Baseline = BaselineScheme.Roving };
        Run(visits, options with { BaselineNeverLower = true }).Events.Should().BeEquivalentTo(Run(visits, options).Events);
    }
}
