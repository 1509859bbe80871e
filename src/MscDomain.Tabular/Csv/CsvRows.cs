using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using MscDomain.Common;
using MscDomain.Ingest;

namespace MscDomain.Tabular.Csv;

/// <summary>
/// Maps a CSV text to the core's raw records: the header as a <see cref="RawHeader"/> and each non-blank line as a
/// <see cref="RawRow"/> (cells as written, with the record's raw text for character columns). No rule lives here:
/// the ingest boundary decides. Files pass <see cref="TextInput"/> first (strict UTF-8, no NUL; BOM and CRLF accepted).
/// </summary>
internal sealed class CsvRows : IDisposable
{
    private readonly TextReader _reader;
    private readonly CsvParser _parser;
    private bool _malformed;

    private CsvRows(TextReader reader, string file)
    {
        _reader = reader;
        File = file;
        if (reader.Peek() == '\uFEFF')
        {
            reader.Read(); // a byte-order mark left in decoded text (e.g. from a string) is not part of the first name
        }

        _parser = new CsvParser(reader, new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            HasHeaderRecord = false,
            IgnoreBlankLines = true,
            TrimOptions = TrimOptions.None,
            DetectColumnCountChanges = false,
            MissingFieldFound = null,
            BadDataFound = _ => _malformed = true,
        });
        if (!_parser.Read() || _parser.Record is not { } header || header.All(string.IsNullOrWhiteSpace))
        {
            throw new TabularInputException([DataIssue.Error(DataIssueCodes.EmptyFile, new SourceLocation(file, 1), null,
                "the file is empty; the first line must be a header with column names.")]);
        }

        CheckMalformed();
        Header = RawHeader.Create(header, file, 1);
    }

    /// <summary>The file name, for locations.</summary>
    public string File { get; }

    /// <summary>The header.</summary>
    public RawHeader Header { get; }

    /// <summary>Opens a file through the UTF-8 gate.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The rows; dispose them.</returns>
    /// <exception cref="TabularInputException">The file cannot be opened, is not UTF-8, holds a NUL or is empty.</exception>
    public static CsvRows OpenFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return Open(OpenText(path), path);
    }

    /// <summary>Reads text already decoded by the caller (no byte-level check is possible any more).</summary>
    /// <param name="reader">The text.</param>
    /// <param name="file">The name for locations.</param>
    /// <returns>The rows; dispose them.</returns>
    /// <exception cref="TabularInputException">The text is empty.</exception>
    public static CsvRows Open(TextReader reader, string file) => new(reader, file);

    /// <summary>Opens a file through <see cref="TextInput.OpenFile"/>, mapping problems to <see cref="TabularInputException"/>.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The reader.</returns>
    /// <exception cref="TabularInputException">The file cannot be read or is not UTF-8 text.</exception>
    public static TextReader OpenText(string path)
    {
        try
        {
            return TextInput.OpenFile(path);
        }
        catch (IngestException e)
        {
            throw new TabularInputException(e.Issues);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new TabularInputException(path, null, null, $"cannot open the file: {e.Message}", DataIssueCodes.FileUnreadable);
        }
    }

    /// <summary>Reads a whole file as strict UTF-8, mapping problems to <see cref="TabularInputException"/>.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The text.</returns>
    /// <exception cref="TabularInputException">The file cannot be read or is not UTF-8 text.</exception>
    public static string ReadText(string path)
    {
        try
        {
            return TextInput.ReadFile(path);
        }
        catch (IngestException e)
        {
            throw new TabularInputException(e.Issues);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new TabularInputException(path, null, null, $"cannot open the file: {e.Message}", DataIssueCodes.FileUnreadable);
        }
    }

    /// <summary>The data rows, in file order (blank lines skipped).</summary>
    /// <returns>The rows.</returns>
    /// <exception cref="TabularInputException">The CSV is malformed (a stray quote).</exception>
    public IEnumerable<RawRow> Rows()
    {
        while (_parser.Read())
        {
            var cells = _parser.Record!; // fields are parsed (and bad data found) when the record is read
            CheckMalformed();
            if (cells.Length == 1 && cells[0].Length == 0)
            {
                continue;
            }

            yield return new RawRow(_parser.RawRow, cells, _parser.RawRecord);
        }
    }

    private void CheckMalformed()
    {
        if (_malformed)
        {
            throw new TabularInputException([DataIssue.Error(DataIssueCodes.MalformedCsv, new SourceLocation(File, Math.Max(1, _parser.RawRow)),
                _parser.RawRecord.TrimEnd(), "malformed CSV: a quote inside an unquoted field or an unbalanced quote (RFC 4180: quote the whole field and double inner quotes).")]);
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _parser.Dispose();
        _reader.Dispose();
    }
}
