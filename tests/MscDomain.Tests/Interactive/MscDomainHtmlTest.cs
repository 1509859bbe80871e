using System.Collections.Immutable;
using FluentAssertions;
using MscDomain.Analysis;
using MscDomain.Disability;
using MscDomain.Interactive;
using MscDomain.Trials;
using NodaTime;
using Xunit;
using static MscDomain.Tests.Interactive.HtmlTableTest;
using MscDomain.Common;
using MscDomain.AdverseEvents;
using MscDomain.Safety;

namespace MscDomain.Tests.Interactive;

public sealed class MscDomainHtmlTest
{
    [Fact]
    public void Log_rank_shows_one_row_per_group_and_the_statistic_in_the_caption()
    {
        var result = new LogRankResult([new LogRankGroup("msc", 10, 2, 4.0), new LogRankGroup("placebo", 10, 6, 4.0)], 2.0, 1, 0.1573);
        var html = result.ToHtmlTable();

        Count(html, "tr").Should().Be(3);
        html.Should().Contain("<th>Observed</th>").And.Contain("<th>Expected</th>");
        html.Should().Contain("<td>msc</td><td>10</td><td>2</td><td>4</td><td>1</td>", "(2-4)^2/4 = 1");
        System.Net.WebUtility.HtmlDecode(html).Should().Contain("χ² = 2, df = 1, p = 0.1573");
    }

    [Fact]
    public void Kaplan_meier_shows_the_median_per_group_or_not_reached()
    {
        // Textbook: three events at days 1, 2, 3 → S = 2/3, 1/3, 0 → median 2 days. One censored subject → never below 0.5.
        var km = KaplanMeier.Estimate(
        [
            new SurvivalObservation("a1", "A", 1, true), new SurvivalObservation("a2", "A", 2, true), new SurvivalObservation("a3", "A", 3, true),
            new SurvivalObservation("b1", "B", 5, false), new SurvivalObservation("b2", "B", 6, false),
        ]);
        var html = km.ToHtmlTable();

        Count(html, "tr").Should().Be(3);
        html.Should().Contain("<td>A</td><td>3</td><td>3</td><td>0</td><td>2</td>");
        html.Should().Contain("<td>B</td><td>2</td><td>0</td><td>2</td><td>not reached</td>");
    }

    [Fact]
    public void A_confirmed_change_result_lists_each_event_with_its_class()
    {
        var day0 = new LocalDate(2020, 1, 1);
        var ev = new ConfirmedChangeEvent
        {
            Number = 1, Kind = ChangeKind.Cdw, Class = WorseningClass.Pira,
            Onset = new VisitPoint(day0.PlusDays(180), 4.5m), Baseline = new VisitPoint(day0, 3.5m), PrecedingVisit = new VisitPoint(day0, 3.5m),
            LastDelta = new VisitPoint(day0.PlusDays(180), 4.5m), Confirmations = [], DaysFromFirstVisit = 180, DaysFromBaseline = 180,
            SustainedDays = 0, SustainedToLastVisit = true,
        };
        var result = new ConfirmedChangeResult
        {
            Events = [ev], Unconfirmed = [], Counts = new ConfirmedChangeCounts(0, 1, 0, 1, 0, "PIRA"),
            FollowUpDays = 365, VisitsAnalysed = 5, Issues = [],
        };

        var html = new ParticipantConfirmedChange("P<1>", result).ToHtmlTable();

        Count(html, "tr").Should().Be(2);
        html.Should().Contain("<td>PIRA</td><td>2020-06-29</td><td>4.5</td><td>2020-01-01</td><td>3.5</td><td>180</td>");
        html.Should().Contain("Participant P&lt;1&gt;: 5 visits over 365 days; CDW 1 (PIRA 1, RAW 0, undefined 0), CDI 0");
        new[] { new ParticipantConfirmedChange("P1", result), new ParticipantConfirmedChange("P2", result) }.ToHtmlTable()
            .Should().Match(h => Count(h, "tr") == 3);
    }

    [Fact]
    public void An_adverse_event_classification_is_one_escaped_row()
    {
        var ae = new AdverseEvent("AE-1", "<b>rash</b>", onsetDate: new LocalDate(2025, 3, 4), severity: new AdverseEventSeverity(3, CtcaeVersion.V5_0),
            seriousnessCriteria: SeriousnessCriteria.Hospitalisation);
        var html = AdverseEventClassifier.Classify(ae).ToHtmlTable();

        Count(html, "tr").Should().Be(2);
        html.Should().Contain("<td>AE-1</td><td>&lt;b&gt;rash&lt;/b&gt;</td><td>2025-03-04</td><td>3</td><td>yes</td>");
    }

    [Fact]
    public void A_timeline_is_summarised_with_its_arm()
    {
        var t = ParticipantTimeline.Create("P1", new ParticipantBaseline(new PartialDate(1970), Sex.Female, new LocalDate(2020, 1, 1))) with { ArmId = "placebo" };
        var html = t.ToHtmlTable();

        Count(html, "tr").Should().Be(2);
        html.Should().Contain("<td>P1</td><td>placebo</td><td>2020-01-01</td><td>0</td><td>0</td><td></td>");
    }

    [Fact]
    public void Grades_show_the_ctcae_version_spelled_as_in_json()
    {
        new CtcaeGrade(2, CtcaeVersion.V6_0).ToHtmlTable().Should().Contain("<td>2</td><td>v6.0</td>");
        new AdverseEventSeverity(4, CtcaeVersion.V5_0).ToHtmlTable().Should().Contain("<td>4</td><td>v5.0</td>");
    }

    [Fact]
    public void Every_registered_formatter_renders_its_type_as_a_table()
    {
        var samples = new Dictionary<Type, object>
        {
            [typeof(LogRankResult)] = new LogRankResult([new LogRankGroup("a", 1, 1, 1.0)], 0, 1, 1),
            [typeof(CtcaeGrade)] = new CtcaeGrade(1, CtcaeVersion.V5_0),
            [typeof(AdverseEventSeverity)] = new AdverseEventSeverity(1, CtcaeVersion.V5_0),
            [typeof(AdverseEventClassification)] = AdverseEventClassifier.Classify(new AdverseEvent("A", "x")),
            [typeof(ParticipantTimeline)] = ParticipantTimeline.Create("P", new ParticipantBaseline(new PartialDate(1970), Sex.Male, new LocalDate(2020, 1, 1))),
            [typeof(KaplanMeierResult)] = KaplanMeier.Estimate([new SurvivalObservation("a", "g", 1, true)]),
        };

        MscDomainHtml.Formatters.Select(f => f.Key).Should().OnlyHaveUniqueItems().And.Contain(samples.Keys)
            .And.Contain([typeof(ParticipantConfirmedChange), typeof(ConfirmedChangeResult), typeof(LabGradingResult)]);
        foreach (var (type, render) in MscDomainHtml.Formatters.Where(f => samples.ContainsKey(f.Key)))
        {
            render(samples[type]).Should().StartWith("<table>", type.Name).And.EndWith("</table>");
        }
    }
}
