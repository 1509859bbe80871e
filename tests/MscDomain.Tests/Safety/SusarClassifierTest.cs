using NodaTime;
using MscDomain.AdverseEvents;
using MscDomain.Safety;

namespace MscDomain.Tests.Safety;

public sealed class SusarClassifierTest
{
    private static readonly LocalDate Day0 = new(2025, 1, 28);

    private static AdverseEvent Ae(
        SeriousnessCriteria criteria = SeriousnessCriteria.Hospitalisation,
        Expectedness? expectedness = Expectedness.UnexpectedByType,
        CausalityCategory? investigator = CausalityCategory.Possible,
        CausalityCategory? sponsor = CausalityCategory.Possible,
        LocalDate? aware = null,
        LocalDate? upgrade = null,
        AdverseEventOutcome? outcome = null) =>
        new("AE", "event", seriousnessCriteria: criteria, expectedness: expectedness,
            investigatorCausality: investigator is { } i ? new CausalityAssessment(i) : null,
            sponsorCausality: sponsor is { } s ? new CausalityAssessment(s) : null,
            sponsorAwareDate: aware ?? Day0, sponsorAwareOfUpgradeDate: upgrade, outcome: outcome);

    // Truth table: SUSAR = serious AND unexpected AND (investigator related OR sponsor related).
    [Theory]
    [InlineData(true, true, true, true, true)]
    [InlineData(true, true, true, false, true)] // sponsor cannot downgrade
    [InlineData(true, true, false, true, true)] // sponsor may upgrade
    [InlineData(true, true, false, false, false)]
    [InlineData(true, false, true, true, false)]
    [InlineData(false, true, true, true, false)]
    [InlineData(false, false, false, false, false)]
    public void Susar_truth_table(bool serious, bool unexpected, bool invRelated, bool spoRelated, bool susar)
    {
        var r = SusarClassifier.Classify(Ae(
            serious ? SeriousnessCriteria.Hospitalisation : SeriousnessCriteria.None,
            unexpected ? Expectedness.UnexpectedBySeverity : Expectedness.Expected,
            invRelated ? CausalityCategory.Probable : CausalityCategory.Unlikely,
            spoRelated ? CausalityCategory.Related : CausalityCategory.NotRelated));
        r.IsSusar.Should().Be(susar);
        r.Clocks.Should().HaveCount(susar ? 1 : 0);
    }

    [Fact]
    public void Sponsor_downgrade_is_reported_and_does_not_prevent_a_susar()
    {
        var r = SusarClassifier.Classify(Ae(investigator: CausalityCategory.Possible, sponsor: CausalityCategory.NotRelated));
        r.IsSusar.Should().BeTrue();
        r.Reasons.Should().Contain(s => s.Contains("cannot downgrade"));
    }

    [Fact]
    public void Missing_causality_counts_as_related_and_flags_pending()
    {
        var r = SusarClassifier.Classify(Ae(investigator: null, sponsor: null));
        r.IsSusar.Should().BeTrue();
        r.Reasons.Should().Contain(s => s.Contains("causality pending"));
    }

    [Fact]
    public void Unknown_expectedness_counts_as_unexpected_by_default_and_not_when_switched_off()
    {
        SusarClassifier.Classify(Ae(expectedness: null)).IsSusar.Should().BeTrue();
        SusarClassifier.Classify(Ae(expectedness: null), options: new SusarOptions { UnknownExpectednessAsUnexpected = false }).IsSusar.Should().BeFalse();
    }

    [Fact]
    public void Other_susar_is_due_day_0_plus_15_with_no_complete_report_date()
    {
        var r = SusarClassifier.Classify(Ae());
        r.TimelineDays.Should().Be(15);
        r.Day0.Should().Be(Day0);
        r.InitialReportDue.Should().Be(new LocalDate(2025, 2, 12));
        r.CompleteReportDue.Should().BeNull();
    }

    [Theory]
    [InlineData(SeriousnessCriteria.Death)]
    [InlineData(SeriousnessCriteria.LifeThreatening)]
    public void Fatal_or_life_threatening_susar_is_due_day_0_plus_7_and_complete_by_day_15(SeriousnessCriteria c)
    {
        var r = SusarClassifier.Classify(Ae(c, outcome: c == SeriousnessCriteria.Death ? AdverseEventOutcome.Fatal : null));
        r.FatalOrLifeThreatening.Should().BeTrue();
        r.TimelineDays.Should().Be(7);
        r.InitialReportDue.Should().Be(new LocalDate(2025, 2, 4));
        r.CompleteReportDue.Should().Be(new LocalDate(2025, 2, 12));
    }

    [Theory]
    [InlineData("2024-12-27", true, "2025-01-03", "2025-01-11")]
    [InlineData("2024-12-20", false, "2025-01-04", null)]
    [InlineData("2024-02-25", true, "2024-03-03", "2024-03-11")]
    [InlineData("2025-02-25", true, "2025-03-04", "2025-03-12")]
    [InlineData("2025-01-31", false, "2025-02-15", null)]
    [InlineData("2025-03-29", false, "2025-04-13", null)]
    public void Deadlines_cross_month_year_and_leap_boundaries_in_calendar_days(string day0, bool fatal, string initial, string? complete)
    {
        var clock = ReportingDeadlines.For(NodaTime.Text.LocalDatePattern.Iso.Parse(day0).Value, fatal);
        clock.InitialReportDue.ToString("uuuu-MM-dd", null).Should().Be(initial);
        clock.CompleteReportDue?.ToString("uuuu-MM-dd", null).Should().Be(complete);
        if (complete is null)
        {
            clock.CompleteReportDue.Should().BeNull();
        }
    }

    [Fact]
    public void Event_turned_fatal_starts_a_new_7_day_clock_from_awareness_of_the_new_outcome()
    {
        var r = SusarClassifier.Classify(Ae(SeriousnessCriteria.Hospitalisation | SeriousnessCriteria.Death,
            upgrade: new LocalDate(2025, 2, 20), outcome: AdverseEventOutcome.Fatal));
        r.Clocks.Should().HaveCount(2);
        r.Clocks[0].Should().Be(new ReportingClock("initial awareness", Day0, 15, new LocalDate(2025, 2, 12), null));
        r.Clocks[1].Day0.Should().Be(new LocalDate(2025, 2, 20));
        r.Clocks[1].TimelineDays.Should().Be(7);
        r.InitialReportDue.Should().Be(new LocalDate(2025, 2, 27));
        r.CompleteReportDue.Should().Be(new LocalDate(2025, 3, 7));
        r.Day0.Should().Be(new LocalDate(2025, 2, 20));
    }

    [Fact]
    public void Upgrade_date_on_an_event_that_is_not_fatal_is_ignored_with_a_reason()
    {
        var r = SusarClassifier.Classify(Ae(upgrade: new LocalDate(2025, 2, 20)));
        r.Clocks.Should().ContainSingle().Which.TimelineDays.Should().Be(15);
        r.Reasons.Should().Contain(s => s.Contains("ignored"));
    }

    [Fact]
    public void Susar_without_awareness_date_has_no_deadline_and_says_why()
    {
        var ae = new AdverseEvent("AE", "x", seriousnessCriteria: SeriousnessCriteria.Hospitalisation, expectedness: Expectedness.UnexpectedByType,
            investigatorCausality: new CausalityAssessment(CausalityCategory.Related));
        var r = SusarClassifier.Classify(ae);
        r.IsSusar.Should().BeTrue();
        r.Clocks.Should().BeEmpty();
        r.InitialReportDue.Should().BeNull();
        r.Reasons.Should().Contain(s => s.Contains("day 0") && s.Contains("unknown"));
    }

    [Fact]
    public void Rsi_overrides_the_recorded_expectedness()
    {
        var rsi = new ReferenceSafetyInformation("IB v4", new LocalDate(2024, 1, 1), [new ReferenceSafetyEntry("event", maxExpectedGrade: 2)]);
        SusarClassifier.Classify(Ae(expectedness: Expectedness.UnexpectedByType), rsi).IsSusar.Should().BeFalse();
    }
}
