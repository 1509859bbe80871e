using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using NodaTime;
using NodaTime.Text;

namespace MscDomain.Tabular.Csv;

/// <summary>
/// A forward-only reader of a comma-separated file with a header row, with typed field access whose
/// errors name the file, line, column, value and rule (<see cref="TabularInputException"/>).
/// </summary>
/// <remarks>
/// <para>Format: RFC 4180 CSV (quoted fields may hold commas and line breaks), UTF-8, first line is
/// the header. Column names match case-insensitively after trimming. Fields are trimmed. Numbers use
/// invariant culture (<c>12.5</c>); dates are ISO 8601 (<c>2021-03-01</c>); booleans are
/// <c>true/false</c>, <c>1/0</c>, <c>yes/no</c> or <c>TRUE/FALSE</c>. An empty field is missing.</para>
/// <para>Line numbers are 1-based physical lines with the header on line 1.</para>
/// </remarks>
public sealed class CsvTableReader : IDisposable
{
    private readonly StreamReader _stream;
    private readonly CsvReader _csv;
    private readonly Dictionary<string, int> _columns;

    private CsvTableReader(string file, StreamReader stream, CsvReader csv, string[] headers)
    {
        File = file;
        _stream = stream;
        _csv = csv;
        Headers = headers;
        _columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < headers.Length; i++)
        {
            if (!_columns.TryAdd(headers[i], i))
            {
                throw new TabularInputException(file, 1, headers[i], $"column '{headers[i]}' appears more than once in the header; column names must be unique (case-insensitive).");
            }
        }
    }

    /// <summary>The file name as given by the caller (used in error messages).</summary>
    public string File { get; }

    /// <summary>The header's column names, trimmed, in file order.</summary>
    public IReadOnlyList<string> Headers { get; }

    /// <summary>The 1-based line number of the current row (header = 1; 0 before the first <see cref="Read"/>).</summary>
    public int Line { get; private set; }

    /// <summary>Opens <paramref name="path"/>, reads its header and checks that every required column exists.</summary>
    /// <param name="path">The CSV file.</param>
    /// <param name="requiredColumns">Column names that must be in the header (case-insensitive).</param>
    /// <returns>A reader positioned before the first data row; dispose it.</returns>
    /// <exception cref="TabularInputException">The file is missing, unreadable or empty, has duplicate header names, or lacks a required column.</exception>
    public static CsvTableReader Open(string path, params string[] requiredColumns)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        StreamReader stream;
        try
        {
            stream = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new TabularInputException(path, null, null, $"cannot open the file: {e.Message}");
        }

        try
        {
            var config = new CsvConfiguration(CultureInfo.InvariantCulture)
            {
                HasHeaderRecord = true,
                TrimOptions = TrimOptions.Trim,
                BadDataFound = args => throw new TabularInputException(path, args.Context.Parser?.RawRow, null, $"malformed CSV (stray quote) in '{args.RawRecord.TrimEnd()}'."),
                MissingFieldFound = null,
                DetectColumnCountChanges = false,
            };
            var csv = new CsvReader(stream, config);
            if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is not { Length: > 0 } header || header.All(string.IsNullOrWhiteSpace))
            {
                throw new TabularInputException(path, 1, null, "the file is empty; the first line must be a header with column names.");
            }

            var reader = new CsvTableReader(path, stream, csv, header.Select(h => h.Trim()).ToArray());
            reader.RequireColumns(requiredColumns);
            return reader;
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>Whether the header has <paramref name="column"/> (case-insensitive).</summary>
    /// <param name="column">The column name.</param>
    /// <returns><see langword="true"/> when present.</returns>
    public bool HasColumn(string column) => _columns.ContainsKey(column);

    /// <summary>Checks that every column in <paramref name="columns"/> exists.</summary>
    /// <param name="columns">Column names.</param>
    /// <exception cref="TabularInputException">A column is missing (the message lists the header's columns).</exception>
    public void RequireColumns(params string[] columns)
    {
        foreach (var c in columns)
        {
            if (!HasColumn(c))
            {
                throw new TabularInputException(File, 1, c, $"required column '{c}' is missing; the header has: {string.Join(", ", Headers)}.");
            }
        }
    }

    /// <summary>Advances to the next data row, skipping completely empty lines.</summary>
    /// <returns><see langword="false"/> at the end of the file.</returns>
    public bool Read()
    {
        while (_csv.Read())
        {
            Line = _csv.Parser.RawRow;
            if (_csv.Parser.Record is { } rec && rec.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            return true;
        }

        return false;
    }

    /// <summary>The raw (trimmed) text of <paramref name="column"/> in the current row, or <see langword="null"/> when empty or absent.</summary>
    /// <param name="column">A column name from the header.</param>
    /// <returns>The text, or <see langword="null"/>.</returns>
    /// <exception cref="TabularInputException">The column is not in the header.</exception>
    public string? GetOptionalString(string column)
    {
        if (!_columns.TryGetValue(column, out var index))
        {
            throw new TabularInputException(File, Line, column, $"column '{column}' is not in the header; the header has: {string.Join(", ", Headers)}.");
        }

        var v = _csv.Parser.Record is { } rec && index < rec.Length ? rec[index] : null;
        return string.IsNullOrWhiteSpace(v) ? null : v.Trim();
    }

    /// <summary>The non-empty text of <paramref name="column"/> in the current row.</summary>
    /// <param name="column">A column name from the header.</param>
    /// <returns>The trimmed text.</returns>
    /// <exception cref="TabularInputException">The column is missing or the field is empty.</exception>
    public string GetString(string column) =>
        GetOptionalString(column) ?? throw Error(column, string.Empty, "the value is empty; this column is required on every row.");

    /// <summary>A decimal number (invariant culture), or <see langword="null"/> when the field is empty.</summary>
    /// <param name="column">A column name from the header.</param>
    /// <returns>The number, or <see langword="null"/>.</returns>
    /// <exception cref="TabularInputException">The value is not a number.</exception>
    public decimal? GetOptionalDecimal(string column)
    {
        var v = GetOptionalString(column);
        if (v is null)
        {
            return null;
        }

        return decimal.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
            ? d
            : throw Error(column, v, "is not a number; write numbers with a dot as decimal separator, e.g. 12.5.");
    }

    /// <summary>A required decimal number (invariant culture).</summary>
    /// <param name="column">A column name from the header.</param>
    /// <returns>The number.</returns>
    /// <exception cref="TabularInputException">The field is empty or not a number.</exception>
    public decimal GetDecimal(string column) =>
        GetOptionalDecimal(column) ?? throw Error(column, string.Empty, "the value is empty; a number is required.");

    /// <summary>A required whole number.</summary>
    /// <param name="column">A column name from the header.</param>
    /// <returns>The integer.</returns>
    /// <exception cref="TabularInputException">The field is empty or not a whole number.</exception>
    public int GetInt32(string column)
    {
        var v = GetString(column);
        return int.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i)
            ? i
            : throw Error(column, v, "is not a whole number.");
    }

    /// <summary>A required boolean: true/false, 1/0, yes/no, t/f (any case).</summary>
    /// <param name="column">A column name from the header.</param>
    /// <returns>The boolean.</returns>
    /// <exception cref="TabularInputException">The field is empty or not one of the accepted spellings.</exception>
    public bool GetBoolean(string column)
    {
        var v = GetString(column);
        return v.ToUpperInvariant() switch
        {
            "TRUE" or "T" or "1" or "YES" or "Y" => true,
            "FALSE" or "F" or "0" or "NO" or "N" => false,
            _ => throw Error(column, v, "is not a boolean; use true/false, 1/0 or yes/no."),
        };
    }

    /// <summary>An ISO 8601 date (<c>yyyy-MM-dd</c>), or <see langword="null"/> when the field is empty.</summary>
    /// <param name="column">A column name from the header.</param>
    /// <returns>The date, or <see langword="null"/>.</returns>
    /// <exception cref="TabularInputException">The value is not an ISO date.</exception>
    public LocalDate? GetOptionalDate(string column)
    {
        var v = GetOptionalString(column);
        if (v is null)
        {
            return null;
        }

        var result = LocalDatePattern.Iso.Parse(v);
        return result.Success ? result.Value : throw Error(column, v, "is not an ISO date; write dates as yyyy-MM-dd, e.g. 2021-03-01.");
    }

    /// <summary>A required ISO 8601 date (<c>yyyy-MM-dd</c>).</summary>
    /// <param name="column">A column name from the header.</param>
    /// <returns>The date.</returns>
    /// <exception cref="TabularInputException">The field is empty or not an ISO date.</exception>
    public LocalDate GetDate(string column) =>
        GetOptionalDate(column) ?? throw Error(column, string.Empty, "the value is empty; a date (yyyy-MM-dd) is required.");

    /// <summary>An error at the current row and <paramref name="column"/> naming <paramref name="value"/> and the rule.</summary>
    /// <param name="column">The column.</param>
    /// <param name="value">The offending value (empty when the field is empty).</param>
    /// <param name="rule">What is wrong; for non-empty values it follows "value '...'".</param>
    /// <returns>The exception to throw.</returns>
    public TabularInputException Error(string column, string value, string rule) =>
        new(File, Line, column, value.Length == 0 ? rule : $"value '{value}' {rule}");

    /// <inheritdoc />
    public void Dispose()
    {
        _csv.Dispose();
        _stream.Dispose();
    }
}
