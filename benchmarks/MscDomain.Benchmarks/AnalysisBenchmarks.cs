using BenchmarkDotNet.Attributes;
using MscDomain.Analysis;

namespace MscDomain.Benchmarks;

/// <summary>
/// Kaplan-Meier and log-rank over 50,000 subjects in two arms (exponential event times, hazard ratio
/// 0.7, uniform administrative censoring), against a baseline that only sorts the times.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 8)]
public class AnalysisBenchmarks
{
    private SurvivalObservation[] _rows = [];

    [Params(50_000)]
    public int Subjects { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20260101);
        _rows = new SurvivalObservation[Subjects];
        for (var i = 0; i < Subjects; i++)
        {
            var arm = i % 2 == 0 ? "MSC" : "Placebo";
            var hazardPerDay = arm == "MSC" ? 0.7 / 700 : 1.0 / 700;
            var eventDay = Math.Ceiling(-Math.Log(1 - random.NextDouble()) / hazardPerDay);
            var censorDay = Math.Ceiling(random.NextDouble() * 1460);
            var observed = eventDay <= censorDay;
            _rows[i] = new SurvivalObservation($"S{i}", arm, (decimal)Math.Min(eventDay, censorDay), observed);
        }
    }

    [Benchmark(Baseline = true, Description = "Sort times only")]
    public decimal SortTimesOnly()
    {
        var times = new decimal[_rows.Length];
        for (var i = 0; i < times.Length; i++)
        {
            times[i] = _rows[i].TimeDays;
        }

        Array.Sort(times);
        return times[^1];
    }

    [Benchmark(Description = "Kaplan-Meier (2 arms)")]
    public int KaplanMeierTwoArms() => KaplanMeier.Estimate(_rows).Curves.Sum(c => c.Steps.Length);

    [Benchmark(Description = "Log-rank (2 arms)")]
    public double LogRankTwoArms() => LogRankTest.Compare(_rows).ChiSquare;
}
