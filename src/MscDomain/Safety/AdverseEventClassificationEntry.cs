using MscDomain.AdverseEvents;

namespace MscDomain.Safety;

/// <summary>
/// One row of an <see cref="AdverseEventClassificationReport"/>: what <see cref="AdverseEventClassifier"/> derived for one
/// adverse event, flattened for exchange (the document <c>mscdomain classify-ae --format json</c> writes).
/// </summary>
/// <remarks>Enum members are written with the library's wire names (kebab-case; CTCAE versions as <c>"v5.0"</c>).
/// Sources: ICH E2A (seriousness, expedited timelines of 7 and 15 days), EU CT-3 (SUSAR).</remarks>
/// <param name="Id">The adverse event's id.</param>
/// <param name="Term">The verbatim term.</param>
/// <param name="Grade">The reported CTCAE grade (1–5), or null when not graded.</param>
/// <param name="CtcaeVersion">The CTCAE version of <paramref name="Grade"/>, or null when not graded.</param>
/// <param name="Serious">Whether at least one ICH E2A criterion holds.</param>
/// <param name="SeriousnessCriteria">The criteria that hold, in E2B order.</param>
/// <param name="SeriousnessExplanation">Why the event is or is not serious.</param>
/// <param name="InvestigatorCausality">The investigator's causality category, or null when not assessed.</param>
/// <param name="SponsorCausality">The sponsor's causality category, or null when not assessed.</param>
/// <param name="Related">The single "suspected related" answer for expedited reporting.</param>
/// <param name="CausalityPending">Whether causality is missing or unassessable (counted as related until assessed).</param>
/// <param name="CausalityReason">Why <paramref name="Related"/> is what it is.</param>
/// <param name="Expectedness">Expectedness against the reference safety information, or null when unknown (counted as unexpected).</param>
/// <param name="Susar">Whether the event is a suspected unexpected serious adverse reaction.</param>
/// <param name="FatalOrLifeThreatening">Whether the 7-day timeline applies.</param>
/// <param name="Clocks">The reporting clocks (day 0, timeline, due dates).</param>
/// <param name="Issues">Validation errors and review warnings.</param>
/// <param name="Reasons">Why the event is or is not a SUSAR.</param>
/// <param name="SpecialInterest">Whether the event is an adverse event of special interest (<see cref="Safety.SpecialInterest"/>).</param>
/// <param name="SpecialInterestName">The matching AESI definition's name, or null.</param>
/// <param name="UnblindBeforeReporting">Whether the SUSAR is still blinded and must be unblinded for this case (ICH E2A §III.D).</param>
/// <param name="InvestigatorReportDue">The investigator's 24-hour SAE report to the sponsor is due by this date (EU CTR Art. 41(2)), or null.</param>
public sealed record AdverseEventClassificationEntry(
    string Id,
    string Term,
    int? Grade,
    CtcaeVersion? CtcaeVersion,
    bool Serious,
    IReadOnlyList<SeriousnessCriteria> SeriousnessCriteria,
    string SeriousnessExplanation,
    CausalityCategory? InvestigatorCausality,
    CausalityCategory? SponsorCausality,
    bool Related,
    bool CausalityPending,
    string CausalityReason,
    Expectedness? Expectedness,
    bool Susar,
    bool FatalOrLifeThreatening,
    IReadOnlyList<ReportingClock> Clocks,
    IReadOnlyList<SafetyIssue> Issues,
    IReadOnlyList<string> Reasons,
    bool SpecialInterest = false,
    string? SpecialInterestName = null,
    bool UnblindBeforeReporting = false,
    NodaTime.LocalDate? InvestigatorReportDue = null)
{
    /// <summary>The entry for one classification.</summary>
    /// <param name="c">The classification.</param>
    /// <returns>The entry.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="c"/> is null.</exception>
    public static AdverseEventClassificationEntry From(AdverseEventClassification c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return new(
            c.Event.Id,
            c.Event.VerbatimTerm,
            c.Grade?.Grade,
            c.Grade?.Version,
            c.Seriousness.IsSerious,
            c.Seriousness.CriteriaList,
            c.Seriousness.Explanation,
            c.Event.InvestigatorCausality?.Category,
            c.Event.SponsorCausality?.Category,
            c.Causality.IsRelated,
            c.Causality.CausalityPending,
            c.Causality.Reason,
            c.Expectedness.Expectedness,
            c.Susar.IsSusar,
            c.Susar.FatalOrLifeThreatening,
            c.Susar.Clocks,
            c.Seriousness.Issues,
            c.Susar.Reasons,
            c.SpecialInterest?.IsSpecialInterest == true,
            c.SpecialInterest?.Name,
            c.Susar.UnblindBeforeReporting,
            c.Seriousness.InvestigatorReportDue);
    }

}
