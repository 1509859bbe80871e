using MscDomain.Outcomes;
using MscDomain.Disability;

namespace MscDomain.Tests.Disability;

public sealed class FunctionalSystemGradeTest
{
    [Theory]
    // Ranges from disability.md §3.
    [InlineData(FunctionalSystem.Visual, 6)]
    [InlineData(FunctionalSystem.Brainstem, 5)]
    [InlineData(FunctionalSystem.Pyramidal, 6)]
    [InlineData(FunctionalSystem.Cerebellar, 5)]
    [InlineData(FunctionalSystem.Sensory, 6)]
    [InlineData(FunctionalSystem.BowelBladder, 6)]
    [InlineData(FunctionalSystem.Cerebral, 5)]
    [InlineData(FunctionalSystem.Other, 1)]
    public void Each_system_accepts_0_to_its_maximum_and_rejects_one_more(FunctionalSystem system, int max)
    {
        new FunctionalSystemGrade(system, 0).Grade.Should().Be(0);
        new FunctionalSystemGrade(system, max).Grade.Should().Be(max);
        FluentActions.Invoking(() => new FunctionalSystemGrade(system, max + 1)).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("grade").WithMessage($"{system} functional system grade must be 0 to {max}*{max + 1} is not*");
        FluentActions.Invoking(() => new FunctionalSystemGrade(system, -1)).Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage($"{system}*-1*");
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(3, 2)]
    [InlineData(4, 3)]
    [InlineData(5, 3)]
    [InlineData(6, 4)]
    public void Visual_grades_are_converted(int raw, int converted) =>
        new FunctionalSystemGrade(FunctionalSystem.Visual, raw).ConvertedGrade.Should().Be(converted);

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(3, 3)]
    [InlineData(4, 3)]
    [InlineData(5, 4)]
    [InlineData(6, 5)]
    public void Bowel_bladder_grades_are_converted(int raw, int converted) =>
        new FunctionalSystemGrade(FunctionalSystem.BowelBladder, raw).ConvertedGrade.Should().Be(converted);

    [Theory]
    [InlineData(FunctionalSystem.Pyramidal, 6)]
    [InlineData(FunctionalSystem.Sensory, 5)]
    [InlineData(FunctionalSystem.Cerebral, 3)]
    public void Other_systems_are_not_converted(FunctionalSystem system, int grade) =>
        new FunctionalSystemGrade(system, grade).ConvertedGrade.Should().Be(grade);

    [Fact]
    public void Scores_constructor_names_the_system_of_an_invalid_grade() =>
        FluentActions.Invoking(() => new FunctionalSystemScores(0, 0, 0, 0, 0, 7, 0)).Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("Visual functional system grade must be 0 to 6*7 is not*");

    [Fact]
    public void Default_grade_is_visual_zero()
    {
        default(FunctionalSystemGrade).System.Should().Be(FunctionalSystem.Visual);
        default(FunctionalSystemGrade).Grade.Should().Be(0);
    }
}

public sealed class FunctionalSystemScoresFromOutcomesTest
{
    private static readonly MscDomain.Outcomes.FunctionalSystem[] All =
    [
        MscDomain.Outcomes.FunctionalSystem.Visual, MscDomain.Outcomes.FunctionalSystem.Brainstem, MscDomain.Outcomes.FunctionalSystem.Pyramidal,
        MscDomain.Outcomes.FunctionalSystem.Cerebellar, MscDomain.Outcomes.FunctionalSystem.Sensory, MscDomain.Outcomes.FunctionalSystem.BowelBladder,
        MscDomain.Outcomes.FunctionalSystem.Cerebral,
    ];

    [Fact]
    public void Outcome_model_grades_map_system_by_system()
    {
        var fs = FunctionalSystemScores.From(All.Select((s, i) => new MscDomain.Outcomes.FunctionalSystemScore(s, i % 5)));
        fs.Visual.Grade.Should().Be(0);
        fs.Brainstem.Grade.Should().Be(1);
        fs.Pyramidal.Grade.Should().Be(2);
        fs.Cerebellar.Grade.Should().Be(3);
        fs.Sensory.Grade.Should().Be(4);
        fs.BowelBladder.Grade.Should().Be(0);
        fs.Cerebral.Grade.Should().Be(1);
    }

    [Fact]
    public void A_missing_or_repeated_system_is_an_error()
    {
        FluentActions.Invoking(() => FunctionalSystemScores.From(All.Skip(1).Select(s => new MscDomain.Outcomes.FunctionalSystemScore(s, 0))))
            .Should().Throw<ArgumentException>().WithMessage("*Visual grade is missing*");
        FluentActions.Invoking(() => FunctionalSystemScores.From(All.Append(MscDomain.Outcomes.FunctionalSystem.Visual).Select(s => new MscDomain.Outcomes.FunctionalSystemScore(s, 0))))
            .Should().Throw<ArgumentException>().WithMessage("*Visual grade is given more than once*");
    }
}
