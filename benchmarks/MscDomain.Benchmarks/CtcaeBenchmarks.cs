using BenchmarkDotNet.Attributes;
using MscDomain.AdverseEvents;
using MscDomain.Safety;

namespace MscDomain.Benchmarks;

/// <summary>
/// CTCAE lab grading throughput: each invocation grades 1,000,000 pre-generated lab values (reported per value) of mixed terms, versions,
/// units, references and baselines. The baseline benchmark only compares each value with its ULN.
/// </summary>
[MemoryDiagnoser]
public class CtcaeBenchmarks
{
    private const int Count = 1_000_000;
    private LabGradingInput[] _inputs = [];
    private LabGradingResult[] _results = [];
    private readonly CtcaeLabGrader _grader = CtcaeLabGrader.Default;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20260101);
        var templates = new (LabTerm Term, CtcaeVersion Version, LabUnit Unit, decimal Lln, decimal Uln, decimal Typical)[]
        {
            (LabTerm.AlanineAminotransferaseIncreased, CtcaeVersion.V5_0, LabUnit.Unspecified, 5m, 40m, 40m),
            (LabTerm.AlanineAminotransferaseIncreased, CtcaeVersion.V6_0, LabUnit.Unspecified, 5m, 40m, 40m),
            (LabTerm.CreatinineIncreased, CtcaeVersion.V5_0, LabUnit.Unspecified, 60m, 110m, 100m),
            (LabTerm.NeutrophilCountDecreased, CtcaeVersion.V5_0, LabUnit.GigaPerLiter, 2m, 7.5m, 2.5m),
            (LabTerm.NeutrophilCountDecreased, CtcaeVersion.V6_0, LabUnit.PerMicroliter, 2000m, 7500m, 2500m),
            (LabTerm.PlateletCountDecreased, CtcaeVersion.V6_0, LabUnit.GigaPerLiter, 150m, 400m, 160m),
            (LabTerm.Hypokalemia, CtcaeVersion.V5_0, LabUnit.MillimolesPerLiter, 3.5m, 5.1m, 3.6m),
            (LabTerm.Hyperkalemia, CtcaeVersion.V6_0, LabUnit.MillimolesPerLiter, 3.5m, 5.1m, 5.0m),
            (LabTerm.Hyponatremia, CtcaeVersion.V5_0, LabUnit.MillimolesPerLiter, 135m, 145m, 136m),
            (LabTerm.Anemia, CtcaeVersion.V6_0, LabUnit.GramsPerLiter, 120m, 160m, 125m),
            (LabTerm.LipaseIncreased, CtcaeVersion.V6_0, LabUnit.Unspecified, 10m, 60m, 55m),
            (LabTerm.FibrinogenDecreased, CtcaeVersion.V5_0, LabUnit.GramsPerLiter, 2m, 4m, 2.1m),
            (LabTerm.InrIncreased, CtcaeVersion.V5_0, LabUnit.Unspecified, 0.8m, 1.2m, 1.1m),
            (LabTerm.Hypercalcemia, CtcaeVersion.V5_0, LabUnit.MilligramsPerDeciliter, 8.5m, 10.5m, 10m),
            (LabTerm.BloodBilirubinIncreased, CtcaeVersion.V6_0, LabUnit.Unspecified, 3m, 21m, 18m),
            (LabTerm.GgtIncreased, CtcaeVersion.V5_0, LabUnit.Unspecified, 5m, 50m, 45m),
        };
        _inputs = new LabGradingInput[Count];
        _results = new LabGradingResult[Count];
        for (var i = 0; i < Count; i++)
        {
            var t = templates[i % templates.Length];
            var factor = (decimal)Math.Round(0.05 + (random.NextDouble() * 4.0), 2);
            var baselineFactor = (decimal)Math.Round(0.6 + (random.NextDouble() * 0.8), 2);
            _inputs[i] = new LabGradingInput
            {
                Term = t.Term,
                Version = t.Version,
                Unit = t.Unit,
                Value = decimal.Round(t.Typical * factor, 2),
                Lln = t.Lln,
                Uln = t.Uln,
                BaselineValue = decimal.Round(t.Typical * baselineFactor, 2),
            };
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Count, Description = "Compare value to ULN only (per value, 1M per invoke)")]
    public int CompareToUln()
    {
        var above = 0;
        var inputs = _inputs;
        for (var i = 0; i < inputs.Length; i++)
        {
            if (inputs[i].Value > inputs[i].Uln)
            {
                above++;
            }
        }

        return above;
    }

    [Benchmark(OperationsPerInvoke = Count, Description = "CTCAE grade (per value, 1M per invoke)")]
    public int GradeAll()
    {
        var sum = 0;
        var inputs = _inputs;
        for (var i = 0; i < inputs.Length; i++)
        {
            var r = _grader.Grade(in inputs[i]);
            sum += r.GradeValue ?? -1;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Count, Description = "CTCAE grade, batch span API (per value, 1M per invoke)")]
    public int GradeBatch()
    {
        _grader.Grade(_inputs, _results);
        return _results[^1].GradeValue ?? -1;
    }
}
