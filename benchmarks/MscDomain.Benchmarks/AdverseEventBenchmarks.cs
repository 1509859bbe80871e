using BenchmarkDotNet.Attributes;
using NodaTime;
using MscDomain.AdverseEvents;
using MscDomain.Safety;

namespace MscDomain.Benchmarks;

/// <summary>Classifies 1,000,000 pre-generated adverse events (grade, seriousness, causality, expectedness, SUSAR, deadlines).</summary>
[MemoryDiagnoser]
public class AdverseEventBenchmarks
{
    private const int Count = 1_000_000;
    private AdverseEvent[] _events = [];

    [GlobalSetup]
    public void Setup()
    {
        var rng = new Random(20251126);
        var categories = Enum.GetValues<CausalityCategory>();
        var expectedness = Enum.GetValues<Expectedness>();
        var start = new LocalDate(2024, 1, 1);
        _events = new AdverseEvent[Count];
        for (var i = 0; i < Count; i++)
        {
            var onset = start.PlusDays(rng.Next(0, 700));
            var criteria = rng.Next(4) == 0 ? (SeriousnessCriteria)(1 << rng.Next(6)) : SeriousnessCriteria.None;
            var fatal = (criteria & SeriousnessCriteria.Death) != 0;
            _events[i] = new AdverseEvent(
                "AE-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "event",
                onsetDate: onset,
                endDate: onset.PlusDays(rng.Next(0, 30)),
                severity: new AdverseEventSeverity(fatal ? 5 : rng.Next(1, 5), CtcaeVersion.V5_0),
                seriousnessCriteria: criteria,
                outcome: fatal ? AdverseEventOutcome.Fatal : AdverseEventOutcome.Recovered,
                investigatorCausality: rng.Next(5) == 0 ? null : new CausalityAssessment(categories[rng.Next(categories.Length)]),
                sponsorCausality: rng.Next(3) == 0 ? null : new CausalityAssessment(categories[rng.Next(categories.Length)]),
                expectedness: expectedness[rng.Next(expectedness.Length)],
                sponsorAwareDate: onset.PlusDays(rng.Next(0, 10)));
        }
    }

    /// <summary>Baseline: only read each event's seriousness flags.</summary>
    [Benchmark(Baseline = true)]
    public int ReadSeriousnessFlags()
    {
        var n = 0;
        foreach (var e in _events)
        {
            if (e.SeriousnessCriteria != SeriousnessCriteria.None)
            {
                n++;
            }
        }

        return n;
    }

    /// <summary>Full one-call classification of every event, sequentially.</summary>
    [Benchmark]
    public long ClassifySequential()
    {
        long susars = 0;
        foreach (var e in _events)
        {
            var r = AdverseEventClassifier.Classify(e);
            if (r.Susar.IsSusar)
            {
                susars += r.Susar.InitialReportDue?.Day ?? 1;
            }
        }

        return susars;
    }

    /// <summary>Full one-call classification of every event, partitioned over the cores.</summary>
    [Benchmark]
    public long ClassifyParallel()
    {
        long total = 0;
        Parallel.ForEach(
            System.Collections.Concurrent.Partitioner.Create(0, _events.Length, 50_000),
            () => 0L,
            (range, _, local) =>
            {
                for (var i = range.Item1; i < range.Item2; i++)
                {
                    var r = AdverseEventClassifier.Classify(_events[i]);
                    if (r.Susar.IsSusar)
                    {
                        local += r.Susar.InitialReportDue?.Day ?? 1;
                    }
                }

                return local;
            },
            local => Interlocked.Add(ref total, local));
        return total;
    }
}
