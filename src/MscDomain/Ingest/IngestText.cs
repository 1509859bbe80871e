using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using MscDomain.Disability;
using NodaTime;

namespace MscDomain.Ingest;

/// <summary>
/// The accepted spellings of single text values, in one place for every reader (CSV files, command-line values):
/// missing-value tokens, booleans, numbers, dates, day numbers and coded values.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Missing: an empty or blank cell, or one of <see cref="MissingTokens"/> (R's <c>NA</c> and its usual variants,
/// as msprog and readr write them).</item>
/// <item>Booleans (any case): <c>true</c>/<c>false</c>, <c>t</c>/<c>f</c>, <c>yes</c>/<c>no</c>, <c>y</c>/<c>n</c>,
/// <c>1</c>/<c>0</c> (R writes <c>TRUE</c>/<c>FALSE</c>, SAS and Stata <c>1</c>/<c>0</c>, CRFs <c>Y</c>/<c>N</c>).</item>
/// <item>Numbers: invariant culture, a dot as decimal separator, an optional sign and exponent (<c>-1.5</c>, <c>2e3</c>);
/// no thousands separators; anything beyond <see cref="decimal"/>'s range (<c>1e400</c>) is unreadable, never infinity.</item>
/// <item>Dates: ISO 8601 calendar dates <c>yyyy-MM-dd</c> from 0001-01-01 to 9999-12-31.</item>
/// <item>Day numbers (msprog <c>date_format = "day"</c>): whole days from an arbitrary origin mapped to dates through
/// <see cref="DayNumbers.Epoch"/>; accepted from <see cref="MinDayNumber"/> to <see cref="MaxDayNumber"/>, so that every
/// mapped date lies in 0001-01-01 … 9999-12-31.</item>
/// </list>
/// </remarks>
public static class IngestText
{
    /// <summary>The tokens read as a missing value besides an empty cell: <c>NA</c>, <c>NaN</c>, <c>na</c>, <c>N/A</c>, <c>n/a</c>, <c>NULL</c>.</summary>
    public static IReadOnlyList<string> MissingTokens { get; } = ["NA", "NaN", "na", "N/A", "n/a", "NULL"];

    /// <summary>The smallest accepted day number: the one that maps to 0001-01-01.</summary>
    public static int MinDayNumber { get; } = DayNumbers.ToDayNumber(new LocalDate(1, 1, 1));

    /// <summary>The largest accepted day number: the one that maps to 9999-12-31.</summary>
    public static int MaxDayNumber { get; } = DayNumbers.ToDayNumber(new LocalDate(9999, 12, 31));

    /// <summary>The accepted boolean spellings, for messages.</summary>
    public const string BooleanSpellings = "true/false, t/f, yes/no, y/n or 1/0 (any case)";

    /// <summary>Whether <paramref name="text"/> is a missing value: blank, or one of <see cref="MissingTokens"/>.</summary>
    /// <param name="text">The cell text.</param>
    /// <returns><see langword="true"/> when missing.</returns>
    public static bool IsMissing(ReadOnlySpan<char> text)
    {
        var t = text.Trim();
        return t.Length == 0 || t is "NA" or "NaN" or "na" or "N/A" or "n/a" or "NULL";
    }

    /// <summary>Reads a boolean in any accepted spelling (see remarks).</summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The value.</param>
    /// <returns>Whether the spelling is accepted.</returns>
    public static bool TryParseBoolean(ReadOnlySpan<char> text, out bool value)
    {
        var t = text.Trim();
        if (t.Equals("true", StringComparison.OrdinalIgnoreCase) || t.Equals("t", StringComparison.OrdinalIgnoreCase)
            || t.Equals("yes", StringComparison.OrdinalIgnoreCase) || t.Equals("y", StringComparison.OrdinalIgnoreCase) || t is "1")
        {
            value = true;
            return true;
        }

        if (t.Equals("false", StringComparison.OrdinalIgnoreCase) || t.Equals("f", StringComparison.OrdinalIgnoreCase)
            || t.Equals("no", StringComparison.OrdinalIgnoreCase) || t.Equals("n", StringComparison.OrdinalIgnoreCase) || t is "0")
        {
            value = false;
            return true;
        }

        value = false;
        return false;
    }

    /// <summary>Reads a decimal number (see remarks).</summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The number.</param>
    /// <returns>Whether it is a number within <see cref="decimal"/>'s range.</returns>
    public static bool TryParseDecimal(ReadOnlySpan<char> text, out decimal value) =>
        TryParsePlainDecimal(text, out value)
        || decimal.TryParse(text.Trim(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent,
            CultureInfo.InvariantCulture, out value);

    /// <summary>
    /// The common spelling of a number without the general parser: ASCII digits, optionally a dot and more digits
    /// (<c>12</c>, <c>0.50</c>), at most 19 characters. The value and scale are <see cref="decimal.TryParse(ReadOnlySpan{char}, NumberStyles, IFormatProvider?, out decimal)"/>'s
    /// (trailing zeros kept: <c>0.50</c> has scale 2); anything else (a sign, an exponent, blanks, <c>.5</c>, <c>5.</c>)
    /// returns <see langword="false"/> and goes to the general parser.
    /// </summary>
    internal static bool TryParsePlainDecimal(ReadOnlySpan<char> text, out decimal value)
    {
        value = default;
        if (text.IsEmpty || text.Length > 19)
        {
            return false;
        }

        ulong mantissa = 0;
        var digits = 0;
        var scale = -1; // -1: no dot yet
        foreach (var c in text)
        {
            var d = (uint)(c - '0');
            if (d <= 9)
            {
                mantissa = (mantissa * 10) + d;
                digits++;
                if (scale >= 0)
                {
                    scale++;
                }
            }
            else if (c == '.' && scale < 0 && digits > 0)
            {
                scale = 0;
            }
            else
            {
                return false;
            }
        }

        if (scale == 0)
        {
            return false; // "5." : a trailing dot
        }

        value = new decimal((int)(uint)mantissa, (int)(uint)(mantissa >> 32), 0, isNegative: false, (byte)Math.Max(scale, 0));
        return true;
    }

    /// <summary>Reads a whole number (an optional sign and digits only).</summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The number.</param>
    /// <returns>Whether it is a whole number within <see cref="int"/>'s range.</returns>
    public static bool TryParseInt32(ReadOnlySpan<char> text, out int value) =>
        int.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);

    /// <summary>Reads an ISO 8601 calendar date <c>yyyy-MM-dd</c> (0001-01-01 … 9999-12-31).</summary>
    /// <param name="text">The text.</param>
    /// <param name="date">The date.</param>
    /// <returns>Whether it is such a date.</returns>
    public static bool TryParseIsoDate(ReadOnlySpan<char> text, out LocalDate date)
    {
        var t = text.Trim();
        if (t.Length == 10 && t[4] == '-' && t[7] == '-'
            && Digits(t, 0, 4) is var y and >= 1 && Digits(t, 5, 2) is var m and >= 1 and <= 12 && Digits(t, 8, 2) is var day and >= 1
            && day <= DateTime.DaysInMonth(y, m))
        {
            date = new LocalDate(y, m, day); // the common case without the general parser (same dates: ASCII digits only)
            return true;
        }

        if (t.Length == 10 && DateOnly.TryParseExact(t, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            date = LocalDate.FromDateOnly(d);
            return true;
        }

        date = default;
        return false;
    }

    /// <summary>Reads a whole day number (a decimal point with zeros, <c>12.0</c>, is accepted as R writes it).</summary>
    /// <param name="text">The text.</param>
    /// <param name="day">The day number, when it is a whole number (it may still be out of range).</param>
    /// <returns>Whether it is a whole number; check <see cref="IsDayNumberInRange"/> separately.</returns>
    public static bool TryParseDayNumber(ReadOnlySpan<char> text, out long day)
    {
        if (decimal.TryParse(text.Trim(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d)
            && d == decimal.Truncate(d) && d is >= long.MinValue and <= long.MaxValue)
        {
            day = (long)d;
            return true;
        }

        day = 0;
        return false;
    }

    /// <summary>Whether a day number maps to a date in 0001-01-01 … 9999-12-31.</summary>
    /// <param name="day">The day number.</param>
    /// <returns><see langword="true"/> when in range.</returns>
    public static bool IsDayNumberInRange(long day) => day >= MinDayNumber && day <= MaxDayNumber;

    /// <summary>Reads a coded value (an enum) by its wire name (<see cref="Common.WireName"/>, exact: <c>bone-marrow</c>,
    /// <c>v5.0</c>), surrounding blanks ignored.</summary>
    /// <typeparam name="TEnum">The enum.</typeparam>
    /// <param name="text">The text.</param>
    /// <param name="value">The value.</param>
    /// <returns>Whether the text names a member.</returns>
    public static bool TryParseEnum<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] TEnum>(string text, out TEnum value)
        where TEnum : struct, Enum => EnumSpelling<TEnum>.TryParse(text, out value);

    /// <summary>The wire spelling of an enum member (kebab-case), as readers accept and writers write it.</summary>
    /// <typeparam name="TEnum">The enum.</typeparam>
    /// <param name="value">The member.</param>
    /// <returns>The spelling.</returns>
    public static string FormatEnum<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] TEnum>(TEnum value)
        where TEnum : struct, Enum => EnumSpelling<TEnum>.Format(value);

    /// <summary>The wire spellings of every member of <typeparamref name="TEnum"/>, comma-separated, for messages.</summary>
    /// <typeparam name="TEnum">The enum.</typeparam>
    /// <returns>The listing.</returns>
    public static string EnumSpellings<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] TEnum>()
        where TEnum : struct, Enum => EnumSpelling<TEnum>.Listing;

    /// <summary>The value of <paramref name="count"/> ASCII digits at <paramref name="start"/>, or -1 when one is not a digit.</summary>
    private static int Digits(ReadOnlySpan<char> t, int start, int count)
    {
        var v = 0;
        for (var i = start; i < start + count; i++)
        {
            var c = t[i] - '0';
            if ((uint)c > 9)
            {
                return -1;
            }

            v = (v * 10) + c;
        }

        return v;
    }
}
