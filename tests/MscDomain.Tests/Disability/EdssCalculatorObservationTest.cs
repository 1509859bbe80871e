using System.Collections.Immutable;
using MscDomain.Disability;
using MscDomain.Outcomes;
using MscDomain.Serialization;
using NodaTime;

namespace MscDomain.Tests.Disability;

/// <summary>The bridge from a recorded <see cref="EdssObservation"/> (Outcomes vocabulary) to the EDSS calculator.</summary>
public sealed class EdssCalculatorObservationTest
{
    private static ImmutableArray<FunctionalSystemScore> Grades(int pyramidal, int other) =>
    [
        new(FunctionalSystem.Visual, 0), new(FunctionalSystem.Brainstem, 1), new(FunctionalSystem.Pyramidal, pyramidal),
        new(FunctionalSystem.Cerebellar, 0), new(FunctionalSystem.Sensory, 1), new(FunctionalSystem.BowelBladder, 0),
        new(FunctionalSystem.Cerebral, 0), new(FunctionalSystem.Other, other),
    ];

    [Fact]
    public void A_timeline_edss_observation_read_from_json_re_derives_its_edss()
    {
        // Neurostatus: one FS grade 3, others 0 or 1 (fewer than five grade 1), fully ambulatory → EDSS 3.0.
        Observation recorded = new EdssObservation(new LocalDate(2020, 5, 4), new EdssScore(3.0m), Grades(3, 1), 0);
        var read = (EdssObservation)MscDomainJson.Deserialize<Observation>(MscDomainJson.Serialize(recorded));

        var derived = EdssCalculator.FromFunctionalSystems(read);

        derived.Edss.Should().Be(read.Score);
        derived.Edss.Should().Be(new EdssScore(3.0m));
    }

    [Fact]
    public void The_other_grade_is_carried_but_never_counts()
    {
        var obs = new EdssObservation(new LocalDate(2020, 5, 4), new EdssScore(2.0m), Grades(2, 1), 0);
        var scores = FunctionalSystemScores.From(obs.FunctionalSystems);
        scores.Other!.Value.Grade.Should().Be(1);
        EdssCalculator.FromFunctionalSystems(obs).Edss.Should().Be(new EdssScore(2.0m)); // one FS grade 2 → 2.0
    }

    [Fact]
    public void An_observation_without_ambulation_cannot_be_re_derived()
    {
        var obs = new EdssObservation(new LocalDate(2020, 5, 4), new EdssScore(3.0m), Grades(3, 0), null);
        FluentActions.Invoking(() => EdssCalculator.FromFunctionalSystems(obs))
            .Should().Throw<ArgumentException>().WithMessage("*2020-05-04*ambulation*");
    }

    [Fact]
    public void An_observation_missing_a_system_is_rejected_naming_it()
    {
        var obs = new EdssObservation(new LocalDate(2020, 5, 4), new EdssScore(3.0m), [new FunctionalSystemScore(FunctionalSystem.Pyramidal, 3)], 0);
        FluentActions.Invoking(() => EdssCalculator.FromFunctionalSystems(obs))
            .Should().Throw<ArgumentException>().WithMessage("*missing*");
    }

    [Fact]
    public void Functional_systems_are_written_kebab_case_in_one_vocabulary()
    {
        MscDomainJson.Serialize(FunctionalSystem.BowelBladder).Should().Be("\"bowel-bladder\"");
        FunctionalSystemScore.MaximumGrade(FunctionalSystem.Other).Should().Be(1);
        typeof(EdssObservation).Assembly.GetExportedTypes().Count(t => t.Name == "FunctionalSystem").Should().Be(1);
    }
}
