using BenchmarkDotNet.Attributes;
using MscDomain.Ingest;
using MscDomain.Tabular.Csv;

namespace MscDomain.Benchmarks;

/// <summary>
/// Reading the visit file of <c>progression</c> (issue 9, point 5) on 20,000 participants (about 400,000 visits, the
/// generator of <see cref="CliBenchmarkData"/>): one enumeration of the rows (<see cref="DisabilityVisitIngest.Read(RawHeader, IEnumerable{RawRow}, RawHeader?, IEnumerable{RawRow}?, DisabilityIngestOptions?)"/>,
/// what the tool did before) is the same-run baseline of the rows checked in parallel parts (<c>CsvRows.PartBytes</c>: 64 KB to 1 MB)
/// (<see cref="DisabilityVisitIngest.ReadInParallel"/>).
/// </summary>
[MemoryDiagnoser]
public class VisitReadBenchmarks
{
    private string _dir = string.Empty;
    private byte[] _visits = [];

    [GlobalSetup]
    public void Setup()
    {
        _dir = Path.Combine(Path.GetTempPath(), $"mscdomain-bench-visits-{Environment.ProcessId}");
        Directory.CreateDirectory(_dir);
        CliBenchmarkData.Write(_dir, 20_000);
        _visits = File.ReadAllBytes(Path.Combine(_dir, "visits.csv"));
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_dir, recursive: true);

    /// <summary>Old: one enumeration of the rows.</summary>
    /// <returns>The visits kept.</returns>
    [Benchmark(Baseline = true)]
    public int Read_one_enumeration()
    {
        var rows = CsvRows.Open(_visits, "visits.csv");
        return DisabilityVisitIngest.Read(rows.Header, rows.Rows(), null, null).VisitsKept;
    }

    /// <summary>New: parts checked in parallel, merged in order.</summary>
    /// <returns>The visits kept.</returns>
    [Benchmark]
    public int Read_in_parallel_parts()
    {
        var rows = CsvRows.Open(_visits, "visits.csv");
        return DisabilityVisitIngest.ReadInParallel(rows.Header, rows.Parts(rows.PartBytes()), null, null).VisitsKept;
    }
}
