using System.Text.Json.Serialization;
using NodaTime;

namespace MscDomain.Dosing;

/// <summary>A whole number of calendar units (days, weeks, months or years): a dosing interval, a study timepoint or a period length.</summary>
/// <remarks>
/// <para>Months and years use NodaTime calendar arithmetic (<see cref="LocalDate.PlusMonths(int)"/>), so
/// "every 2 months" from 31 January lands on 31 March, with end-of-month truncation in between.</para>
/// <para><c>default(CalendarInterval)</c> is 0 days (the start itself). JSON: <c>{ "amount": 6, "unit": "month" }</c>.</para>
/// </remarks>
public readonly record struct CalendarInterval
{
    /// <summary>Creates an interval after checking the amount is at least 0.</summary>
    /// <param name="amount">How many units (at least 0).</param>
    /// <param name="unit">The calendar unit.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="amount"/> is negative or <paramref name="unit"/> undefined.</exception>
    [JsonConstructor]
    public CalendarInterval(int amount, IntervalUnit unit)
    {
        if (amount < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(amount), amount, $"CalendarInterval.Amount must be >= 0; {amount} is negative.");
        }

        if (!Enum.IsDefined(unit))
        {
            throw new ArgumentOutOfRangeException(nameof(unit), unit, $"CalendarInterval.Unit {unit} is not a defined IntervalUnit.");
        }

        Amount = amount;
        Unit = unit;
    }

    /// <summary>How many units.</summary>
    public int Amount { get; }

    /// <summary>The calendar unit.</summary>
    public IntervalUnit Unit { get; }

    /// <summary>Days.</summary>
    /// <param name="amount">Number of days.</param>
    /// <returns>The interval.</returns>
    public static CalendarInterval Days(int amount) => new(amount, IntervalUnit.Day);

    /// <summary>Weeks.</summary>
    /// <param name="amount">Number of weeks.</param>
    /// <returns>The interval.</returns>
    public static CalendarInterval Weeks(int amount) => new(amount, IntervalUnit.Week);

    /// <summary>Calendar months.</summary>
    /// <param name="amount">Number of months.</param>
    /// <returns>The interval.</returns>
    public static CalendarInterval Months(int amount) => new(amount, IntervalUnit.Month);

    /// <summary>Calendar years.</summary>
    /// <param name="amount">Number of years.</param>
    /// <returns>The interval.</returns>
    public static CalendarInterval Years(int amount) => new(amount, IntervalUnit.Year);

    /// <summary>The date <paramref name="times"/> intervals after <paramref name="start"/>.</summary>
    /// <param name="start">The anchor date.</param>
    /// <param name="times">How many intervals to add (at least 0).</param>
    /// <returns>The shifted date; months are added as one block (start + 2×3 months, not 3 months twice).</returns>
    /// <exception cref="ArgumentOutOfRangeException">The date would leave the calendar (after 9999-12-31), never a silent overflow.</exception>
    /// <exception cref="InvalidOperationException">The interval is a non-zero number of hours.</exception>
    public LocalDate AddTo(LocalDate start, int times = 1)
    {
        try
        {
            var n = checked(Amount * times);
            return Unit switch
            {
                IntervalUnit.Day => start.PlusDays(n),
                IntervalUnit.Week => start.PlusWeeks(n),
                IntervalUnit.Month => start.PlusMonths(n),
                IntervalUnit.Year => start.PlusYears(n),
                _ => Amount == 0
                    ? start
                    : throw new InvalidOperationException($"CalendarInterval {this} is in hours and cannot be added to a date; use whole days."),
            };
        }
        catch (OverflowException)
        {
            throw new ArgumentOutOfRangeException(nameof(start), start,
                $"{start:uuuu-MM-dd} plus {times} × {this} leaves the calendar (dates end at 9999-12-31).");
        }
    }

    /// <summary>The interval in ISO 8601 style (<c>P6M</c>, <c>P2W</c>).</summary>
    /// <returns>The formatted interval.</returns>
    public override string ToString() => Unit switch
    {
        IntervalUnit.Day => $"P{Amount}D",
        IntervalUnit.Week => $"P{Amount}W",
        IntervalUnit.Month => $"P{Amount}M",
        IntervalUnit.Year => $"P{Amount}Y",
        _ => $"PT{Amount}H",
    };

    /// <summary>The approximate length in days (month = 30.4375 days, year = 365.25 days, hour = 1/24 day), for
    /// comparing intervals in different units in consistency checks; never for date arithmetic.</summary>
    /// <returns>Days, possibly fractional.</returns>
    public decimal ApproximateDays() => Unit switch
    {
        IntervalUnit.Day => Amount,
        IntervalUnit.Week => Amount * 7m,
        IntervalUnit.Month => Amount * 30.4375m,
        IntervalUnit.Year => Amount * 365.25m,
        _ => Amount / 24m,
    };
}
