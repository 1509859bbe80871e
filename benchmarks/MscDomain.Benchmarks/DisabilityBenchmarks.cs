using BenchmarkDotNet.Attributes;
using MscDomain.Disability;

namespace MscDomain.Benchmarks;

/// <summary>Confirmed-change engine throughput, single-threaded, per EDSS visit (OperationsPerInvoke = visits in the cohort).
/// Target: ≥ 2 million visits/s per core (≤ 500 ns per visit).</summary>
[MemoryDiagnoser]
public class DisabilityBenchmarks
{
    private const int Participants = 5_000;
    private const int VisitsPerParticipant = 20;
    private const int TotalVisits = Participants * VisitsPerParticipant;

    private List<ParticipantDisabilityData> cohort = [];
    private readonly ConfirmedChangeOptions defaults = new();
    private readonly ConfirmedChangeOptions multipleRovingRawPira = new()
    {
        Events = EventSelection.Multiple,
        Baseline = BaselineScheme.Roving,
        ClassifyRawPira = true,
    };

    [GlobalSetup]
    public void Setup() => cohort = DisabilityCohortGenerator.Generate(Participants, VisitsPerParticipant, seed: 20260101);

    /// <summary>Trivial pass over the same visits: per-participant min/max value.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = TotalVisits)]
    public decimal MinMaxPass()
    {
        decimal sum = 0;
        foreach (var p in cohort)
        {
            decimal min = decimal.MaxValue, max = decimal.MinValue;
            foreach (var v in p.Visits)
            {
                var x = v.Value!.Value;
                if (x < min)
                {
                    min = x;
                }

                if (x > max)
                {
                    max = x;
                }
            }

            sum += max - min;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = TotalVisits)]
    public int Defaults_FirstCdw_Fixed()
    {
        var events = 0;
        foreach (var p in cohort)
        {
            events += ConfirmedChangeEngine.Analyze(p.Visits, p.RelapseOnsets, defaults).Events.Count;
        }

        return events;
    }

    [Benchmark(OperationsPerInvoke = TotalVisits)]
    public int Multiple_Roving_RawPira()
    {
        var events = 0;
        foreach (var p in cohort)
        {
            events += ConfirmedChangeEngine.Analyze(p.Visits, p.RelapseOnsets, multipleRovingRawPira).Events.Count;
        }

        return events;
    }

    [Benchmark(OperationsPerInvoke = TotalVisits)]
    public int Multiple_Roving_RawPira_MsprogArithmetic()
    {
        var options = multipleRovingRawPira with { Arithmetic = ThresholdArithmetic.Msprog };
        var events = 0;
        foreach (var p in cohort)
        {
            events += ConfirmedChangeEngine.Analyze(p.Visits, p.RelapseOnsets, options).Events.Count;
        }

        return events;
    }

    /// <summary>The parallel cohort runner on all cores (per visit, wall clock).</summary>
    [Benchmark(OperationsPerInvoke = TotalVisits)]
    public int Cohort_AllCores_Multiple_Roving_RawPira() =>
        ConfirmedChangeCohort.Analyze(cohort, multipleRovingRawPira).Sum(r => r.Result.Events.Count);
}
