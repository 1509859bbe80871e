using NodaTime;

namespace MscDomain.Safety;

/// <summary>The CDISC study day of a date relative to the first dose: day 1 is the first-dose day, the day before is −1; there is no day 0.</summary>
/// <remarks>Source: CDISC SDTMIG §4.4.4 (--DY); safety.md §12: date ≥ anchor → date − anchor + 1; date &lt; anchor → date − anchor.</remarks>
public static class StudyDay
{
    /// <summary>The study day of <paramref name="date"/>.</summary>
    /// <param name="date">The date.</param>
    /// <param name="anchor">The anchor, normally the first dose date (day 1).</param>
    /// <returns>The study day, never 0.</returns>
    public static int Of(LocalDate date, LocalDate anchor)
    {
        var diff = Period.DaysBetween(anchor, date);
        return diff >= 0 ? diff + 1 : diff;
    }
}
