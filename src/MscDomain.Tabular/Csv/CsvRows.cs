using MscDomain.Common;
using MscDomain.Ingest;

namespace MscDomain.Tabular.Csv;

/// <summary>
/// Maps a CSV text to the core's raw records: the header as a <see cref="RawHeader"/> and each non-blank line as a
/// <see cref="RawRow"/> (cells as written, with the record's raw text for character columns). No rule lives here:
/// the ingest boundary decides. Files pass <see cref="TextInput"/> first (strict UTF-8, no NUL; BOM and CRLF accepted).
/// </summary>
internal sealed class CsvRows
{
    private static readonly System.Text.UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);
    private readonly Utf8CsvReader _csv;

    private CsvRows(byte[] bytes, int start, string file)
    {
        File = file;
        Bytes = bytes;
        _csv = new Utf8CsvReader(bytes, start, bytes.Length - start);
        string[]? header = null;
        while (Next())
        {
            if (!_csv.IsBlank)
            {
                header = Cells();
                break;
            }
        }

        if (header is null || header.All(string.IsNullOrWhiteSpace))
        {
            throw new TabularInputException([DataIssue.Error(DataIssueCodes.EmptyFile, new SourceLocation(file, 1), null,
                "the file is empty; the first line must be a header with column names.")]);
        }

        Header = RawHeader.Create(header, file, _csv.RecordLine);
    }

    /// <summary>The file name, for locations.</summary>
    public string File { get; }

    /// <summary>The header.</summary>
    public RawHeader Header { get; }

    /// <summary>Opens a file through the UTF-8 gate.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The rows.</returns>
    /// <exception cref="TabularInputException">The file cannot be opened, is not UTF-8, holds a NUL or is empty.</exception>
    public static CsvRows OpenFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return Open(FromFile(path, System.IO.File.ReadAllBytes), path);
    }

    /// <summary>Reads UTF-8 bytes through the UTF-8 gate (<see cref="TextInput.Check"/>).</summary>
    /// <param name="bytes">The bytes (a leading byte-order mark is skipped); not copied, so not to be changed while reading.</param>
    /// <param name="file">The name for locations.</param>
    /// <returns>The rows.</returns>
    /// <exception cref="TabularInputException">The bytes are not UTF-8, hold a NUL, or the text is empty.</exception>
    public static CsvRows Open(byte[] bytes, string file)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentNullException.ThrowIfNull(file);
        if (TextInput.Check(bytes, file) is { } issue)
        {
            throw new TabularInputException([issue]);
        }

        return new CsvRows(bytes, bytes.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0, file);
    }

    /// <summary>Reads text already decoded by the caller (no byte-level check is possible any more).</summary>
    /// <param name="reader">The text.</param>
    /// <param name="file">The name for locations.</param>
    /// <returns>The rows.</returns>
    /// <exception cref="TabularInputException">The text is empty.</exception>
    public static CsvRows Open(TextReader reader, string file)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(file);
        var text = reader.ReadToEnd();
        reader.Dispose();
        return new CsvRows(Utf8.GetBytes(text.StartsWith('\uFEFF') ? text[1..] : text), 0, file); // a byte-order mark left in decoded text is not part of the first name
    }

    /// <summary>Opens a file through <see cref="TextInput.OpenFile"/>, mapping problems to <see cref="TabularInputException"/>.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The reader.</returns>
    /// <exception cref="TabularInputException">The file cannot be read or is not UTF-8 text.</exception>
    public static TextReader OpenText(string path) => FromFile(path, TextInput.OpenFile);

    /// <summary>Reads a whole file as strict UTF-8, mapping problems to <see cref="TabularInputException"/>.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The text.</returns>
    /// <exception cref="TabularInputException">The file cannot be read or is not UTF-8 text.</exception>
    public static string ReadText(string path) => FromFile(path, TextInput.ReadFile);

    /// <summary>Reads <paramref name="path"/> with <paramref name="read"/>, mapping the ingest gate's issues and the system's
    /// reasons for not reading a file to <see cref="TabularInputException"/> (one place for every file Tabular opens).</summary>
    private static T FromFile<T>(string path, Func<string, T> read)
    {
        try
        {
            return read(path);
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
    public IEnumerable<RawRow> Rows() => RowsOf(_csv);

    /// <summary>The data rows after the header in consecutive parts of whole records (about <paramref name="chunkBytes"/>
    /// bytes each, see <see cref="PartBytes"/>), each enumerable once on any thread, for readers that check parts in parallel: their rows one after
    /// the other are <see cref="Rows"/>, with the same malformed-record error at the same place.</summary>
    /// <param name="chunkBytes">The target size of a part.</param>
    /// <returns>The parts, in file order.</returns>
    public IReadOnlyList<IEnumerable<RawRow>> Parts(int chunkBytes) =>
        [.. Utf8CsvReader.Chunks(Bytes, _csv.Position, Bytes.Length, _csv.Line, chunkBytes).Select(PartRows)];

    /// <summary>A part size for parallel reading: about four parts per processor, from 64 KB (smaller parts cost more
    /// to schedule than they save) to 1 MB (larger ones leave cores idle at the end and hold more rows at once).</summary>
    /// <returns>The part size in bytes.</returns>
    public int PartBytes() => (int)Math.Clamp((Bytes.Length - (long)_csv.Position) / (4L * Math.Max(1, Environment.ProcessorCount)), 64 * 1024, 1 << 20);

    private IEnumerable<RawRow> PartRows((int Start, int Length, int Line) chunk) => RowsOf(new Utf8CsvReader(Bytes, chunk.Start, chunk.Length, chunk.Line));

    /// <summary>The non-blank records of <paramref name="csv"/> as raw rows (the one loop behind <see cref="Rows"/> and <see cref="Parts"/>).</summary>
    private IEnumerable<RawRow> RowsOf(Utf8CsvReader csv)
    {
        while (Next(csv))
        {
            if (!csv.IsBlank)
            {
                yield return new RawRow(csv.RecordLine, Cells(csv), csv.RecordText());
            }
        }
    }

    /// <summary>The whole input (UTF-8), for callers that split the records after the header into chunks.</summary>
    internal byte[] Bytes { get; }

    /// <summary>Maps a tokeniser error to the located MSC0107 issue.</summary>
    /// <param name="e">The error.</param>
    /// <returns>The exception to throw.</returns>
    internal TabularInputException Malformed(CsvFormatException e) =>
        new([DataIssue.Error(DataIssueCodes.MalformedCsv, new SourceLocation(File, e.Line, e.Column), e.LineText, e.Rule)]);

    /// <summary>The tokeniser, for callers that read fields as bytes (grade-labs' pass-through).</summary>
    internal Utf8CsvReader Reader => _csv;

    /// <summary>Advances to the next record (blank lines included), mapping a malformed record to <see cref="TabularInputException"/>.</summary>
    /// <returns><see langword="false"/> at the end.</returns>
    /// <exception cref="TabularInputException">The CSV is malformed.</exception>
    internal bool Next() => Next(_csv);

    private bool Next(Utf8CsvReader csv)
    {
        try
        {
            return csv.Read();
        }
        catch (CsvFormatException e)
        {
            throw Malformed(e);
        }
    }

    /// <summary>The cells of the current record as strings.</summary>
    /// <returns>The cells.</returns>
    internal string[] Cells() => Cells(_csv);

    /// <summary>The cells of the current record of <paramref name="csv"/> as strings.</summary>
    /// <param name="csv">The tokeniser.</param>
    /// <returns>The cells.</returns>
    internal static string[] Cells(Utf8CsvReader csv)
    {
        var cells = new string[csv.FieldCount];
        for (var i = 0; i < cells.Length; i++)
        {
            cells[i] = csv.GetString(i);
        }

        return cells;
    }
}
