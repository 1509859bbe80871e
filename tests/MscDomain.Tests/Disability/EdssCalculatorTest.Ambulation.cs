using System.Globalization;
using MscDomain.Disability;

namespace MscDomain.Tests.Disability;

/// <summary>Walking-implied steps (§4.3) and the combination rule (§4.2).</summary>
public sealed partial class EdssCalculatorTest
{
    [Theory]
    [InlineData(0, "0")]
    [InlineData(1, "2.0")]
    [InlineData(2, "4.5")]
    [InlineData(3, "5.0")]
    [InlineData(4, "5.5")]
    [InlineData(5, "6.0")]
    [InlineData(6, "6.0")]
    [InlineData(7, "6.0")]
    [InlineData(8, "6.5")]
    [InlineData(9, "6.5")]
    [InlineData(10, "7.0")]
    [InlineData(11, "7.5")]
    [InlineData(12, "8.0")]
    [InlineData(13, "8.5")]
    [InlineData(14, "9.0")]
    [InlineData(15, "9.5")]
    [InlineData(16, "10")]
    public void Ambulation_score_sets_the_step_when_FS_are_normal(int ambulation, string expected) =>
        Step(0, 0, 0, 0, 0, 0, 0, ambulation).Should().Be(D(expected));

    [Theory]
    [InlineData(1, "2.0")]
    [InlineData(2, "4.5")]
    [InlineData(4, "5.5")]
    [InlineData(10, "7.0")]
    public void Ambulation_step_is_exposed_on_the_score(int ambulation, string expected) =>
        new AmbulationScore(ambulation).ImpliedStep!.Value.Value.Should().Be(D(expected));

    [Fact]
    public void Ambulation_score_0_implies_no_step() =>
        new AmbulationScore(0).ImpliedStep.Should().BeNull();

    [Fact]
    public void Final_step_is_the_higher_of_FS_and_walking()
    {
        // FS 3.5 with ambulation 1 (at least 2.0) -> FS decides.
        var fs = EdssCalculator.FromFunctionalSystems(3, 3, 0, 0, 0, 0, 0, 1);
        fs.Edss?.Value.Should().Be(3.5m);
        fs.Basis.Should().Be(EdssFromFsBasis.FunctionalSystems);

        // FS 4.0 with ambulation 2 (4.5) -> walking decides.
        var walk = EdssCalculator.FromFunctionalSystems(4, 0, 0, 0, 0, 0, 0, 2);
        walk.Edss?.Value.Should().Be(4.5m);
        walk.Basis.Should().Be(EdssFromFsBasis.Ambulation);
        walk.Rule.Should().Be("ambulation:2=4.5");

        // FS 5.0 with ambulation 4 (5.5) -> above 5.0 only walking counts.
        Step(5, 0, 0, 0, 0, 0, 0, 4).Should().Be(5.5m);

        // FS 5.0 with ambulation 3 (5.0) -> equal.
        var both = EdssCalculator.FromFunctionalSystems(5, 0, 0, 0, 0, 0, 0, 3);
        both.Edss?.Value.Should().Be(5.0m);
        both.Basis.Should().Be(EdssFromFsBasis.FunctionalSystemsAndAmbulation);
        both.Rule.Should().Be("fs:Grade5OrMore=5.0;ambulation:3=5.0");
    }

    [Fact]
    public void Ambulation_score_1_lifts_minimal_signs_to_2_0()
    {
        Step(1, 1, 0, 0, 0, 0, 0, 1).Should().Be(2.0m);
        Step(0, 0, 0, 0, 0, 0, 0, 1).Should().Be(2.0m);
        Step(2, 0, 0, 0, 0, 0, 0, 1).Should().Be(2.0m);
        Step(2, 2, 0, 0, 0, 0, 0, 1).Should().Be(2.5m);
    }

    [Theory]
    // Walking range boundaries in metres (lower inclusive, upper exclusive), Neurostatus (§4.3).
    [InlineData(1, 500, null)]
    [InlineData(2, 300, 500)]
    [InlineData(3, 200, 300)]
    [InlineData(4, 100, 200)]
    [InlineData(5, null, 100)]
    [InlineData(6, 50, null)]
    [InlineData(7, 120, null)]
    [InlineData(8, null, 50)]
    [InlineData(9, 5, 120)]
    [InlineData(10, null, 5)]
    public void Ambulation_scores_carry_their_walking_range(int score, int? min, int? max)
    {
        var a = new AmbulationScore(score);
        a.MinimumWalkingRangeMetres.Should().Be(min);
        a.MaximumWalkingRangeMetres.Should().Be(max);
    }

    [Theory]
    [InlineData(0, AmbulationCategory.Unrestricted)]
    [InlineData(1, AmbulationCategory.FullyAmbulatory)]
    [InlineData(5, AmbulationCategory.RestrictedRangeUnaided)]
    [InlineData(6, AmbulationCategory.UnilateralAid)]
    [InlineData(7, AmbulationCategory.BilateralAid)]
    [InlineData(8, AmbulationCategory.UnilateralAid)]
    [InlineData(9, AmbulationCategory.BilateralAid)]
    [InlineData(11, AmbulationCategory.Wheelchair)]
    [InlineData(12, AmbulationCategory.RestrictedToBedOrChair)]
    [InlineData(16, AmbulationCategory.DeathDueToMs)]
    public void Ambulation_scores_carry_their_category(int score, AmbulationCategory category) =>
        new AmbulationScore(score).Category.Should().Be(category);

    [Fact]
    public void The_best_of_several_walking_performances_is_scored()
    {
        // Neurostatus forum example: >120 m with bilateral aid (7) but <50 m with a unilateral aid (8) -> 6.0.
        var best = AmbulationScore.BestOf([new AmbulationScore(8), new AmbulationScore(7)]);
        best.Score.Should().Be(7);
        Step(0, 0, 0, 0, 0, 0, 0, best.Score).Should().Be(6.0m);
    }

    [Fact]
    public void Best_of_no_performance_is_an_error() =>
        FluentActions.Invoking(() => AmbulationScore.BestOf([])).Should().Throw<ArgumentException>();

    [Theory]
    [InlineData(-1)]
    [InlineData(17)]
    public void Ambulation_score_outside_0_to_16_is_rejected(int score) =>
        FluentActions.Invoking(() => new AmbulationScore(score)).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("score").WithMessage($"*0 to 16*{score.ToString(CultureInfo.InvariantCulture)}*");
}
