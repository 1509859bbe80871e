using System.Diagnostics.CodeAnalysis;
using MscDomain.Common;
using MscDomain.Ingest;
using NodaTime;

namespace MscDomain.Tabular.Csv;

/// <summary>
/// A forward-only reader of a comma-separated file with a header row, with typed field access whose
/// errors name the file, line, column, value and rule (<see cref="TabularInputException"/> carrying coded
/// <see cref="DataIssue"/>s).
/// </summary>
/// <remarks>
/// <para>Format: RFC 4180 CSV (quoted fields may hold commas and line breaks), strict UTF-8 (a BOM and CRLF are
/// accepted; invalid bytes and NUL characters are errors), first line is the header. Column names match
/// case-insensitively after trimming and must be unique. Every row has exactly one cell per column (a short or long
/// row is an error, never read as missing values). The spellings of values are the core's
/// (<see cref="IngestText"/>): invariant numbers (<c>12.5</c>), ISO dates (<c>2021-03-01</c>), booleans
/// (<see cref="IngestText.BooleanSpellings"/>); an empty field or <c>NA</c> is missing.</para>
/// <para>Line numbers are 1-based physical lines with the header on line 1.</para>
/// </remarks>
public sealed class CsvTableReader : IDisposable
{
    private readonly CsvRows _rows;
    private readonly IEnumerator<RawRow> _enumerator;
    private readonly List<DataIssue> _issues = [];
    private readonly RawRecord _record;

    private CsvTableReader(CsvRows rows)
    {
        _rows = rows;
        _record = new RawRecord(rows.Header, _issues);
        _enumerator = rows.Rows().GetEnumerator();
    }

    /// <summary>The file name as given by the caller (used in error messages).</summary>
    public string File => _rows.File;

    /// <summary>The header's column names, trimmed, in file order.</summary>
    public IReadOnlyList<string> Headers => _rows.Header.Names;

    /// <summary>The 1-based line number of the current row (header = 1; 0 before the first <see cref="Read"/>).</summary>
    public int Line => _record.Line;

    /// <summary>Opens <paramref name="path"/>, reads its header and checks that every required column exists.</summary>
    /// <param name="path">The CSV file.</param>
    /// <param name="requiredColumns">Column names that must be in the header (case-insensitive).</param>
    /// <returns>A reader positioned before the first data row; dispose it.</returns>
    /// <exception cref="TabularInputException">The file is missing, unreadable, not UTF-8 or empty, has duplicate header names, or lacks a required column.</exception>
    public static CsvTableReader Open(string path, params string[] requiredColumns)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var rows = CsvRows.OpenFile(path);
        TabularInputException.ThrowIfErrors(rows.Header.Issues);
        var reader = new CsvTableReader(rows);
        reader.RequireColumns(requiredColumns);
        return reader;
    }

    /// <summary>Whether the header has <paramref name="column"/> (case-insensitive).</summary>
    /// <param name="column">The column name.</param>
    /// <returns><see langword="true"/> when present.</returns>
    public bool HasColumn(string column) => _rows.Header.IndexOf(column) >= 0;

    /// <summary>Checks that every column in <paramref name="columns"/> exists.</summary>
    /// <param name="columns">Column names.</param>
    /// <exception cref="TabularInputException">A column is missing (the message lists the header's columns).</exception>
    public void RequireColumns(params string[] columns)
    {
        var issues = new List<DataIssue>();
        foreach (var c in columns)
        {
            _rows.Header.Require(c, "required by this reader", issues);
        }

        TabularInputException.ThrowIfErrors(issues);
    }

    /// <summary>Advances to the next data row, skipping completely empty lines.</summary>
    /// <returns><see langword="false"/> at the end of the file.</returns>
    /// <exception cref="TabularInputException">The row has fewer or more cells than the header, or the CSV is malformed.</exception>
    public bool Read()
    {
        while (_enumerator.MoveNext())
        {
            var row = _enumerator.Current;
            if (row.Cells.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            _record.Load(row);
            Check();
            return true;
        }

        return false;
    }

    /// <summary>The raw (trimmed) text of <paramref name="column"/> in the current row, or <see langword="null"/> when missing (empty or <c>NA</c>).</summary>
    /// <param name="column">A column name from the header.</param>
    /// <returns>The text, or <see langword="null"/>.</returns>
    /// <exception cref="TabularInputException">The column is not in the header.</exception>
    public string? GetOptionalString(string column) => Checked(_record.String(Index(column), required: false));

    /// <summary>The non-empty text of <paramref name="column"/> in the current row.</summary>
    /// <param name="column">A column name from the header.</param>
    /// <returns>The trimmed text.</returns>
    /// <exception cref="TabularInputException">The column is missing or the field is empty.</exception>
    public string GetString(string column) => Checked(_record.String(Index(column), required: true))!;

    /// <summary>A decimal number (invariant culture), or <see langword="null"/> when the field is empty.</summary>
    /// <param name="column">A column name from the header.</param>
    /// <returns>The number, or <see langword="null"/>.</returns>
    /// <exception cref="TabularInputException">The value is not a number.</exception>
    public decimal? GetOptionalDecimal(string column) => Checked(_record.Decimal(Index(column), required: false));

    /// <summary>A required decimal number (invariant culture).</summary>
    /// <param name="column">A column name from the header.</param>
    /// <returns>The number.</returns>
    /// <exception cref="TabularInputException">The field is empty or not a number.</exception>
    public decimal GetDecimal(string column) => Checked(_record.Decimal(Index(column), required: true))!.Value;

    /// <summary>A required whole number.</summary>
    /// <param name="column">A column name from the header.</param>
    /// <returns>The integer.</returns>
    /// <exception cref="TabularInputException">The field is empty or not a whole number.</exception>
    public int GetInt32(string column) => Checked(_record.Int32(Index(column), required: true))!.Value;

    /// <summary>An optional whole number.</summary>
    /// <param name="column">A column name from the header.</param>
    /// <returns>The integer or <see langword="null"/>.</returns>
    /// <exception cref="TabularInputException">The field is not a whole number.</exception>
    public int? GetOptionalInt32(string column) => Checked(_record.Int32(Index(column), required: false));

    /// <summary>A required boolean (<see cref="IngestText.BooleanSpellings"/>).</summary>
    /// <param name="column">A column name from the header.</param>
    /// <returns>The boolean.</returns>
    /// <exception cref="TabularInputException">The field is empty or not one of the accepted spellings.</exception>
    public bool GetBoolean(string column) => Checked(_record.Boolean(Index(column), required: true))!.Value;

    /// <summary>An optional boolean (<see cref="IngestText.BooleanSpellings"/>).</summary>
    /// <param name="column">A column name from the header.</param>
    /// <returns>The boolean or <see langword="null"/>.</returns>
    /// <exception cref="TabularInputException">The field is not one of the accepted spellings.</exception>
    public bool? GetOptionalBoolean(string column) => Checked(_record.Boolean(Index(column), required: false));

    /// <summary>An ISO 8601 date (<c>yyyy-MM-dd</c>), or <see langword="null"/> when the field is empty.</summary>
    /// <param name="column">A column name from the header.</param>
    /// <returns>The date, or <see langword="null"/>.</returns>
    /// <exception cref="TabularInputException">The value is not an ISO date.</exception>
    public LocalDate? GetOptionalDate(string column) => Checked(_record.Date(Index(column), required: false));

    /// <summary>A required ISO 8601 date (<c>yyyy-MM-dd</c>).</summary>
    /// <param name="column">A column name from the header.</param>
    /// <returns>The date.</returns>
    /// <exception cref="TabularInputException">The field is empty or not an ISO date.</exception>
    public LocalDate GetDate(string column) => Checked(_record.Date(Index(column), required: true))!.Value;

    /// <summary>A coded value (an enum) in the core's accepted spellings, or <see langword="null"/> when missing.</summary>
    /// <typeparam name="TEnum">The enum.</typeparam>
    /// <param name="column">A column name from the header.</param>
    /// <param name="required">Whether a value is required.</param>
    /// <returns>The value or <see langword="null"/>.</returns>
    /// <exception cref="TabularInputException">The value is not a member, or missing when required.</exception>
    public TEnum? GetEnum<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] TEnum>(string column, bool required)
        where TEnum : struct, Enum => Checked(_record.Enum<TEnum>(Index(column), required));

    /// <summary>The location of a cell of the current row.</summary>
    /// <param name="column">The column name.</param>
    /// <returns>file:line:column [name].</returns>
    public SourceLocation At(string column) => _rows.Header.IndexOf(column) is var i and >= 0
        ? _record.At(i)
        : new SourceLocation(File, Line >= 1 ? Line : null, null, column);

    /// <summary>An error at the current row and <paramref name="column"/> naming <paramref name="value"/> and the rule.</summary>
    /// <param name="column">The column.</param>
    /// <param name="value">The offending value (empty when the field is empty).</param>
    /// <param name="rule">What is wrong.</param>
    /// <param name="code">The issue code; by default <see cref="DataIssueCodes.MissingValue"/> for an empty value, else <see cref="DataIssueCodes.OutOfRange"/>.</param>
    /// <returns>The exception to throw.</returns>
    public TabularInputException Error(string column, string value, string rule, string? code = null) =>
        new([DataIssue.Error(code ?? (value.Length == 0 ? DataIssueCodes.MissingValue : DataIssueCodes.OutOfRange), At(column), value.Length == 0 ? null : value, rule)]);

    /// <inheritdoc />
    public void Dispose()
    {
        _enumerator.Dispose();
    }

    private int Index(string column)
    {
        var i = _rows.Header.IndexOf(column);
        if (i < 0)
        {
            throw new TabularInputException([DataIssue.Error(DataIssueCodes.MissingColumn, new SourceLocation(File, Line >= 1 ? Line : 1, null, column), null,
                $"column '{column}' is not in the header; the header has: {string.Join(", ", Headers)}.")]);
        }

        return i;
    }

    private T Checked<T>(T value)
    {
        Check();
        return value;
    }

    private void Check()
    {
        if (_issues.Count > 0)
        {
            var copy = _issues.ToArray();
            _issues.Clear();
            TabularInputException.ThrowIfErrors(copy);
        }
    }
}
