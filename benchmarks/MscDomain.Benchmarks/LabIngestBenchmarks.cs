using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using MscDomain.Common;
using MscDomain.Ingest;
using MscDomain.Safety;
using MscDomain.Tabular.Csv;
using MscDomain.Tabular.Labs;

namespace MscDomain.Benchmarks;

/// <summary>
/// grade-labs' per-row reading (issue 9, point 5) on 200,000 lab rows: the string path (a string per cell, then
/// <see cref="LabRowIngest.Read(RawRow)"/>, what grade-labs did before) is the same-run baseline of the UTF-8 path
/// (<see cref="LabRowIngest.Read(int, ReadOnlySpan{byte}, ReadOnlySpan{Range})"/>). The whole file through
/// <see cref="LabGradingCsv"/> is measured too: into a text writer (decoding the output) and into a stream (bytes).
/// </summary>
[MemoryDiagnoser]
public class LabIngestBenchmarks
{
    private const int Rows = 200_000;
    private readonly List<DataIssue> _issues = [];
    private byte[] _bytes = [];
    private (int Line, int Start, int Length, Range[] Cells)[] _records = [];
    private RawHeader _header = null!;
    private string _path = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20261205);
        string[] terms = ["Hypokalemia", "Anemia", "Platelet count decreased", "Alanine aminotransferase increased", "potassium", "Unknown term"];
        var sb = new StringBuilder(string.Join(',', LabRowIngest.RequiredColumns) + ",subject\n");
        for (var i = 0; i < Rows; i++)
        {
            var term = terms[random.Next(terms.Length)];
            sb.Append(CultureInfo.InvariantCulture, $"{term},{(term == "potassium" ? "low" : string.Empty)},{random.Next(100, 900) / 100m},mmol/L,3.5,5.1,{(i % 3 == 0 ? "4.2" : string.Empty)},,{(i % 2 == 0 ? "v5.0" : "v6.0")},S{i:D6}\n");
        }

        _bytes = Encoding.UTF8.GetBytes(sb.ToString());
        var csv = new Utf8CsvReader(_bytes, 0, _bytes.Length);
        csv.Read();
        _header = RawHeader.Create([.. Enumerable.Range(0, csv.FieldCount).Select(csv.GetString)], "b.csv");
        var records = new List<(int, int, int, Range[])>();
        while (csv.Read())
        {
            var cells = new Range[csv.FieldCount];
            csv.FieldRanges(cells);
            records.Add((csv.RecordLine, csv.RecordStart, csv.RecordEnd - csv.RecordStart, cells));
        }

        _records = [.. records];
        _path = Path.Combine(Path.GetTempPath(), $"mscdomain-bench-labs-{Environment.ProcessId}.csv");
        File.WriteAllBytes(_path, _bytes);
    }

    [GlobalCleanup]
    public void Cleanup() => File.Delete(_path);

    /// <summary>Old: a string per cell, then the string reader.</summary>
    /// <returns>The number of rows read.</returns>
    [Benchmark(Baseline = true)]
    public int Read_string_cells()
    {
        var ingest = new LabRowIngest(_header, _issues);
        var n = 0;
        foreach (var (line, start, length, cells) in _records)
        {
            var record = _bytes.AsSpan(start, length);
            var strings = new string[cells.Length];
            for (var i = 0; i < strings.Length; i++)
            {
                strings[i] = Encoding.UTF8.GetString(record[cells[i]]);
            }

            n += ingest.Read(new RawRow(line, strings)) is { Term: not LabTerm.None } ? 1 : 0;
        }

        return n;
    }

    /// <summary>New: the cells' UTF-8 bytes, no strings.</summary>
    /// <returns>The number of rows read.</returns>
    [Benchmark]
    public int Read_utf8_spans()
    {
        var ingest = new LabRowIngest(_header, _issues);
        var n = 0;
        foreach (var (line, start, length, cells) in _records)
        {
            n += ingest.Read(line, _bytes.AsSpan(start, length), cells) is { Term: not LabTerm.None } ? 1 : 0;
        }

        return n;
    }

    /// <summary>The whole file graded into a text writer (output decoded to UTF-16 and encoded again).</summary>
    /// <returns>The rows graded.</returns>
    [Benchmark]
    public int GradeFile_text_writer()
    {
        using var writer = new StreamWriter(Stream.Null, new UTF8Encoding(false), 1 << 16);
        return LabGradingCsv.GradeFile(_path, writer).Graded;
    }

    /// <summary>The whole file graded into a stream (UTF-8 bytes as produced).</summary>
    /// <returns>The rows graded.</returns>
    [Benchmark]
    public int GradeFile_stream() => LabGradingCsv.GradeFile(_path, Stream.Null).Graded;
}
