using MscDomain.Disability;
using NodaTime;

namespace MscDomain.Tests.Disability;

/// <summary>The README snippets, compiled and checked (expected values worked by hand from disability.md §4, §19).</summary>
public sealed class EdssCalculatorReadmeTest
{
    [Fact]
    public void Readme_edss_snippet()
    {
        var fs = new FunctionalSystemScores(pyramidal: 3, cerebellar: 2, brainstem: 1, sensory: 2,
            bowelBladder: 1, visual: 4, cerebral: 0);           // raw visual 4 -> converted 3
        var r = EdssCalculator.FromFunctionalSystems(fs, new AmbulationScore(0));
        $"{r.Edss} {r.Rule}".Should().Be("4.0 fs:TwoGrade3WithGrade2=4.0");

        var walking = EdssCalculator.FromFunctionalSystems(fs, new AmbulationScore(4)); // 100-199 m unaided
        $"{walking.Edss} {walking.Rule}".Should().Be("5.5 ambulation:4=5.5");

        var r2 = EdssCalculator.FromFunctionalSystems(new FunctionalSystemScores(4, 2, 0, 0, 0, 0, 0), AmbulationScore.Unrestricted);
        $"{r2.Edss} {r2.Rule}".Should().Be("4.5 fs:OneGrade4WithGrade2=4.5;contested:D2");
        EdssCalculator.Compute(new FunctionalSystemScores(4, 2, 0, 0, 0, 0, 0), AmbulationScore.Unrestricted, EdssFromFsOptions.RCalculator)
            .ToString().Should().Be("4.0");
    }

    [Fact]
    public void Readme_composites_snippet()
    {
        var plus = EdssPlus.Evaluate(
        [
            CompositeComponentEvent.ConfirmedOn(CompositeComponent.Edss, new LocalDate(2025, 3, 1)),
            CompositeComponentEvent.ConfirmedOn(CompositeComponent.TimedTwentyFiveFootWalk, new LocalDate(2024, 11, 4)),
            CompositeComponentEvent.NoEvent(CompositeComponent.NineHolePegTestEitherHand),
        ]);
        plus.Status.Should().Be(CompositeStatus.Met);
        plus.FirstComponent.Should().Be(CompositeComponent.TimedTwentyFiveFootWalk);

        var start = new LocalDate(2024, 1, 1);
        var end = new LocalDate(2025, 12, 31);
        var neda = NedaCalculator.Evaluate(
            new NedaInput(start, end, RelapseDates: [], ConfirmedWorseningDates: [],
                MriScans: [new NedaMriScan(new LocalDate(2025, 1, 10), newOrEnlargingT2Lesions: 1, gadoliniumEnhancingLesions: 0)]),
            new NedaOptions { Variant = NedaVariant.Neda4 });
        neda.Status.Should().Be(CompositeStatus.NotMet);                       // the new T2 lesion
        neda.Evidence.Single().Detail.Should().Be("1 new/enlarging T2 lesion(s) on 2025-01-10");

        var arr = AnnualizedRelapseRate.Compute([new("p1", 1, 365.25m), new("p2", 0, 730.5m)]);
        arr.CohortRate.Should().Be(1m / 3m);                                   // 1 relapse / 3 person-years
        arr.SubjectLevelMean.Should().Be(0.5m);                                // (1.0 + 0.0) / 2
    }
}
