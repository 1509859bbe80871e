using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using System.Reflection;

namespace MscDomain.Benchmarks;

/// <summary>End-to-end <c>mscdomain progression</c> (read CSV, analyse, write results + event_count) in process via
/// <c>MscDomain.Cli.CliApp.Run</c> (internal; bound once by reflection, the call itself is direct), on a seeded synthetic cohort of 1,000 / 10,000 / 50,000 participants (~20 visits each).</summary>
/// <remarks>One short in-process job (1 warm-up, 3 measured runs, monitoring strategy): each call is seconds long and the
/// files are large, so BenchmarkDotNet's default many-iteration job and its separate build are not worth it.</remarks>
[Config(typeof(Config))]
[MemoryDiagnoser]
public class CliBenchmarks
{
    private static readonly Func<string[], TextWriter, TextWriter, int> Run =
        Assembly.Load("MscDomain.Cli").GetType("MscDomain.Cli.CliApp", throwOnError: true)!
            .GetMethod("Run", BindingFlags.Public | BindingFlags.Static)!
            .CreateDelegate<Func<string[], TextWriter, TextWriter, int>>();

    private string _dir = string.Empty;

    private sealed class Config : ManualConfig
    {
        public Config() => AddJob(Job.Dry.WithToolchain(InProcessEmitToolchain.Instance).WithStrategy(RunStrategy.Monitoring)
            .WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(3).WithId("CliShortInProcess"));
    }

    /// <summary>Cohort size.</summary>
    [Params(1_000, 10_000, 50_000)]
    public int Participants { get; set; }

    /// <summary>Writes the cohort files.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _dir = Path.Combine(Path.GetTempPath(), "mscdomain-clibench-" + Participants);
        Directory.CreateDirectory(_dir);
        CliBenchmarkData.Write(_dir, Participants);
    }

    /// <summary>Deletes the files.</summary>
    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_dir, recursive: true);

    /// <summary>msprog-style multiple events, roving baseline, RAW/PIRA classification.</summary>
    /// <summary>Baseline: read both input files and copy every line to an output file, without parsing.</summary>
    [Benchmark(Baseline = true)]
    public long CopyInputFilesOnly()
    {
        using var output = new StreamWriter(Path.Combine(_dir, "copy.csv"));
        long lines = 0;
        foreach (var file in new[] { "visits.csv", "relapses.csv" })
        {
            foreach (var line in File.ReadLines(Path.Combine(_dir, file)))
            {
                output.WriteLine(line);
                lines++;
            }
        }

        return lines;
    }

    [Benchmark]
    public int ProgressionMultipleRovingRawPira() => Run(
        [
            "progression", "--visits", Path.Combine(_dir, "visits.csv"), "--relapses", Path.Combine(_dir, "relapses.csv"),
            "--event", "multiple", "--baseline", "roving", "--raw-pira",
            "--results", Path.Combine(_dir, "results.csv"), "--event-count", Path.Combine(_dir, "event_count.csv"),
        ],
        TextWriter.Null,
        TextWriter.Null);

    /// <summary>Milestone EDSS ≥ 6.</summary>
    [Benchmark]
    public int MilestoneEdss6() => Run(
        ["milestone", "--visits", Path.Combine(_dir, "visits.csv"), "--relapses", Path.Combine(_dir, "relapses.csv"), "--milestone", "6", "--results", Path.Combine(_dir, "milestone.csv")],
        TextWriter.Null,
        TextWriter.Null);
}
