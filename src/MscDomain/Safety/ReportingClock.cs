using NodaTime;

namespace MscDomain.Safety;

/// <summary>One expedited-reporting clock: its day 0, its length and the due dates it sets.</summary>
/// <param name="Trigger">What started the clock, e.g. <c>"initial awareness"</c> or <c>"awareness that the event became fatal or life-threatening"</c>.</param>
/// <param name="Day0">Day 0: the day the sponsor became aware (the period runs from the next day).</param>
/// <param name="TimelineDays">7 for a fatal or life-threatening SUSAR, 15 otherwise.</param>
/// <param name="InitialReportDue">Day 0 + <paramref name="TimelineDays"/> calendar days (no weekend or holiday shift).</param>
/// <param name="CompleteReportDue">For a 7-day clock, Day 0 + 15: the as-complete-as-possible follow-up (8 additional days);
/// <see langword="null"/> for a 15-day clock.</param>
public sealed record ReportingClock(string Trigger, LocalDate Day0, int TimelineDays, LocalDate InitialReportDue, LocalDate? CompleteReportDue);
