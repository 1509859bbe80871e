using System.Text.Json.Serialization;
using NodaTime;

namespace MscDomain.Safety;

/// <summary>A partially known date: a year, optionally with a month (day unknown), as recorded for an adverse event's onset.</summary>
/// <remarks>
/// <para>SDTM allows partial ISO 8601 dates (<c>2024</c>, <c>2024-03</c>). A partial date stands for the range
/// from <see cref="Earliest"/> to <see cref="Latest"/> inclusive; the treatment-emergence rule decides
/// with that range and never imputes a day.</para>
/// <para><c>default(PartialDate)</c> has year 0 and is not valid; always construct one.</para>
/// </remarks>
public readonly record struct PartialDate
{
    /// <summary>Creates a partial date.</summary>
    /// <param name="year">The year, 1900 to 2200.</param>
    /// <param name="month">The month, 1 to 12, or <see langword="null"/> when only the year is known.</param>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside 1900 to 2200 or the month outside 1 to 12.</exception>
    [JsonConstructor]
    public PartialDate(int year, int? month = null)
    {
        if (year is < 1900 or > 2200)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, $"The year of a partial date must be 1900 to 2200; {year} is not.");
        }

        if (month is { } m && (m < 1 || m > 12))
        {
            throw new ArgumentOutOfRangeException(nameof(month), m, $"The month of a partial date must be 1 to 12; {m} is not.");
        }

        Year = year;
        Month = month;
    }

    /// <summary>The year.</summary>
    public int Year { get; }

    /// <summary>The month (1 to 12); <see langword="null"/> when only the year is known.</summary>
    public int? Month { get; }

    /// <summary>The first day the partial date can stand for.</summary>
    [JsonIgnore]
    public LocalDate Earliest => new(Year, Month ?? 1, 1);

    /// <summary>The last day the partial date can stand for.</summary>
    [JsonIgnore]
    public LocalDate Latest => Month is { } m
        ? new LocalDate(Year, m, 1).PlusMonths(1).PlusDays(-1)
        : new LocalDate(Year, 12, 31);

    /// <summary>Whether <paramref name="date"/> falls within the partial date's range.</summary>
    /// <param name="date">A full date.</param>
    /// <returns><see langword="true"/> when the date has the same year (and month, if known).</returns>
    public bool Contains(LocalDate date) => date.Year == Year && (Month is null || date.Month == Month);

    /// <summary>The partial date in ISO 8601 reduced precision (<c>"2024"</c>, <c>"2024-03"</c>).</summary>
    /// <returns>The formatted partial date.</returns>
    public override string ToString() =>
        Month is { } m ? $"{Year:D4}-{m:D2}" : $"{Year:D4}";
}
