using MscDomain.AdverseEvents;
using MscDomain.Disability;
using MscDomain.Safety;
using MscDomain.Tests.Cli;
using NodaTime;

namespace MscDomain.Tests.Ingest;

/// <summary>Issue 8 point 6: option values are checked against their outcome in the core's options records.</summary>
public sealed class OptionRangeTest
{
    [Theory]
    [InlineData(-5.0, true)]
    [InlineData(0.0, true)]
    [InlineData(0.5, true)]
    [InlineData(1.0, false)]
    [InlineData(6.0, false)]
    [InlineData(10.0, false)]
    [InlineData(10.5, true)]
    [InlineData(6.25, true)]
    public void An_EDSS_milestone_is_an_EDSS_step_above_0(double milestone, bool rejected)
    {
        var act = () => new MilestoneOptions { Milestone = (decimal)milestone }.Validate();
        if (rejected)
        {
            act.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("Milestone");
        }
        else
        {
            act.Should().NotThrow();
        }
    }

    [Theory]
    [InlineData(OutcomeKind.Sdmt, 109.0, false)]
    [InlineData(OutcomeKind.Sdmt, 110.0, true)]
    [InlineData(OutcomeKind.Sdmt, -1.0, true)]
    [InlineData(OutcomeKind.T25fw, 0.0, true)]
    [InlineData(OutcomeKind.T25fw, 0.1, false)]
    public void Milestones_of_other_outcomes_are_on_their_scale(OutcomeKind outcome, double milestone, bool rejected)
    {
        var act = () => new MilestoneOptions { Outcome = outcome, Milestone = (decimal)milestone }.Validate();
        if (rejected)
        {
            act.Should().Throw<ArgumentOutOfRangeException>();
        }
        else
        {
            act.Should().NotThrow();
        }
    }

    [Fact]
    public void Milestone_minus_5_on_the_command_line_is_a_usage_error_not_everyone_reached_at_day_0()
    {
        using var cli = new CliRunner();
        var v = cli.WriteFile("visits.csv", "id,date,EDSS\nP1,2020-01-01,2.0\nP1,2020-07-01,3.0\n");
        var r = cli.Run("milestone", "--visits", v, "--milestone", "-5", "--results", cli.PathOf("m.csv"));
        r.Code.Should().Be(2, r.Stderr);
        r.Stderr.Should().Contain("EDSS step above 0");
        File.Exists(cli.PathOf("m.csv")).Should().BeFalse();
    }

    [Theory]
    [InlineData(3_652_058, false)]
    [InlineData(3_652_059, true)]
    public void Confirmation_periods_are_bounded_by_the_calendar(int days, bool rejected)
    {
        var act = () => new ConfirmedChangeOptions { ConfirmationDays = [days] }.Validate();
        if (rejected)
        {
            act.Should().Throw<ArgumentOutOfRangeException>();
        }
        else
        {
            act.Should().NotThrow();
        }
    }

    [Fact]
    public void A_bad_msprog_value_names_argument_value_and_rule_and_the_command_line_names_its_own_option()
    {
        var e = FluentActions.Invoking(() => ConfirmedChangeOptions.FromMsprogArguments(new Dictionary<string, string> { ["conf_days"] = "12w" }))
            .Should().Throw<MsprogArgumentException>().Which;
        (e.Argument, e.Value).Should().Be(("conf_days", "12w"));
        using var cli = new CliRunner();
        var v = cli.WriteFile("visits.csv", "id,date,EDSS\nP1,2020-01-01,2.0\n");
        var r = cli.Run("progression", "--visits", v, "--conf-days", "12w");
        r.Code.Should().Be(2);
        r.Stderr.Should().Contain("option --conf-days: '12w' is invalid: expected " + e.Expected + ".");
    }

    [Fact]
    public void Negative_windows_are_rejected_by_their_value_types() =>
        FluentActions.Invoking(() => new RelapseWindow(-1)).Should().Throw<ArgumentOutOfRangeException>();

    [Theory]
    [InlineData(12, 16, false)]
    [InlineData(12, 17, true)]
    [InlineData(12, 31, true)]
    public void Adverse_event_dates_keep_every_reporting_clock_in_the_calendar(int month, int day, bool rejected)
    {
        // 9999-12-31 minus the 15-day clock = 9999-12-16 (Python: date(9999,12,31) - timedelta(15)).
        var date = new LocalDate(9999, month, day);
        var act = () => new AdverseEvent("AE-1", "headache", onsetDate: date, sponsorAwareDate: date);
        if (rejected)
        {
            act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*9999-12-16*");
        }
        else
        {
            act.Should().NotThrow();
            var ae = act();
            AdverseEventClassifier.Classify(ae).Should().NotBeNull();
        }
    }

    [Fact]
    public void The_adverse_event_date_limit_follows_the_longest_reporting_clock() =>
        AdverseEvent.LongestReportingClockDays.Should().Be(ReportingDeadlines.OtherDays);

    [Fact]
    public void Classify_ae_with_a_date_near_9999_12_31_is_an_input_error_not_a_crash()
    {
        using var cli = new CliRunner();
        var input = cli.WriteFile("events.json", """
            { "schemaVersion": 1, "events": [ { "id": "AE-1", "verbatimTerm": "pulmonary embolism", "onsetDate": "9999-12-20",
              "severity": { "grade": 4, "version": "v5.0" }, "seriousnessCriteria": "life-threatening",
              "investigatorCausality": { "category": "possible" }, "expectedness": "unexpected-by-type", "sponsorAwareDate": "9999-12-28" } ] }
            """);
        var r = cli.Run("classify-ae", "--input", input);
        r.Code.Should().Be(1, r.Stderr);
        r.Stderr.Should().Contain("9999-12-16").And.NotContain("Unhandled");
    }
}
