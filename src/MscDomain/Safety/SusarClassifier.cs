using MscDomain.AdverseEvents;

namespace MscDomain.Safety;

/// <summary>
/// Decides whether an adverse event is a SUSAR — serious ∧ unexpected ∧ suspected related by the investigator <em>or</em> the
/// sponsor — and sets its expedited-reporting clocks.
/// </summary>
/// <remarks>
/// <para>Sources: Regulation (EU) No 536/2014 Art. 42 and Annex III (the sponsor may not downgrade the investigator's causality);
/// 21 CFR 312.32; UK SI 2004/1031 reg. 34; ICH E2A; safety.md §11.4–§11.5. Deadlines: <see cref="ReportingDeadlines"/>.</para>
/// <para>Clocks: fatal or life-threatening (death or life-threatening criterion, or fatal outcome) → 7 days from
/// <see cref="AdverseEvent.SponsorAwareDate"/> with a complete report by day 0 + 15; otherwise 15 days. When
/// <see cref="AdverseEvent.SponsorAwareOfUpgradeDate"/> is set and the event is now fatal or life-threatening, the first clock is the
/// 15-day clock from the initial awareness and a second 7-day clock starts on the upgrade awareness date.</para>
/// <para>Not expedited: serious expected reactions, non-serious reactions, serious events judged unrelated.</para>
/// <para>Blinding (<see cref="AdverseEvent.TreatmentReceived"/>; ICH E2A §III.D and §III.E.1; EU CT-3 guidance 2011/C 172/01):
/// a placebo recipient's event is not a SUSAR ("events associated with placebo will usually not satisfy the criteria for an ADR and,
/// therefore, for expedited reporting"); a comparator recipient's event is a SUSAR of the comparator (its expectedness belongs to the
/// comparator's reference safety information, which the caller supplies); a still-blinded case that would be a SUSAR is classified as
/// if active, with the clock running, and flagged <see cref="SusarResult.UnblindBeforeReporting"/> (break the blind for this case only).</para>
/// </remarks>
public static class SusarClassifier
{
    private static readonly string[] SeriousReasons = Enumerable.Range(0, 64).Select(i => $"Serious ({(SeriousnessCriteria)i}).").ToArray();

    /// <summary>Classifies <paramref name="adverseEvent"/> from its own fields and an optional RSI.</summary>
    /// <param name="adverseEvent">The adverse event.</param>
    /// <param name="rsi">The RSI in force when the sponsor became aware; <see langword="null"/> to use the recorded expectedness.</param>
    /// <param name="options">The options; <see langword="null"/> for <see cref="SusarOptions.Default"/>.</param>
    /// <returns>SUSAR status, reasons and clocks.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="adverseEvent"/> is null.</exception>
    public static SusarResult Classify(AdverseEvent adverseEvent, ReferenceSafetyInformation? rsi = null, SusarOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(adverseEvent);
        options ??= SusarOptions.Default;
        return Classify(adverseEvent, ExpectednessClassifier.Classify(adverseEvent, rsi), ExpeditedRelatedness.Decide(adverseEvent, options.Causality), options);
    }

    /// <summary>Classifies <paramref name="adverseEvent"/> from already computed expectedness and relatedness.</summary>
    /// <param name="adverseEvent">The adverse event (its seriousness criteria, outcome and awareness dates are used).</param>
    /// <param name="expectedness">The expectedness result.</param>
    /// <param name="relatedness">The relatedness result.</param>
    /// <param name="options">The options; <see langword="null"/> for <see cref="SusarOptions.Default"/>.</param>
    /// <returns>SUSAR status, reasons and clocks.</returns>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="options"/> is null.</exception>
    public static SusarResult Classify(AdverseEvent adverseEvent, ExpectednessResult expectedness, RelatednessResult relatedness, SusarOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(adverseEvent);
        ArgumentNullException.ThrowIfNull(expectedness);
        ArgumentNullException.ThrowIfNull(relatedness);
        options ??= SusarOptions.Default;
        var criteria = adverseEvent.SeriousnessCriteria;
        var serious = criteria != SeriousnessCriteria.None;
        var fatalOrLt = (criteria & (SeriousnessCriteria.Death | SeriousnessCriteria.LifeThreatening)) != 0 || adverseEvent.Outcome == AdverseEventOutcome.Fatal;
        var unknownExpectedness = expectedness.Expectedness is null;
        var unexpected = expectedness.IsUnexpected || (unknownExpectedness && options.UnknownExpectednessAsUnexpected);
        var related = relatedness.IsRelated;
        var us = options.Jurisdiction == ReportingJurisdiction.UsIndSafetyReport;
        string? usCausality = null;
        if (us && related && relatedness.SponsorRelated == false)
        {
            related = false;
            usCausality = "21 CFR 312.32(a), (c)(1): the sponsor determines whether there is a reasonable possibility; its 'not related' governs "
                + "for an IND safety report (under EU CTR Annex III the investigator's opinion would stand).";
        }

        var isSusar = serious && unexpected && related;

        var reasons = new List<string>(5)
        {
            serious ? SeriousReasons[(int)criteria & 63] : "Not serious: no ICH E2A criterion holds, so not a SUSAR.",
            unknownExpectedness
                ? options.UnknownExpectednessAsUnexpected
                    ? "Expectedness unknown: counted as unexpected until assessed (conservative policy)."
                    : "Expectedness unknown and not counted as unexpected (UnknownExpectednessAsUnexpected is off)."
                : expectedness.Reason,
            relatedness.Reason,
        };
        if (usCausality is not null)
        {
            reasons.Add(usCausality);
        }

        if (!isSusar)
        {
            return new SusarResult(false, serious, unexpected, related, fatalOrLt, reasons, Array.Empty<ReportingClock>());
        }

        var received = adverseEvent.TreatmentReceived;
        if (received == TreatmentReceived.Placebo)
        {
            reasons.Add("Placebo recipient (unblinded): not a SUSAR; events associated with placebo usually do not satisfy the criteria for an ADR "
                + "and so for expedited reporting (ICH E2A §III.E.1; CT-3). Report it if the event may be a reaction to a study procedure or excipient.");
            return new SusarResult(false, serious, unexpected, related, fatalOrLt, reasons, Array.Empty<ReportingClock>());
        }

        var unblind = received == TreatmentReceived.StillBlinded;
        var product = received == TreatmentReceived.Comparator ? "comparator" : "investigational product";
        if (unblind)
        {
            reasons.Add("Still blinded: a SUSAR as if active; break the blind for this case only before reporting (ICH E2A §III.D; CT-3). "
                + "If it proves to be placebo it is not a SUSAR.");
        }
        else if (received == TreatmentReceived.Comparator)
        {
            reasons.Add("Comparator recipient (unblinded): a SUSAR of the comparator; expectedness belongs to the comparator's reference safety "
                + "information (ICH E2A §III.E.1; CT-3).");
        }

        if (adverseEvent.SponsorAwareDate is not { } day0)
        {
            reasons.Add("SUSAR, but the sponsor's awareness date (day 0) is unknown: no deadline can be set.");
            return new SusarResult(true, serious, unexpected, related, fatalOrLt, reasons, Array.Empty<ReportingClock>(), unblind, product);
        }

        ReportingClock[] clocks;
        if (adverseEvent.SponsorAwareOfUpgradeDate is { } upgrade)
        {
            if (fatalOrLt)
            {
                clocks =
                [
                    ReportingDeadlines.For(day0, false),
                    ReportingDeadlines.For(upgrade, true, "awareness that the event became fatal or life-threatening"),
                ];
                reasons.Add($"SUSAR first known as neither fatal nor life-threatening on {day0:uuuu-MM-dd} (15 days, due {clocks[0].InitialReportDue:uuuu-MM-dd}); " +
                    $"the sponsor learned it turned fatal/life-threatening on {upgrade:uuuu-MM-dd}: new 7-day clock, due {clocks[1].InitialReportDue:uuuu-MM-dd} " +
                    $"({(us ? "21 CFR 312.32(c)(2)" : "EU CTR 536/2014 Art. 42(2)")}).");
                return new SusarResult(true, serious, unexpected, related, fatalOrLt, reasons, clocks, unblind, product);
            }

            reasons.Add($"An upgrade awareness date ({upgrade:uuuu-MM-dd}) is recorded but the event is neither fatal nor life-threatening: ignored.");
        }

        var clock = ReportingDeadlines.For(day0, fatalOrLt);
        reasons.Add(us
            ? fatalOrLt
                ? $"Unexpected fatal or life-threatening suspected adverse reaction: notify FDA within 7 calendar days of day 0 {day0:uuuu-MM-dd} (due {clock.InitialReportDue:uuuu-MM-dd}; 21 CFR 312.32(c)(2)) and submit the IND safety report by day 15 ({clock.CompleteReportDue:uuuu-MM-dd}; 312.32(c)(1))."
                : $"IND safety report within 15 calendar days of day 0 {day0:uuuu-MM-dd} (due {clock.InitialReportDue:uuuu-MM-dd}) (21 CFR 312.32(c)(1))."
            : fatalOrLt
                ? $"Fatal or life-threatening SUSAR: initial report within 7 days of day 0 {day0:uuuu-MM-dd} (due {clock.InitialReportDue:uuuu-MM-dd}), complete report by day 15 ({clock.CompleteReportDue:uuuu-MM-dd}) (EU CTR 536/2014 Art. 42(2))."
                : $"SUSAR: report within 15 days of day 0 {day0:uuuu-MM-dd} (due {clock.InitialReportDue:uuuu-MM-dd}) (EU CTR 536/2014 Art. 42(2)).");
        return new SusarResult(true, serious, unexpected, related, fatalOrLt, reasons, [clock], unblind, product);
    }
}
