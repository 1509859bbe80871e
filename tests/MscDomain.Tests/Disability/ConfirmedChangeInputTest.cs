using MscDomain.Common;
using MscDomain.Disability;
using NodaTime;
using static MscDomain.Tests.Disability.ConfirmedChangeTestHelpers;

namespace MscDomain.Tests.Disability;

/// <summary>Input hygiene (domain notes §13): sorted, same-day duplicates keep last, missing dropped, invalid values reported.</summary>
public sealed class ConfirmedChangeInputTest
{
    [Fact]
    public void Same_day_duplicates_keep_the_last_row_and_are_reported()
    {
        var visits = Visits((0, 3.0m), (90, 3.0m), (90, 4.5m), (180, 4.5m), (270, 4.5m));
        var r = Run(visits);
        var e = r.Events.Should().ContainSingle().Subject;
        e.Onset.Should().Be(new VisitPoint(D(90), 4.5m));
        r.VisitsAnalysed.Should().Be(4);
        r.Issues.Should().ContainSingle(i => i.Severity == DataIssueSeverity.Note && i.Field == "Date" && i.VisitIndex == 1);
    }

    [Fact]
    public void Unsorted_visits_are_sorted_before_analysis()
    {
        var visits = Visits((270, 5.0m), (0, 3.0m), (180, 4.0m), (90, 4.0m), (360, 5.0m));
        var e = Run(visits).Events.Should().ContainSingle().Subject;
        Day(e.Onset.Date).Should().Be(90);
        Day(e.Confirmations[0].Visit!.Value.Date).Should().Be(180);
    }

    [Fact]
    public void Missing_values_are_dropped_and_reported()
    {
        var visits = new List<DisabilityVisit> { new(D(0), 3.0m), new(D(45), null), new(D(90), 4.0m), new(D(180), 4.0m) };
        var r = Run(visits);
        r.Events.Should().ContainSingle();
        r.Issues.Should().ContainSingle(i => i.VisitIndex == 1 && i.Message.Contains("no value"));
        r.IsAnalysed.Should().BeTrue();
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(3.2)]
    [InlineData(10.5)]
    [InlineData(-1)]
    public void Invalid_edss_is_an_error_under_strict_validation(double value)
    {
        var r = Run(Visits((0, 3.0m), (90, (decimal)value), (180, 4.0m)));
        r.IsAnalysed.Should().BeFalse();
        r.Events.Should().BeEmpty();
        r.Issues.Should().ContainSingle(i => i.Severity == DataIssueSeverity.Error && i.VisitIndex == 1 && i.Field == "Value")
            .Which.Message.Should().Contain(((decimal)value).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Range_only_validation_accepts_half_a_point_as_msprog_does()
    {
        var r = Run(Every90(0m, 0.5m, 1.5m, 1.5m), new ConfirmedChangeOptions { EdssValidation = EdssValidation.RangeOnly });
        r.IsAnalysed.Should().BeTrue();
        r.Events.Should().ContainSingle();
    }

    [Fact]
    public void Fewer_than_two_visits_give_no_event_and_zero_follow_up()
    {
        var r = Run(Visits((0, 3.0m)));
        r.Events.Should().BeEmpty();
        r.FollowUpDays.Should().Be(0);
        Run([]).FollowUpDays.Should().Be(0);
    }

    [Fact]
    public void Event_free_participants_are_censored_at_total_follow_up()
    {
        var r = Run(Every90(3.0m, 3.0m, 3.5m, 3.0m));
        r.IsEventFree.Should().BeTrue();
        r.TimeToFirstEventOrCensoringDays.Should().Be(270);
    }

    [Fact]
    public void Day_numbers_map_to_the_fixed_epoch_and_back()
    {
        DayNumbers.FromDayNumber(0).Should().Be(new LocalDate(2000, 1, 1));
        DayNumbers.FromDayNumber(-1).Should().Be(new LocalDate(1999, 12, 31));
        DayNumbers.ToDayNumber(new LocalDate(2000, 3, 1)).Should().Be(60);
        DayNumbers.ToDayNumber(DayNumbers.FromDayNumber(-12345)).Should().Be(-12345);
    }

    [Fact]
    public void Options_validation_names_the_option_and_the_rule()
    {
        var act = () => Run(Every90(3m, 4m, 4m), new ConfirmedChangeOptions { ConfirmationDays = [168, 84] });
        act.Should().Throw<ArgumentException>().WithMessage("*ascending*168, 84*");
        var prob = () => Run(Every90(3m, 4m), new ConfirmedChangeOptions { ImputeLastVisit = 0.5m });
        prob.Should().Throw<ArgumentException>().WithMessage("*ImputationRandom*");
        var custom = () => Run(Every90(3m, 4m), new ConfirmedChangeOptions { Outcome = OutcomeKind.Custom });
        custom.Should().Throw<ArgumentException>().WithMessage("*Worsening*");
    }

    [Fact]
    public void Relapse_window_and_tolerance_reject_negative_days()
    {
        var w = () => new RelapseWindow(-1);
        w.Should().Throw<ArgumentOutOfRangeException>();
        var t = () => new ConfirmationTolerance(0, -1);
        t.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*upper*");
    }
}
