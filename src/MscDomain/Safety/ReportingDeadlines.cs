using NodaTime;

namespace MscDomain.Safety;

/// <summary>Expedited SUSAR reporting deadlines from day 0 (the day the sponsor first became aware).</summary>
/// <remarks>
/// <para>Sources: Regulation (EU) No 536/2014 Art. 42(2) (fatal or life-threatening SUSARs: as soon as possible and no later than
/// 7 days after awareness, with follow-up within 8 days; other SUSARs no later than 15 days) and Annex III; 21 CFR 312.32(c)
/// (IND safety reports: 15 calendar days; unexpected fatal or life-threatening suspected adverse reactions: 7 calendar days);
/// ICH E2A §III.A; safety.md §11.5.</para>
/// <para>Day 0 is the day the sponsor first knew the minimum criteria (identifiable patient, reporter, suspect product, event) — not
/// the onset and not site awareness. The period begins the day after, so due = day 0 + N calendar days, with no weekend or holiday
/// shift. When a SUSAR first reported as neither fatal nor life-threatening turns fatal or life-threatening, a new 7-day clock starts
/// on the day the sponsor learns of the new outcome (Art. 42; significant follow-up information starts a new clock), with a
/// complete report at that day + 15 (our reading: the fatal/life-threatening follow-up rule applies to the new clock).</para>
/// </remarks>
public static class ReportingDeadlines
{
    /// <summary>Days to the initial report of a fatal or life-threatening SUSAR.</summary>
    public const int FatalOrLifeThreateningDays = 7;

    /// <summary>Days to the initial report of any other SUSAR, and to the complete follow-up of a 7-day case (7 + 8).</summary>
    public const int OtherDays = 15;

    /// <summary>The clock for a SUSAR the sponsor became aware of on <paramref name="day0"/>.</summary>
    /// <param name="day0">Day 0: the sponsor's first awareness.</param>
    /// <param name="fatalOrLifeThreatening">Whether the SUSAR is fatal or life-threatening.</param>
    /// <param name="trigger">What started the clock.</param>
    /// <returns>The 7-day clock (with complete report by day 0 + 15) or the 15-day clock.</returns>
    public static ReportingClock For(LocalDate day0, bool fatalOrLifeThreatening, string trigger = "initial awareness") =>
        fatalOrLifeThreatening
            ? new ReportingClock(trigger, day0, FatalOrLifeThreateningDays, day0.PlusDays(FatalOrLifeThreateningDays), day0.PlusDays(OtherDays))
            : new ReportingClock(trigger, day0, OtherDays, day0.PlusDays(OtherDays), null);
}
