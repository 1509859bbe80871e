using NodaTime;

namespace MscDomain.Disability;

/// <summary>Maps msprog-style "day" dates (integer days from any per-participant origin, negative allowed; msprog
/// <c>date_format = "day"</c>) to <see cref="LocalDate"/> and back, through the fixed epoch <see cref="Epoch"/>.</summary>
public static class DayNumbers
{
    /// <summary>The date that represents day 0: 2000-01-01.</summary>
    public static LocalDate Epoch { get; } = new(2000, 1, 1);

    private static readonly int EpochDayNumber = DateOnly.FromDateTime(new DateTime(2000, 1, 1)).DayNumber;

    /// <summary>The date standing for day <paramref name="day"/>.</summary>
    /// <param name="day">Days from the origin (may be negative).</param>
    /// <returns><see cref="Epoch"/> plus <paramref name="day"/> days.</returns>
    public static LocalDate FromDayNumber(int day) => LocalDate.FromDateOnly(DateOnly.FromDayNumber(EpochDayNumber + day));

    /// <summary>The day number of a date produced by <see cref="FromDayNumber"/>.</summary>
    /// <param name="date">The date.</param>
    /// <returns>Days from <see cref="Epoch"/>.</returns>
    public static int ToDayNumber(LocalDate date) => date.ToDateOnly().DayNumber - EpochDayNumber;

    /// <summary>An absolute day count (days since 0001-01-01) used internally for fast differences.</summary>
    internal static int Absolute(LocalDate date) => date.ToDateOnly().DayNumber;

    /// <summary>The inverse of <see cref="Absolute"/>.</summary>
    internal static LocalDate FromAbsolute(int dayNumber) => LocalDate.FromDateOnly(DateOnly.FromDayNumber(dayNumber));
}
