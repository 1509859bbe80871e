using System.Globalization;
using System.Text;
using MscDomain.AdverseEvents;
using MscDomain.Common;
using MscDomain.Ingest;
using MscDomain.Safety;
using MscDomain.Tabular.Csv;

namespace MscDomain.Tabular.Labs;

/// <summary>
/// Grades a lab CSV by CTCAE v5.0/v6.0: reads one lab value per row, passes every column through unchanged and
/// appends <c>grade</c> (0-4, empty when not gradable) and <c>reason</c>.
/// </summary>
/// <remarks>
/// <para>The columns and spellings are the core's (<see cref="LabRowIngest"/>). Required columns (any order, names case-insensitive): <c>term</c>, <c>direction</c> (high, low, or
/// empty when the term implies it), <c>value</c>, <c>unit</c>, <c>lln</c>, <c>uln</c>, <c>baseline_value</c>,
/// <c>baseline_status</c> (normal, high, low or empty), <c>ctcae_version</c> (<c>v5.0</c> or <c>v6.0</c>, the spelling JSON uses). Optional:
/// <c>symptomatic</c>, <c>intervention_indicated</c>, <c>on_anticoagulation</c>, <c>is_baseline</c> (true, false,
/// empty = unknown → the clinical-qualifier policy). Numbers use invariant culture (<c>1.5</c>); empty = missing.</para>
/// <para><c>reason</c> is the <see cref="CtcaeNotGradableReason"/> wire name (<c>missing-lln</c>) when not gradable; for a
/// grade it lists the wire names of the <see cref="LabGradingFlags"/> that fired, separated by <c>;</c> (empty when none). Unknown term names, unsupported units and missing
/// references are data, not errors: the row is "not gradable".</para>
/// <para>Errors (unparseable number or flag, unknown version, direction or baseline status, a direction that contradicts
/// the term, missing required column,
/// existing <c>grade</c>/<c>reason</c> column) throw <see cref="TabularInputException"/> naming file, line, column,
/// value and rule.</para>
/// </remarks>
public static class LabGradingCsv
{

    /// <summary>The required input columns (the core's, <see cref="LabRowIngest.RequiredColumns"/>).</summary>
    public static IReadOnlyList<string> RequiredColumns => LabRowIngest.RequiredColumns;

    /// <summary>Reads lab rows from <paramref name="input"/> and writes them with <c>grade</c> and <c>reason</c> to <paramref name="output"/>.</summary>
    /// <param name="input">The CSV to read (header on the first line).</param>
    /// <param name="output">Where the graded CSV goes.</param>
    /// <param name="fileName">The input file name, for error messages.</param>
    /// <param name="options">Grading policies; <see langword="null"/> for <see cref="LabGradingOptions.Default"/>.</param>
    /// <returns>Row counts.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="TabularInputException">The input breaks a rule (see remarks).</exception>
    public static LabGradingCsvSummary Grade(TextReader input, TextWriter output, string fileName, LabGradingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(fileName);
        var rows = CsvRows.Open(input, fileName);
        return Grade(rows, output, options);
    }

    /// <summary>Grades the lab CSV file <paramref name="path"/> (strict UTF-8, see <see cref="TextInput"/>) into <paramref name="output"/>.</summary>
    /// <param name="path">The input file.</param>
    /// <param name="output">Where the graded CSV goes.</param>
    /// <param name="options">Grading policies; <see langword="null"/> for <see cref="LabGradingOptions.Default"/>.</param>
    /// <returns>Row counts.</returns>
    /// <exception cref="TabularInputException">The file cannot be read or breaks a rule.</exception>
    public static LabGradingCsvSummary GradeFile(string path, TextWriter output, LabGradingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        var rows = CsvRows.OpenFile(path);
        return Grade(rows, output, options);
    }

    /// <summary>Grades the lab CSV file <paramref name="path"/> (strict UTF-8, see <see cref="TextInput"/>) into
    /// <paramref name="output"/> as UTF-8 without a byte-order mark: the bytes <see cref="GradeFile(string, TextWriter, LabGradingOptions?)"/>
    /// writes through a UTF-8 writer, without decoding and encoding text (the input's records are copied as written
    /// where their quoting is already the output's).</summary>
    /// <param name="path">The input file.</param>
    /// <param name="output">Where the graded CSV goes (written, not flushed or closed).</param>
    /// <param name="options">Grading policies; <see langword="null"/> for <see cref="LabGradingOptions.Default"/>.</param>
    /// <returns>Row counts.</returns>
    /// <exception cref="TabularInputException">The file cannot be read or breaks a rule.</exception>
    public static LabGradingCsvSummary GradeFile(string path, Stream output, LabGradingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        var rows = CsvRows.OpenFile(path);
        return Grade(rows, (data, length) => output.Write(data, 0, length), options, rows.PartBytes());
    }

    private static LabGradingCsvSummary Grade(CsvRows rows, TextWriter output, LabGradingOptions? options) => Grade(rows, output, options, rows.PartBytes());

    /// <summary>Grades into a text writer with chunks of about <paramref name="chunkBytes"/> bytes (tests compare chunk sizes).</summary>
    /// <param name="rows">The input.</param>
    /// <param name="output">The output.</param>
    /// <param name="options">The options.</param>
    /// <param name="chunkBytes">The chunk size.</param>
    /// <returns>Row counts.</returns>
    internal static LabGradingCsvSummary Grade(CsvRows rows, TextWriter output, LabGradingOptions? options, int chunkBytes)
    {
        char[] chars = [];
        var summary = Grade(rows, (data, length) =>
        {
            // Chunks end at record boundaries, so each is whole UTF-8.
            var n = Encoding.UTF8.GetMaxCharCount(length);
            if (chars.Length < n)
            {
                chars = new char[n];
            }

            output.Write(chars, 0, Encoding.UTF8.GetChars(data, 0, length, chars, 0));
        }, options, chunkBytes);
        output.Flush();
        return summary;
    }

    /// <summary>Grades <paramref name="rows"/>, handing the output's UTF-8 to <paramref name="write"/> in order, a chunk at a time.</summary>
    private static LabGradingCsvSummary Grade(CsvRows rows, Action<byte[], int> write, LabGradingOptions? options, int chunkBytes)
    {
        var grader = new CtcaeLabGrader(options ?? LabGradingOptions.Default);
        var issues = new List<DataIssue>();
        _ = new LabRowIngest(rows.Header, issues);
        foreach (var appended in new[] { "grade", "reason" })
        {
            if (rows.Header.IndexOf(appended) is var i and >= 0)
            {
                issues.Add(DataIssue.Error(DataIssueCodes.OutputColumnExists, rows.Header.At(i), appended, $"the input already has a '{appended}' column, which grading appends."));
            }
        }

        TabularInputException.ThrowIfErrors(issues);
        var header = new ByteBuffer();
        foreach (var h in rows.Header.Names)
        {
            header.Field(Encoding.UTF8.GetBytes(h));
            header.Append(Comma);
        }

        header.Field(Encoding.UTF8.GetBytes("grade"));
        header.Append(Comma);
        header.Field(Encoding.UTF8.GetBytes("reason"));
        header.Append(Crlf);
        write(header.Data, header.Length);

        // Records after the header are cut into chunks of whole records (about 1 MB) and graded in parallel
        // (OrderedParallel: at most two chunks per core in flight); each chunk is written to its own buffer and the
        // buffers go out in input order while later chunks are still being graded, so the output is byte-identical to
        // one serial pass. A chunk stops at its first error; the first chunk (in file order) with an error throws it,
        // which is the error a serial pass reports first.
        var csv = rows.Reader;
        var chunks = Utf8CsvReader.Chunks(rows.Bytes, csv.Position, rows.Bytes.Length, csv.Line, chunkBytes);
        int count = 0, graded = 0, notGradable = 0;
        var buffers = new System.Collections.Concurrent.ConcurrentBag<ByteBuffer>(); // reused (large buffers are not garbage per chunk)
        OrderedParallel.Run(
            chunks.Count,
            (i, stopped) =>
            {
                var buffer = buffers.TryTake(out var b) ? b : new ByteBuffer();
                return stopped() ? new Chunk { Output = buffer } : GradeChunk(rows, chunks[i], grader, buffer);
            },
            (_, r) =>
            {
                write(r.Output.Data, r.Output.Length);
                r.Output.Length = 0;
                buffers.Add(r.Output);
                if (r.Error is { } e)
                {
                    throw e;
                }

                count += r.Rows;
                graded += r.Graded;
                notGradable += r.NotGradable;
                return true;
            });

        return new LabGradingCsvSummary(count, graded, notGradable);
    }

    private static Chunk GradeChunk(CsvRows rows, (int Start, int Length, int Line) range, CtcaeLabGrader grader, ByteBuffer output)
    {
        var chunk = new Chunk { Output = output };
        var issues = new List<DataIssue>();
        var ingest = new LabRowIngest(rows.Header, issues);
        var csv = new Utf8CsvReader(rows.Bytes, range.Start, range.Length, range.Line);
        var cells = new Range[rows.Header.Count];
        var flagFields = new Dictionary<LabGradingFlags, byte[]>();
        var reasonFields = new Dictionary<CtcaeNotGradableReason, byte[]>();
        try
        {
            while (csv.Read())
            {
                if (csv.IsBlank)
                {
                    continue;
                }

                chunk.Rows++;
                LabGradingInput? input;
                if (csv.HasEscapes)
                {
                    // A field with "" escapes is not a range of the input: this row is read as strings.
                    input = ingest.Read(new RawRow(csv.RecordLine, CsvRows.Cells(csv), csv.RecordText()));
                }
                else
                {
                    if (cells.Length < csv.FieldCount)
                    {
                        cells = new Range[csv.FieldCount];
                    }

                    csv.FieldRanges(cells);
                    input = ingest.Read(csv.RecordLine, csv.RecordBytes, cells.AsSpan(0, csv.FieldCount));
                }

                if (input is not { } row)
                {
                    TabularInputException.ThrowIfErrors(issues);
                    throw new InvalidOperationException("A lab row was not read but no error was reported."); // unreachable: the ingest returns null only with an error
                }

                var result = grader.Grade(row);
                CopyFields(csv, output);
                output.Append(Comma);
                if (result.GradeValue is { } g)
                {
                    chunk.Graded++;
                    if (g is >= 0 and <= 9)
                    {
                        output.Append([(byte)('0' + g)]);
                    }
                    else
                    {
                        output.Append(Encoding.ASCII.GetBytes(g.ToString(CultureInfo.InvariantCulture)));
                    }

                    output.Append(Comma);
                    if (!flagFields.TryGetValue(result.Flags, out var flags))
                    {
                        flags = FieldBytes(result.Flags == LabGradingFlags.None ? string.Empty : WireName.Of(result.Flags).Replace(", ", ";", StringComparison.Ordinal));
                        flagFields.Add(result.Flags, flags);
                    }

                    output.Append(flags);
                }
                else
                {
                    chunk.NotGradable++;
                    output.Append(Comma);
                    if (!reasonFields.TryGetValue(result.Reason, out var reason))
                    {
                        reason = FieldBytes(WireName.Of(result.Reason));
                        reasonFields.Add(result.Reason, reason);
                    }

                    output.Append(reason);
                }

                output.Append(Crlf);
            }
        }
        catch (CsvFormatException e)
        {
            chunk.Error = rows.Malformed(e);
        }
        catch (TabularInputException e)
        {
            chunk.Error = e;
        }

        return chunk;
    }

    private static ReadOnlySpan<byte> Comma => ","u8;

    private static ReadOnlySpan<byte> Crlf => "\r\n"u8;

    /// <summary>Copies the current record's fields with the output's quoting (<see cref="CsvFieldWriter"/>'s rule): the
    /// record's bytes as written when every field is already quoted exactly when the rule quotes it, else field by field.</summary>
    private static void CopyFields(Utf8CsvReader csv, ByteBuffer output)
    {
        var asWritten = true;
        for (var i = 0; i < csv.FieldCount && asWritten; i++)
        {
            // An unquoted field holds no separator, quote or line break (the tokeniser ends it there): only its edges can need quotes.
            var raw = csv.RawField(i);
            asWritten = csv.IsQuoted(i) ? CsvFieldWriter.NeedsQuotes(raw) : raw.IsEmpty || (raw[0] != (byte)' ' && raw[^1] != (byte)' ');
        }

        if (asWritten)
        {
            output.Append(csv.RecordBytes);
            return;
        }

        for (var i = 0; i < csv.FieldCount; i++)
        {
            if (i > 0)
            {
                output.Append(Comma);
            }

            // The raw bytes of a quoted field keep its "" escapes, which are the output's; an unquoted field holds no quote.
            var raw = csv.RawField(i);
            if (CsvFieldWriter.NeedsQuotes(raw))
            {
                output.Append("\""u8);
                output.Append(raw);
                output.Append("\""u8);
            }
            else
            {
                output.Append(raw);
            }
        }
    }

    /// <summary>A field's output bytes: the value, quoted with inner quotes doubled when the rule quotes it.</summary>
    private static byte[] FieldBytes(string value)
    {
        var b = new ByteBuffer();
        b.Field(Encoding.UTF8.GetBytes(value));
        return b.Data.AsSpan(0, b.Length).ToArray();
    }

    private sealed class Chunk
    {
        public ByteBuffer Output { get; init; } = null!;

        public int Rows { get; set; }

        public int Graded { get; set; }

        public int NotGradable { get; set; }

        public TabularInputException? Error { get; set; }
    }

    /// <summary>A growable byte buffer (reused between chunks).</summary>
    private sealed class ByteBuffer
    {
        public byte[] Data { get; private set; } = new byte[1 << 16];

        public int Length { get; set; }

        public void Append(ReadOnlySpan<byte> bytes)
        {
            if (Data.Length - Length < bytes.Length)
            {
                var grown = new byte[Math.Max(Data.Length * 2, Length + bytes.Length)];
                Data.AsSpan(0, Length).CopyTo(grown);
                Data = grown;
            }

            bytes.CopyTo(Data.AsSpan(Length));
            Length += bytes.Length;
        }

        /// <summary>Appends a value as one CSV field (quoted, inner quotes doubled, when <see cref="CsvFieldWriter.NeedsQuotes(ReadOnlySpan{byte})"/>).</summary>
        public void Field(ReadOnlySpan<byte> value)
        {
            if (!CsvFieldWriter.NeedsQuotes(value))
            {
                Append(value);
                return;
            }

            Append("\""u8);
            while (value.IndexOf((byte)'"') is var q and >= 0)
            {
                Append(value[..(q + 1)]);
                Append("\""u8);
                value = value[(q + 1)..];
            }

            Append(value);
            Append("\""u8);
        }
    }
}
