using BenchmarkDotNet.Attributes;
using MscDomain.Disability;

namespace MscDomain.Benchmarks;

/// <summary>EDSS from FS grades over 1,000,000 pre-generated examinations.</summary>
[MemoryDiagnoser]
public class EdssBenchmarks
{
    private const int Count = 1_000_000;
    private FunctionalSystemScores[] _scores = [];
    private AmbulationScore[] _ambulation = [];

    [GlobalSetup]
    public void Setup()
    {
        var rng = new Random(20261126);
        _scores = new FunctionalSystemScores[Count];
        _ambulation = new AmbulationScore[Count];
        for (var i = 0; i < Count; i++)
        {
            // Skewed towards low grades, as in clinical data.
            int G(int max) => Math.Min(max, rng.Next(0, 3) + (rng.Next(0, 4) == 0 ? rng.Next(0, max) : 0));
            _scores[i] = new FunctionalSystemScores(G(6), G(5), G(5), G(6), G(6), G(6), G(5));
            _ambulation[i] = new AmbulationScore(rng.Next(0, 3) == 0 ? rng.Next(0, 17) : 0);
        }
    }

    /// <summary>Baseline: the maximum of the seven raw grades (no conversion, no table).</summary>
    [Benchmark(Baseline = true)]
    public long MaxOfSevenGrades()
    {
        long sum = 0;
        for (var i = 0; i < _scores.Length; i++)
        {
            var s = _scores[i];
            sum += Math.Max(Math.Max(Math.Max(s.Pyramidal.Grade, s.Cerebellar.Grade), Math.Max(s.Brainstem.Grade, s.Sensory.Grade)),
                Math.Max(Math.Max(s.BowelBladder.Grade, s.Visual.Grade), s.Cerebral.Grade)) + _ambulation[i].Score;
        }

        return sum;
    }

    /// <summary>The step only (<see cref="EdssCalculator.Compute"/>).</summary>
    [Benchmark]
    public decimal EdssStep()
    {
        var sum = 0m;
        for (var i = 0; i < _scores.Length; i++)
        {
            sum += EdssCalculator.Compute(_scores[i], _ambulation[i]).Value;
        }

        return sum;
    }

    /// <summary>The step with its explanation record and contested-decision check.</summary>
    [Benchmark]
    public decimal EdssWithExplanation()
    {
        var sum = 0m;
        for (var i = 0; i < _scores.Length; i++)
        {
            sum += EdssCalculator.FromFunctionalSystems(_scores[i], _ambulation[i]).Edss?.Value ?? 0m; // default options always give a value
        }

        return sum;
    }
}
