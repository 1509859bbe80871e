using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using MscDomain.Common;
using NodaTime;

namespace MscDomain.Ingest;

/// <summary>
/// A reusable view of the current raw row of a table: typed reads of its cells by column index (resolved once from
/// the <see cref="RawHeader"/>), each problem added to <see cref="Issues"/> as a located, coded <see cref="DataIssue"/>.
/// </summary>
/// <remarks>
/// Every read applies the rules of <see cref="IngestText"/> (missing tokens, spellings, ranges of the calendar), so
/// every reader of the library reports the same code for the same cell. A read that fails returns
/// <see langword="null"/> and adds an error; nothing is guessed, clamped or coerced. Columns in locations are 1-based
/// characters when the row carries its raw text, else the 1-based field number.
/// </remarks>
public sealed class RawRecord
{
    private RawRow _row;

    /// <summary>Creates a view for rows of <paramref name="header"/>.</summary>
    /// <param name="header">The header.</param>
    /// <param name="issues">Where problems go.</param>
    public RawRecord(RawHeader header, ICollection<DataIssue> issues)
    {
        Header = header ?? throw new ArgumentNullException(nameof(header));
        Issues = issues ?? throw new ArgumentNullException(nameof(issues));
    }

    /// <summary>The header.</summary>
    public RawHeader Header { get; }

    /// <summary>Where problems go.</summary>
    public ICollection<DataIssue> Issues { get; }

    /// <summary>The current row's 1-based line.</summary>
    public int Line => _row.Line;

    /// <summary>The current row.</summary>
    public RawRow Row => _row;

    /// <summary>Errors added since the last <see cref="Load"/>.</summary>
    public int RowErrors { get; private set; }

    /// <summary>Makes <paramref name="row"/> current and checks its width: a row with fewer or more cells than the
    /// header is an error (<see cref="DataIssueCodes.RaggedRow"/>), never padded with missing values.</summary>
    /// <param name="row">The row.</param>
    /// <returns><see langword="true"/> when the row has exactly one cell per column.</returns>
    public bool Load(RawRow row)
    {
        _row = row;
        RowErrors = 0;
        var n = row.Cells.Count;
        if (n == Header.Count)
        {
            return true;
        }

        Add(DataIssue.Error(DataIssueCodes.RaggedRow, new SourceLocation(Header.File, row.Line), null,
            $"the row has {n.ToString(CultureInfo.InvariantCulture)} cell{(n == 1 ? string.Empty : "s")} but the header has {Header.Count.ToString(CultureInfo.InvariantCulture)}; every row needs one cell per column (a short row is never read as missing values)."));
        return false;
    }

    /// <summary>The trimmed text of a cell, or <see langword="null"/> when the column is absent (index -1).</summary>
    /// <param name="column">0-based column index, or -1.</param>
    /// <returns>The text (possibly empty).</returns>
    public string? Raw(int column) => column < 0 || column >= _row.Cells.Count ? null : _row.Cells[column].Trim();

    /// <summary>The location of a cell of the current row.</summary>
    /// <param name="column">0-based column index.</param>
    /// <returns>file:line:column with the column's name.</returns>
    public SourceLocation At(int column)
    {
        var name = column >= 0 && column < Header.Count ? Header.Names[column] : null;
        if (column < 0 || _row.Line < 1)
        {
            return new SourceLocation(Header.File, _row.Line >= 1 ? _row.Line : null, null, name);
        }

        var c = _row.RawText is { } raw ? CsvFieldStart(raw, column) : column + 1;
        return new SourceLocation(Header.File, _row.Line, c, name);
    }

    /// <summary>Adds an error for a cell of the current row.</summary>
    /// <param name="code">The code (see <see cref="DataIssueCodes"/>).</param>
    /// <param name="column">0-based column index.</param>
    /// <param name="value">The value, or <see langword="null"/> when missing.</param>
    /// <param name="rule">The rule broken.</param>
    public void Error(string code, int column, string? value, string rule) => Add(DataIssue.Error(code, At(column), value, rule));

    /// <summary>Adds an issue (counts errors for <see cref="RowErrors"/>).</summary>
    /// <param name="issue">The issue.</param>
    public void Add(DataIssue issue)
    {
        ArgumentNullException.ThrowIfNull(issue);
        if (issue.Severity == DataIssueSeverity.Error)
        {
            RowErrors++;
        }

        Issues.Add(issue);
    }

    /// <summary>Whether the cell is missing (blank or a missing token, see <see cref="IngestText.IsMissing"/>), or the column absent.</summary>
    /// <param name="column">0-based column index, or -1.</param>
    /// <returns><see langword="true"/> when missing.</returns>
    public bool IsMissing(int column) => Raw(column) is not { } t || IngestText.IsMissing(t);

    /// <summary>A text cell; missing → <see langword="null"/> (and an error when <paramref name="required"/>).</summary>
    /// <param name="column">0-based column index, or -1 for an absent optional column.</param>
    /// <param name="required">Whether a value is required.</param>
    /// <returns>The trimmed text, or <see langword="null"/>.</returns>
    public string? String(int column, bool required)
    {
        var t = Raw(column);
        if (t is null || IngestText.IsMissing(t))
        {
            Missing(column, required, "a value");
            return null;
        }

        return t;
    }

    /// <summary>A decimal cell (<see cref="IngestText.TryParseDecimal"/>).</summary>
    /// <param name="column">0-based column index, or -1.</param>
    /// <param name="required">Whether a value is required.</param>
    /// <returns>The number, or <see langword="null"/> when missing or unreadable.</returns>
    public decimal? Decimal(int column, bool required)
    {
        var t = Raw(column);
        if (t is null || IngestText.IsMissing(t))
        {
            Missing(column, required, "a number");
            return null;
        }

        if (IngestText.TryParseDecimal(t, out var d))
        {
            return d;
        }

        Error(DataIssueCodes.UnreadableValue, column, t, "is not a number; write numbers with a dot as decimal separator and no thousands separator, e.g. 12.5 (empty or NA = missing).");
        return null;
    }

    /// <summary>A whole-number cell.</summary>
    /// <param name="column">0-based column index, or -1.</param>
    /// <param name="required">Whether a value is required.</param>
    /// <returns>The number, or <see langword="null"/>.</returns>
    public int? Int32(int column, bool required)
    {
        var t = Raw(column);
        if (t is null || IngestText.IsMissing(t))
        {
            Missing(column, required, "a whole number");
            return null;
        }

        if (IngestText.TryParseInt32(t, out var i))
        {
            return i;
        }

        Error(DataIssueCodes.UnreadableValue, column, t, "is not a whole number.");
        return null;
    }

    /// <summary>A boolean cell (<see cref="IngestText.BooleanSpellings"/>).</summary>
    /// <param name="column">0-based column index, or -1.</param>
    /// <param name="required">Whether a value is required.</param>
    /// <returns>The value, or <see langword="null"/>.</returns>
    public bool? Boolean(int column, bool required)
    {
        var t = Raw(column);
        if (t is null || IngestText.IsMissing(t))
        {
            Missing(column, required, "true or false");
            return null;
        }

        if (IngestText.TryParseBoolean(t, out var b))
        {
            return b;
        }

        Error(DataIssueCodes.UnreadableValue, column, t, "is not a boolean; use " + IngestText.BooleanSpellings + ".");
        return null;
    }

    /// <summary>A date cell: ISO <c>yyyy-MM-dd</c>, or a day number when <paramref name="format"/> says so.</summary>
    /// <param name="column">0-based column index, or -1.</param>
    /// <param name="required">Whether a value is required.</param>
    /// <param name="format">How dates are written.</param>
    /// <returns>The date, or <see langword="null"/>.</returns>
    public LocalDate? Date(int column, bool required, DateCellFormat format = DateCellFormat.Iso)
    {
        var t = Raw(column);
        if (t is null || IngestText.IsMissing(t))
        {
            Missing(column, required, format == DateCellFormat.DayNumber ? "a day number" : "a date (yyyy-MM-dd)");
            return null;
        }

        if (format == DateCellFormat.DayNumber)
        {
            if (!IngestText.TryParseDayNumber(t, out var day))
            {
                Error(DataIssueCodes.UnreadableValue, column, t, "is not a whole day number (day numbers: integer days from any origin, negative allowed).");
                return null;
            }

            if (!IngestText.IsDayNumberInRange(day))
            {
                Error(DataIssueCodes.OutOfRange, column, t,
                    $"day number is outside {IngestText.MinDayNumber.ToString(CultureInfo.InvariantCulture)} … {IngestText.MaxDayNumber.ToString(CultureInfo.InvariantCulture)}, the days that map to 0001-01-01 … 9999-12-31 (day 0 = 2000-01-01).");
                return null;
            }

            return Disability.DayNumbers.FromDayNumber((int)day);
        }

        if (IngestText.TryParseIsoDate(t, out var date))
        {
            return date;
        }

        Error(DataIssueCodes.UnreadableValue, column, t, "is not an ISO date; write dates as yyyy-MM-dd (0001-01-01 to 9999-12-31), e.g. 2021-03-01.");
        return null;
    }

    /// <summary>A coded-value cell (<see cref="IngestText.TryParseEnum{TEnum}"/>).</summary>
    /// <typeparam name="TEnum">The enum.</typeparam>
    /// <param name="column">0-based column index, or -1.</param>
    /// <param name="required">Whether a value is required.</param>
    /// <returns>The value, or <see langword="null"/>.</returns>
    public TEnum? Enum<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] TEnum>(int column, bool required)
        where TEnum : struct, System.Enum
    {
        var t = Raw(column);
        if (t is null || IngestText.IsMissing(t))
        {
            Missing(column, required, "one of " + IngestText.EnumSpellings<TEnum>());
            return null;
        }

        if (IngestText.TryParseEnum<TEnum>(t, out var v))
        {
            return v;
        }

        Error(DataIssueCodes.UnreadableValue, column, t, "is not one of: " + IngestText.EnumSpellings<TEnum>() + ".");
        return null;
    }

    private void Missing(int column, bool required, string what)
    {
        if (required)
        {
            Error(DataIssueCodes.MissingValue, column, null, $"the value is missing; {what} is required on every row.");
        }
    }

    /// <summary>1-based character column where field <paramref name="field"/> starts in a CSV record (quote-aware).</summary>
    internal static int CsvFieldStart(string raw, int field)
    {
        var f = 0;
        var quoted = false;
        for (var i = 0; i < raw.Length; i++)
        {
            if (f == field)
            {
                return i + 1;
            }

            var c = raw[i];
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                f++;
            }
        }

        return f == field ? raw.Length + 1 : field + 1;
    }
}
