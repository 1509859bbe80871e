using System.Globalization;
using MscDomain.Common;
using MscDomain.Analysis;
using MscDomain.Disability;
using MscDomain.Outcomes;
using MscDomain.Trials;
using NodaTime;
using NodaTime.Text;
using MscDomain.AdverseEvents;
using MscDomain.Safety;

namespace MscDomain.Interactive;

/// <summary>
/// HTML table renderings of the main MscDomain result types, for notebooks and reports; no dependency on a notebook kernel.
/// </summary>
/// <remarks>
/// In a .NET Interactive (Polyglot / Jupyter) notebook, register every rendering at once with
/// <c>foreach (var (type, html) in MscDomainHtml.Formatters) Formatter.Register(type, (o, w) =&gt; w.Write(html(o)), "text/html");</c>
/// so that a result shown as a cell's value renders as a table instead of its type name. All text is HTML-escaped
/// (see <see cref="HtmlTable"/>). Dates are ISO 8601 (<c>yyyy-MM-dd</c>); times are days.
/// </remarks>
public static class MscDomainHtml
{
    private static readonly LocalDatePattern IsoDate = LocalDatePattern.Iso;

    /// <summary>
    /// The renderings by type: each function takes an instance of the key type (boxed) and returns an HTML table.
    /// </summary>
    /// <remarks>
    /// Covers <see cref="ParticipantConfirmedChange"/>, <see cref="ConfirmedChangeResult"/>, <see cref="KaplanMeierResult"/>,
    /// <see cref="LogRankResult"/>, <see cref="AdverseEventClassification"/>, <see cref="ParticipantTimeline"/>,
    /// <see cref="CtcaeGrade"/>, <see cref="AdverseEventSeverity"/> and <see cref="LabGradingResult"/>.
    /// </remarks>
    public static IReadOnlyList<KeyValuePair<Type, Func<object, string>>> Formatters { get; } =
    [
        new(typeof(ParticipantConfirmedChange), o => ((ParticipantConfirmedChange)o).ToHtmlTable()),
        new(typeof(ConfirmedChangeResult), o => ((ConfirmedChangeResult)o).ToHtmlTable()),
        new(typeof(KaplanMeierResult), o => ((KaplanMeierResult)o).ToHtmlTable()),
        new(typeof(LogRankResult), o => ((LogRankResult)o).ToHtmlTable()),
        new(typeof(AdverseEventClassification), o => ((AdverseEventClassification)o).ToHtmlTable()),
        new(typeof(ParticipantTimeline), o => ((ParticipantTimeline)o).ToHtmlTable()),
        new(typeof(CtcaeGrade), o => ((CtcaeGrade)o).ToHtmlTable()),
        new(typeof(AdverseEventSeverity), o => ((AdverseEventSeverity)o).ToHtmlTable()),
        new(typeof(LabGradingResult), o => ((LabGradingResult)o).ToHtmlTable()),
    ];

    /// <summary>Renders one participant's confirmed-change result: one row per confirmed event, the counts in the caption.</summary>
    /// <param name="result">The participant's result.</param>
    /// <returns>An HTML table.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public static string ToHtmlTable(this ParticipantConfirmedChange result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return EventsTable(result.Result, $"Participant {result.ParticipantId}: ").ToHtml();
    }

    /// <summary>Renders a confirmed-change result: one row per confirmed event (CDW classified PIRA/RAW, or CDI), the counts in the caption.</summary>
    /// <param name="result">The result.</param>
    /// <returns>An HTML table.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public static string ToHtmlTable(this ConfirmedChangeResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return EventsTable(result, "").ToHtml();
    }

    /// <summary>Renders a cohort's confirmed-change results: one row per participant with event counts and time to the first event.</summary>
    /// <param name="results">The per-participant results (as returned by <see cref="ConfirmedChangeCohort.Analyze"/>).</param>
    /// <returns>An HTML table with one body row per participant.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="results"/> is null.</exception>
    public static string ToHtmlTable(this IEnumerable<ParticipantConfirmedChange> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var table = new HtmlTable("Participant", "Visits", "Follow-up (days)", "CDW", "PIRA", "RAW", "CDI", "First event / censoring (day)", "Sequence", "Analysed");
        foreach (var p in results)
        {
            var r = p.Result;
            table.AddRow(p.ParticipantId, r.VisitsAnalysed, r.FollowUpDays, r.Counts.Cdw, r.Counts.Pira, r.Counts.Raw, r.Counts.Cdi,
                r.TimeToFirstEventOrCensoringDays, r.Counts.EventSequence, r.IsAnalysed);
        }

        return table.ToHtml();
    }

    /// <summary>Renders Kaplan-Meier curves: one row per group with subjects, events, censored and the median with its confidence interval.</summary>
    /// <param name="result">The estimate.</param>
    /// <returns>An HTML table with one body row per curve.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public static string ToHtmlTable(this KaplanMeierResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var level = result.Options.ConfidenceLevel.ToString("P0", CultureInfo.InvariantCulture).Replace(" ", "", StringComparison.Ordinal);
        var table = new HtmlTable("Group", "Subjects", "Events", "Censored", "Median (days)", $"Median {level} CI", "Event-free at last event time")
        {
            Caption = $"Kaplan-Meier ({result.Options.ConfidenceInterval} {level} CI)",
        };
        foreach (var c in result.Curves)
        {
            var last = c.Steps.LastOrDefault(s => s.Events > 0);
            table.AddRow(c.Group, c.Subjects, c.Events, c.Censored,
                c.Median.IsReached ? c.Median.TimeDays : "not reached",
                $"{Days(c.Median.LowerDays)} – {Days(c.Median.UpperDays)}",
                last is null ? "1 (no events)" : $"{HtmlTable.Format(last.Survival)} at day {HtmlTable.Format(last.TimeDays)}");
        }

        return table.ToHtml();
    }

    /// <summary>Renders a log-rank test: observed and expected events per group, the statistic in the caption.</summary>
    /// <param name="result">The test result.</param>
    /// <returns>An HTML table with one body row per group.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public static string ToHtmlTable(this LogRankResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var table = new HtmlTable("Group", "Subjects", "Observed", "Expected", "(O−E)²/E")
        {
            Caption = $"Log-rank χ² = {HtmlTable.Format(result.ChiSquare)}, df = {result.DegreesOfFreedom}, p = {HtmlTable.Format(result.PValue)}",
        };
        foreach (var g in result.Groups)
        {
            table.AddRow(g.Group, g.Subjects, g.Observed, g.Expected, g.ObservedMinusExpectedSquaredOverExpected);
        }

        return table.ToHtml();
    }

    /// <summary>Renders one adverse-event classification as a one-row table (grade, seriousness, relatedness, expectedness, SUSAR).</summary>
    /// <param name="classification">The classification.</param>
    /// <returns>An HTML table with one body row.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="classification"/> is null.</exception>
    public static string ToHtmlTable(this AdverseEventClassification classification)
    {
        ArgumentNullException.ThrowIfNull(classification);
        return new[] { classification }.ToHtmlTable();
    }

    /// <summary>Renders adverse-event classifications, one row per event.</summary>
    /// <param name="classifications">The classifications.</param>
    /// <returns>An HTML table with one body row per event.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="classifications"/> is null.</exception>
    public static string ToHtmlTable(this IEnumerable<AdverseEventClassification> classifications)
    {
        ArgumentNullException.ThrowIfNull(classifications);
        var table = new HtmlTable("AE", "Term", "Onset", "CTCAE grade", "Serious", "Criteria", "Related", "Unexpected", "SUSAR", "Why");
        foreach (var c in classifications)
        {
            table.AddRow(c.Event.Id, c.Event.VerbatimTerm,
                Date(c.Event.OnsetDate), c.Grade?.Grade, c.Seriousness.IsSerious, WireName.Of(c.Seriousness.Criteria), c.Causality.IsRelated,
                c.Expectedness.IsUnexpected, c.Susar.IsSusar, string.Join("; ", c.Susar.Reasons));
        }

        return table.ToHtml();
    }

    /// <summary>Renders a participant timeline as a one-row summary: arm, enrolment, counts of each record kind and the EDSS range.</summary>
    /// <param name="timeline">The timeline.</param>
    /// <returns>An HTML table with one body row.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="timeline"/> is null.</exception>
    public static string ToHtmlTable(this ParticipantTimeline timeline)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        return new[] { timeline }.ToHtmlTable();
    }

    /// <summary>Renders participant timelines, one summary row per participant.</summary>
    /// <param name="timelines">The timelines.</param>
    /// <returns>An HTML table with one body row per participant.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="timelines"/> is null.</exception>
    public static string ToHtmlTable(this IEnumerable<ParticipantTimeline> timelines)
    {
        ArgumentNullException.ThrowIfNull(timelines);
        var table = new HtmlTable("Participant", "Arm", "Enrolment", "Administrations", "EDSS visits", "EDSS first → last", "Relapses", "Lab values", "Adverse events");
        foreach (var t in timelines)
        {
            var edss = t.Observations.OfType<EdssObservation>().OrderBy(o => o.Date).ToList();
            table.AddRow(t.ParticipantId, t.ArmId, Date(t.Baseline.EnrolmentDate), t.Administrations.Length, edss.Count,
                edss.Count == 0 ? null : $"{HtmlTable.Format(edss[0].Score.Value)} → {HtmlTable.Format(edss[^1].Score.Value)}",
                t.Relapses.Length, t.LabMeasurements.Length, t.AdverseEvents.Length);
        }

        return table.ToHtml();
    }

    /// <summary>Renders a CTCAE grade as a one-row table (grade, version).</summary>
    /// <param name="grade">The grade.</param>
    /// <returns>An HTML table with one body row.</returns>
    public static string ToHtmlTable(this CtcaeGrade grade) =>
        new HtmlTable("CTCAE grade", "Version").AddRow(grade.Value, WireName.Of(grade.Version)).ToHtml();

    /// <summary>Renders a reported adverse-event severity as a one-row table (CTCAE grade, version).</summary>
    /// <param name="severity">The severity.</param>
    /// <returns>An HTML table with one body row.</returns>
    public static string ToHtmlTable(this AdverseEventSeverity severity) =>
        new HtmlTable("CTCAE grade", "Version").AddRow(severity.Grade, WireName.Of(severity.Version)).ToHtml();

    /// <summary>Renders a CTCAE laboratory grading result as a one-row table (term, version, grade or why not gradable, flags).</summary>
    /// <param name="result">The grading result.</param>
    /// <returns>An HTML table with one body row.</returns>
    public static string ToHtmlTable(this LabGradingResult result) =>
        new HtmlTable("Term", "CTCAE version", "Grade", "Flags", "Message")
            .AddRow(WireName.Of(result.Term), WireName.Of(result.Version), result.IsGradable ? result.GradeValue : "not gradable", WireName.Of(result.Flags), result.Message)
            .ToHtml();

    private static HtmlTable EventsTable(ConfirmedChangeResult r, string captionPrefix)
    {
        var c = r.Counts;
        var table = new HtmlTable("#", "Event", "Onset", "Onset value", "Baseline", "Baseline value", "Day from first visit", "First confirmation (days)", "Sustained to last visit")
        {
            Caption = $"{captionPrefix}{r.VisitsAnalysed} visits over {r.FollowUpDays} days; CDW {c.Cdw} (PIRA {c.Pira}, RAW {c.Raw}, undefined {c.Undefined}), CDI {c.Cdi}"
                + (r.IsAnalysed ? "" : $"; NOT analysed: {string.Join("; ", r.Issues.Select(i => i.ToString()))}"),
        };
        foreach (var e in r.Events)
        {
            table.AddRow(e.Number, e.Label(classified: true), Date(e.Onset.Date), e.Onset.Value, Date(e.Baseline.Date), e.Baseline.Value,
                e.DaysFromFirstVisit, e.FirstConfirmationPeriodDays, e.SustainedToLastVisit);
        }

        return table;
    }

    private static string? Date(LocalDate? date) => date is { } d ? IsoDate.Format(d) : null;

    private static string Days(decimal? days) => days is { } d ? d.ToString(CultureInfo.InvariantCulture) : "NR";
}
