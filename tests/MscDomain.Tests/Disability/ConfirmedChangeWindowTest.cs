using MscDomain.Disability;
using static MscDomain.Tests.Disability.ConfirmedChangeTestHelpers;

namespace MscDomain.Tests.Disability;

/// <summary>Confirmation windows, intermediate visits, relapse windows at their edges (domain notes §6, §8, §9).</summary>
public sealed class ConfirmedChangeWindowTest
{
    [Theory]
    [InlineData(76, false)]
    [InlineData(77, true)]
    public void Confirmation_window_opens_at_period_minus_lower_tolerance(int gap, bool confirmed)
    {
        // Onset at day 100; the next visit `gap` days later is the only candidate confirmation visit before a fall back.
        var r = Run(Visits((0, 3.0m), (100, 4.0m), (100 + gap, 4.0m), (1000, 3.0m)));
        r.Events.Count.Should().Be(confirmed ? 1 : 0);
        if (confirmed)
        {
            Day(r.Events[0].Confirmations[0].Visit!.Value.Date).Should().Be(100 + gap);
        }
    }

    [Theory]
    [InlineData(814, true)]
    [InlineData(815, false)]
    public void Confirmation_window_closes_at_period_plus_upper_tolerance(int gap, bool onsetAt100)
    {
        // 84 + 730.5 = 814.5 days: 814 is inside, 815 outside.
        var r = Run(Visits((0, 3.0m), (100, 4.0m), (100 + gap, 4.0m)));
        if (onsetAt100)
        {
            Day(r.Events.Should().ContainSingle().Subject.Onset.Date).Should().Be(100);
        }
        else
        {
            r.Events.Should().BeEmpty("the second 4.0 is the last visit and imputation is off");
        }
    }

    [Fact]
    public void Unbounded_tolerance_accepts_any_later_visit()
    {
        var options = new ConfirmedChangeOptions { ConfirmationTolerance = ConfirmationTolerance.OrMore };
        Day(Run(Visits((0, 3.0m), (100, 4.0m), (2100, 4.0m)), options).Events.Should().ContainSingle().Subject.Confirmations[0].Visit!.Value.Date).Should().Be(2100);
    }

    [Fact]
    public void An_intermediate_dip_breaks_confirmation_only_when_intermediate_visits_are_checked()
    {
        var visits = Visits((0, 3.0m), (90, 4.0m), (120, 3.5m), (200, 4.0m), (290, 4.0m));
        Day(Run(visits).Events.Should().ContainSingle().Subject.Onset.Date).Should().Be(200, "day 90 is not confirmed because 3.5 at day 120 is below 3.0 + 1");
        Day(Run(visits, new ConfirmedChangeOptions { CheckIntermediate = false }).Events.Should().ContainSingle().Subject.Onset.Date).Should().Be(90);
    }

    [Fact]
    public void Confirmation_may_be_lower_than_onset_if_still_above_threshold()
    {
        var e = Run(Every90(4.0m, 6.0m, 5.0m, 5.0m)).Events.Should().ContainSingle().Subject;
        e.Confirmations[0].Visit!.Value.Value.Should().Be(5.0m);
        Run(Every90(4.0m, 6.0m, 4.5m, 4.5m)).Events.Should().BeEmpty();
    }

    [Theory]
    [InlineData(29, true)]
    [InlineData(30, false)]
    public void Baseline_moves_when_a_relapse_is_less_than_30_days_before(int daysBefore, bool moved)
    {
        var r = Run(Every90(4.0m, 2.0m, 3.0m, 3.0m, 3.0m), new ConfirmedChangeOptions { Events = EventSelection.First }, Relapses(-daysBefore));
        var first = r.Events.Should().ContainSingle().Subject;
        Day(first.Baseline.Date).Should().Be(moved ? 90 : 0);
        first.Kind.Should().Be(moved ? ChangeKind.Cdw : ChangeKind.Cdi, moved ? "2.0 → 3.0 from the moved baseline" : "4.0 → 2.0 from the first visit");
    }

    [Theory]
    [InlineData(29, 270)]
    [InlineData(30, 180)]
    public void A_visit_less_than_30_days_after_a_relapse_cannot_confirm(int daysAfterRelapse, int expectedConfirmationDay)
    {
        // Onset day 90; visit day 180 would confirm unless a relapse is < 30 days before it.
        var r = Run(Every90(2.0m, 3.5m, 3.5m, 3.5m, 3.5m), relapses: Relapses(180 - daysAfterRelapse));
        Day(r.Events.Should().ContainSingle().Subject.Confirmations[0].Visit!.Value.Date).Should().Be(expectedConfirmationDay);
    }

    [Theory]
    [InlineData(0, WorseningClass.Raw)]
    [InlineData(90, WorseningClass.Raw)]
    [InlineData(91, WorseningClass.Pira)]
    public void Raw_association_is_inclusive_up_to_90_days_after_a_relapse(int daysBeforeOnset, WorseningClass expected)
    {
        var options = new ConfirmedChangeOptions { ClassifyRawPira = true };
        var r = Run(Every90(2.0m, 2.0m, 3.5m, 3.5m, 3.5m, 3.5m), options, Relapses(180 - daysBeforeOnset));
        r.Events.Should().ContainSingle().Subject.Class.Should().Be(expected);
    }

    [Fact]
    public void A_relapse_after_onset_inside_the_pira_window_makes_the_worsening_undefined()
    {
        var r = Run(Every90(2.0m, 2.0m, 3.5m, 3.5m, 3.5m, 3.5m), new ConfirmedChangeOptions { ClassifyRawPira = true }, Relapses(200));
        var e = r.Events.Should().ContainSingle().Subject;
        e.Class.Should().Be(WorseningClass.Undefined);
        e.Confirmations[0].PiraVisit.Should().BeNull();
    }

    [Theory]
    [InlineData(30, WorseningClass.Undefined)]
    [InlineData(31, WorseningClass.Pira)]
    public void Pira_onset_window_edge_is_inclusive(int daysAfterOnset, WorseningClass expected)
    {
        // Müller 2023: no relapse from 90 days before to 30 days after onset; confirmation 180 days later keeps its window clear.
        var visits = Visits((0, 2.0m), (90, 3.5m), (270, 3.5m), (360, 3.5m));
        var r = Run(visits, new ConfirmedChangeOptions { ClassifyRawPira = true }, Relapses(90 + daysAfterOnset));
        r.Events.Should().ContainSingle().Subject.Class.Should().Be(expected);
    }

    [Fact]
    public void Relapse_to_event_excludes_onsets_shortly_after_a_relapse()
    {
        var options = new ConfirmedChangeOptions { RelapseToEvent = new RelapseWindow(30) };
        var r = Run(Every90(2.0m, 2.0m, 3.5m, 3.5m, 3.5m, 3.5m), options, Relapses(170));
        Day(r.Events.Should().ContainSingle().Subject.Onset.Date).Should().Be(270);
    }

    [Fact]
    public void Last_visit_worsening_is_dropped_unless_imputed()
    {
        var visits = Every90(3.0m, 3.0m, 3.0m, 4.5m);
        Run(visits).Events.Should().BeEmpty();
        var e = Run(visits, new ConfirmedChangeOptions { ImputeLastVisit = 1m }).Events.Should().ContainSingle().Subject;
        e.IsImputed.Should().BeTrue();
        e.SustainedDays.Should().Be(0);
        e.SustainedToLastVisit.Should().BeTrue();
        e.Confirmations[0].Visit.Should().BeNull();
        Run(visits, new ConfirmedChangeOptions { ImputeLastVisit = 269m }).Events.Should().BeEmpty("follow-up 270 days exceeds 269");
        Run(visits, new ConfirmedChangeOptions { ImputeLastVisit = 270m }).Events.Should().ContainSingle();
    }

    [Fact]
    public void Sustained_to_end_drops_a_worsening_that_later_reverts()
    {
        var visits = Every90(3.0m, 4.0m, 4.0m, 4.0m, 3.0m, 3.0m);
        Run(visits).Events.Should().ContainSingle().Subject.SustainedToLastVisit.Should().BeFalse();
        Run(visits, new ConfirmedChangeOptions { RequireSustainedDays = ConfirmedChangeOptions.SustainedToEnd }).Events.Should().BeEmpty();
        Run(visits, new ConfirmedChangeOptions { RequireSustainedDays = 270 }).Events.Should().ContainSingle("the fall-back visit is exactly 270 days after onset");
        Run(visits, new ConfirmedChangeOptions { RequireSustainedDays = 271 }).Events.Should().BeEmpty();
    }

    [Fact]
    public void Visits_flagged_as_not_confirming_can_still_be_onsets()
    {
        var visits = new List<DisabilityVisit>
        {
            new(D(0), 3.0m), new(D(90), 4.0m, canConfirm: false), new(D(180), 4.0m, canConfirm: false), new(D(270), 4.0m),
        };
        var e = Run(visits).Events.Should().ContainSingle().Subject;
        Day(e.Onset.Date).Should().Be(90);
        Day(e.Confirmations[0].Visit!.Value.Date).Should().Be(270);
    }
}
