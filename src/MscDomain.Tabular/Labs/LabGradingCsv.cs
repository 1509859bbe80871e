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
    private const int ChunkBytes = 1 << 20;
    private static readonly string[] Digits = ["0", "1", "2", "3", "4", "5"];

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
        using var rows = CsvRows.Open(input, fileName);
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
        using var rows = CsvRows.OpenFile(path);
        return Grade(rows, output, options);
    }

    private static LabGradingCsvSummary Grade(CsvRows rows, TextWriter output, LabGradingOptions? options) => Grade(rows, output, options, ChunkBytes);

    /// <summary>Grades with chunks of about <paramref name="chunkBytes"/> bytes (tests compare chunk sizes).</summary>
    /// <param name="rows">The input.</param>
    /// <param name="output">The output.</param>
    /// <param name="options">The options.</param>
    /// <param name="chunkBytes">The chunk size.</param>
    /// <returns>Row counts.</returns>
    internal static LabGradingCsvSummary Grade(CsvRows rows, TextWriter output, LabGradingOptions? options, int chunkBytes)
    {
        var grader = new CtcaeLabGrader(options ?? LabGradingOptions.Default);
        var issues = new List<DataIssue>();
        var ingest = new LabRowIngest(rows.Header, issues);
        foreach (var appended in new[] { "grade", "reason" })
        {
            if (rows.Header.IndexOf(appended) is var i and >= 0)
            {
                issues.Add(DataIssue.Error(DataIssueCodes.OutputColumnExists, rows.Header.At(i), appended, $"the input already has a '{appended}' column, which grading appends."));
            }
        }

        TabularInputException.ThrowIfErrors(issues);
        var writer = new CsvFieldWriter(output);
        foreach (var h in rows.Header.Names)
        {
            writer.WriteField(h);
        }

        writer.WriteField("grade");
        writer.WriteField("reason");
        writer.NextRecord();

        // Records after the header are cut into chunks of whole records (about 1 MB) and graded in parallel, at most
        // two chunks per core in flight; each chunk is written to its own buffer and the buffers go out in input order
        // while later chunks are still being graded, so the output is byte-identical to one serial pass. A chunk stops
        // at its first error; the first chunk (in file order) with an error throws it, which is the error a serial pass
        // reports first.
        var csv = rows.Reader;
        var chunks = Utf8CsvReader.Chunks(rows.Bytes, csv.Position, rows.Bytes.Length, csv.Line, chunkBytes);
        var window = Math.Max(1, Environment.ProcessorCount) * 2;
        int count = 0, graded = 0, notGradable = 0;
        var buffers = new System.Collections.Concurrent.ConcurrentBag<StringBuilder>(); // reused (large buffers are not garbage per chunk)
        var pending = new Task<Chunk>[chunks.Count];
        var stop = 0;
        Task<Chunk> Start(int i) => Task.Run(() =>
        {
            var buffer = buffers.TryTake(out var b) ? b : new StringBuilder();
            return Volatile.Read(ref stop) != 0 ? new Chunk { Text = buffer } : GradeChunk(rows, chunks[i], grader, buffer);
        });

        try
        {
            for (var i = 0; i < chunks.Count && i < window; i++)
            {
                pending[i] = Start(i);
            }

            for (var i = 0; i < chunks.Count; i++)
            {
                var r = pending[i].GetAwaiter().GetResult();
                pending[i] = null!;
                output.Write(r.Text);
                r.Text.Clear();
                buffers.Add(r.Text);
                if (r.Error is { } e)
                {
                    throw e;
                }

                count += r.Rows;
                graded += r.Graded;
                notGradable += r.NotGradable;
                if (i + window < chunks.Count)
                {
                    pending[i + window] = Start(i + window);
                }
            }
        }
        finally
        {
            // After an error (or an interrupted write) the chunks still in flight stop at their next start and are
            // awaited, so no grading outlives the call.
            Volatile.Write(ref stop, 1);
            foreach (var t in pending)
            {
                if (t is not null)
                {
                    try
                    {
                        t.GetAwaiter().GetResult();
                    }
                    catch (Exception)
                    {
                        // The first error in file order has already been raised; later chunks' outcomes do not matter.
                    }
                }
            }
        }

        output.Flush();
        return new LabGradingCsvSummary(count, graded, notGradable);
    }

    private static Chunk GradeChunk(CsvRows rows, (int Start, int Length, int Line) range, CtcaeLabGrader grader, StringBuilder buffer)
    {
        var chunk = new Chunk { Text = buffer };
        var issues = new List<DataIssue>();
        var ingest = new LabRowIngest(rows.Header, issues);
        var clean = issues.Count; // the header's own issues were checked by the caller
        var csv = new Utf8CsvReader(rows.Bytes, range.Start, range.Length, range.Line);
        var writer = new CsvFieldWriter(new StringWriter(chunk.Text, CultureInfo.InvariantCulture));
        var flagNames = new Dictionary<LabGradingFlags, string>();
        try
        {
            while (csv.Read())
            {
                if (csv.IsBlank)
                {
                    continue;
                }

                chunk.Rows++;
                var cells = CsvRows.Cells(csv);
                var input = ingest.Read(new RawRow(csv.RecordLine, cells));
                if (issues.Count > clean)
                {
                    // The record's text (for error columns) is built only for a row with an error, by reading it again.
                    issues.RemoveRange(clean, issues.Count - clean);
                    ingest.Read(new RawRow(csv.RecordLine, cells, csv.RecordText()));
                    TabularInputException.ThrowIfErrors(issues);
                }

                var result = grader.Grade(input!.Value);
                foreach (var f in cells)
                {
                    writer.WriteField(f);
                }

                if (result.GradeValue is { } g)
                {
                    chunk.Graded++;
                    writer.WritePlain(g is >= 0 and < 6 ? Digits[g] : g.ToString(CultureInfo.InvariantCulture));
                    if (!flagNames.TryGetValue(result.Flags, out var flags))
                    {
                        flags = result.Flags == LabGradingFlags.None ? string.Empty : WireName.Of(result.Flags).Replace(", ", ";", StringComparison.Ordinal);
                        flagNames.Add(result.Flags, flags);
                    }

                    writer.WriteField(flags);
                }
                else
                {
                    chunk.NotGradable++;
                    writer.WritePlain(string.Empty);
                    writer.WriteField(WireName.Of(result.Reason));
                }

                writer.NextRecord();
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

    private sealed class Chunk
    {
        public StringBuilder Text { get; init; } = null!;

        public int Rows { get; set; }

        public int Graded { get; set; }

        public int NotGradable { get; set; }

        public TabularInputException? Error { get; set; }
    }
}
