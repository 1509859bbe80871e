using System.Globalization;
using System.Text.Json.Serialization;
using NodaTime;

namespace MscDomain.Common;

/// <summary>A clinical date known to the year, the month or the day (like FHIR <c>date</c>): "2019", "2019-03", "2019-03-13".</summary>
/// <remarks>
/// <para>Used where sources report only a year or month (trial start, birth year). Comparisons with full dates are
/// three-valued: use <see cref="Earliest"/> and <see cref="Latest"/> for the range of days it may denote.</para>
/// <para><c>default(PartialDate)</c> is year 0 without month — invalid for the constructor (a placeholder only).
/// JSON: an ISO 8601 string of 4, 7 or 10 characters.</para>
/// </remarks>
[JsonConverter(typeof(PartialDateJsonConverter))]
public readonly record struct PartialDate : IComparable<PartialDate>
{
    /// <summary>Creates a partial date after checking the parts form a real (partial) calendar date.</summary>
    /// <param name="year">Year, 1 to 9999.</param>
    /// <param name="month">Month 1–12, or null for a year-only date.</param>
    /// <param name="day">Day of the month, or null; needs a month.</param>
    /// <exception cref="ArgumentOutOfRangeException">A part is out of range or the day does not exist in that month.</exception>
    [JsonConstructor]
    public PartialDate(int year, int? month = null, int? day = null)
    {
        if (year is < 1 or > 9999)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, $"PartialDate.Year must be 1 to 9999; {year} is not.");
        }

        if (month is < 1 or > 12)
        {
            throw new ArgumentOutOfRangeException(nameof(month), month, $"PartialDate.Month must be 1 to 12; {month} is not.");
        }

        if (day is { } d)
        {
            if (month is not { } m)
            {
                throw new ArgumentOutOfRangeException(nameof(day), day, "PartialDate.Day needs a Month.");
            }

            var days = CalendarSystem.Iso.GetDaysInMonth(year, m);
            if (d < 1 || d > days)
            {
                throw new ArgumentOutOfRangeException(nameof(day), day, $"PartialDate.Day must be 1 to {days} in {year:D4}-{m:D2}; {d} is not.");
            }
        }

        Year = year;
        Month = month;
        Day = day;
    }

    /// <summary>The year.</summary>
    public int Year { get; }

    /// <summary>The month (1–12), or null.</summary>
    public int? Month { get; }

    /// <summary>The day of the month, or null.</summary>
    public int? Day { get; }

    /// <summary>Whether the date is complete to the day.</summary>
    public bool IsComplete => Day is not null;

    /// <summary>The first day the date may denote.</summary>
    public LocalDate Earliest => new(Year, Month ?? 1, Day ?? 1);

    /// <summary>The last day the date may denote.</summary>
    public LocalDate Latest => Day is { } d ? new LocalDate(Year, Month!.Value, d)
        : Month is { } m ? new LocalDate(Year, m, CalendarSystem.Iso.GetDaysInMonth(Year, m))
        : new LocalDate(Year, 12, 31);

    /// <summary>A complete partial date from a <see cref="LocalDate"/>.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The partial date.</returns>
    public static PartialDate FromLocalDate(LocalDate date) => new(date.Year, date.Month, date.Day);

    /// <summary>Parses "yyyy", "yyyy-MM" or "yyyy-MM-dd".</summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The parsed date.</param>
    /// <returns>Whether parsing succeeded and the parts are valid.</returns>
    public static bool TryParse(string? text, out PartialDate value)
    {
        value = default;
        if (text is null || (text.Length != 4 && text.Length != 7 && text.Length != 10))
        {
            return false;
        }

        try
        {
            var parts = text.Split('-');
            if (parts[0].Length != 4 || parts.Skip(1).Any(p => p.Length != 2) || !parts.All(p => p.All(char.IsAsciiDigit)))
            {
                return false;
            }

            var year = int.Parse(parts[0], CultureInfo.InvariantCulture);
            int? month = parts.Length > 1 ? int.Parse(parts[1], CultureInfo.InvariantCulture) : null;
            int? day = parts.Length > 2 ? int.Parse(parts[2], CultureInfo.InvariantCulture) : null;
            value = new PartialDate(year, month, day);
            return true;
        }
        catch (ArgumentOutOfRangeException)
        {
            return false;
        }
    }

    /// <summary>Compares by earliest day, then by precision (less precise first).</summary>
    /// <param name="other">The other date.</param>
    /// <returns>The ordering.</returns>
    public int CompareTo(PartialDate other)
    {
        var c = Earliest.CompareTo(other.Earliest);
        return c != 0 ? c : Latest.CompareTo(other.Latest);
    }

    /// <summary>The ISO text: "2019", "2019-03" or "2019-03-13".</summary>
    /// <returns>The formatted date.</returns>
    public override string ToString() => Day is { } d ? $"{Year:D4}-{Month:D2}-{d:D2}"
        : Month is { } m ? $"{Year:D4}-{m:D2}"
        : Year.ToString("D4", CultureInfo.InvariantCulture);
}
