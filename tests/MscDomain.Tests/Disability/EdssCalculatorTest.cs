using MscDomain.Outcomes;
using System.Globalization;
using MscDomain.Disability;

namespace MscDomain.Tests.Disability;

/// <summary>EDSS from FS grades: the combination table of disability.md §4.1 (expected values copied from the doc).</summary>
public sealed partial class EdssCalculatorTest
{
    internal static decimal? Step(int pyr, int cer, int bs, int sens, int bb, int vis, int cereb, int amb = 0, EdssFromFsOptions? o = null) =>
        EdssCalculator.FromFunctionalSystems(pyr, cer, bs, sens, bb, vis, cereb, amb, o).Edss?.Value;

    private static decimal D(string s) => decimal.Parse(s, CultureInfo.InvariantCulture);

    // Columns: pyramidal, cerebellar, brainstem, sensory, bowel&bladder, visual, cerebral -> expected step (§4.1).
    [Theory]
    // 0: all FS 0
    [InlineData(0, 0, 0, 0, 0, 0, 0, "0")]
    // 1.0: one grade 1
    [InlineData(1, 0, 0, 0, 0, 0, 0, "1.0")]
    [InlineData(0, 0, 0, 0, 0, 1, 0, "1.0")]
    // 1.5: more than one grade 1, any number
    [InlineData(1, 1, 0, 0, 0, 0, 0, "1.5")]
    [InlineData(1, 1, 1, 1, 1, 1, 0, "1.5")]
    // 2.0: one grade 2 (others 0/1)
    [InlineData(2, 0, 0, 0, 0, 0, 0, "2.0")]
    [InlineData(2, 1, 1, 1, 1, 1, 1, "2.0")]
    // 2.5: two grade 2
    [InlineData(2, 2, 0, 0, 0, 0, 0, "2.5")]
    [InlineData(0, 0, 2, 1, 0, 2, 1, "2.5")]
    // 3.0: one grade 3; or three or four grade 2
    [InlineData(3, 0, 0, 0, 0, 0, 0, "3.0")]
    [InlineData(0, 3, 1, 1, 0, 0, 0, "3.0")]
    [InlineData(2, 2, 2, 0, 0, 0, 0, "3.0")]
    [InlineData(2, 2, 2, 2, 0, 0, 1, "3.0")]
    // 3.5: one grade 3 + one or two grade 2; two grade 3; five grade 2
    [InlineData(3, 2, 0, 0, 0, 0, 0, "3.5")]
    [InlineData(3, 2, 2, 0, 0, 0, 0, "3.5")]
    [InlineData(3, 3, 0, 0, 0, 0, 0, "3.5")]
    [InlineData(2, 2, 2, 2, 2, 0, 0, "3.5")]
    // 4.0 (high): one grade 4; one grade 3 + three or more grade 2; two grade 3 + one or more grade 2
    [InlineData(4, 0, 0, 0, 0, 0, 0, "4.0")]
    [InlineData(4, 1, 1, 1, 1, 1, 1, "4.0")]
    [InlineData(3, 2, 2, 2, 0, 0, 0, "4.0")]
    [InlineData(3, 2, 2, 2, 2, 2, 2, "4.0")]
    [InlineData(3, 3, 2, 0, 0, 0, 0, "4.0")]
    [InlineData(3, 3, 2, 2, 2, 2, 2, "4.0")]
    // 4.0 (medium): three or four grade 3 (any number of grade 2); six or seven grade 2
    [InlineData(3, 3, 3, 0, 0, 0, 0, "4.0")]
    [InlineData(3, 3, 3, 3, 2, 2, 2, "4.0")]
    [InlineData(2, 2, 2, 2, 2, 2, 0, "4.0")]
    [InlineData(2, 2, 2, 2, 2, 2, 2, "4.0")]
    // 4.5 (medium): five grade 3 (any grade 2); one grade 4 + one or two grade 3 (any grade 2)
    [InlineData(3, 3, 3, 3, 3, 0, 0, "4.5")]
    [InlineData(3, 3, 3, 3, 3, 2, 2, "4.5")]
    [InlineData(4, 3, 0, 0, 0, 0, 0, "4.5")]
    [InlineData(4, 3, 3, 2, 2, 2, 2, "4.5")]
    // 5.0 (high): one grade 5 alone
    [InlineData(5, 0, 0, 0, 0, 0, 0, "5.0")]
    [InlineData(0, 5, 1, 1, 0, 0, 0, "5.0")]
    // 5.0 (medium): six or more grade 3; two or more grade 4; pyramidal 6 alone; grade >=5 with any others
    [InlineData(3, 3, 3, 3, 3, 0, 3, "5.0")]
    [InlineData(3, 3, 3, 3, 3, 3, 3, "5.0")]
    // ... but raw visual 3 is converted grade 2, so five grade 3 plus visual 3 stay at 4.5.
    [InlineData(3, 3, 3, 3, 3, 3, 0, "4.5")]
    [InlineData(4, 4, 0, 0, 0, 0, 0, "5.0")]
    [InlineData(4, 4, 4, 2, 3, 0, 0, "5.0")]
    [InlineData(6, 0, 0, 0, 0, 0, 0, "5.0")]
    [InlineData(5, 4, 3, 3, 3, 2, 2, "5.0")]
    [InlineData(6, 5, 5, 6, 6, 6, 5, "5.0")]
    public void Combination_table_rows_give_the_documented_step(int pyr, int cer, int bs, int sens, int bb, int vis, int cereb, string expected) =>
        Step(pyr, cer, bs, sens, bb, vis, cereb).Should().Be(D(expected));

    [Theory]
    // Converted grades are used: visual 0,1,2,2,3,3,4 and bowel&bladder 0,1,2,3,3,4,5 (§3).
    [InlineData(FunctionalSystem.Visual, 3, "2.0")]
    [InlineData(FunctionalSystem.Visual, 4, "3.0")]
    [InlineData(FunctionalSystem.Visual, 5, "3.0")]
    [InlineData(FunctionalSystem.Visual, 6, "4.0")]
    [InlineData(FunctionalSystem.BowelBladder, 3, "3.0")]
    [InlineData(FunctionalSystem.BowelBladder, 4, "3.0")]
    [InlineData(FunctionalSystem.BowelBladder, 5, "4.0")]
    [InlineData(FunctionalSystem.BowelBladder, 6, "5.0")]
    // Cerebral counts like any other FS at grade >= 2 (cerebral 4 alone -> 4.0; 5 alone -> 5.0).
    [InlineData(FunctionalSystem.Cerebral, 2, "2.0")]
    [InlineData(FunctionalSystem.Cerebral, 4, "4.0")]
    [InlineData(FunctionalSystem.Cerebral, 5, "5.0")]
    // Sensory 6 is a converted grade >= 5 -> 5.0 cap.
    [InlineData(FunctionalSystem.Sensory, 6, "5.0")]
    public void A_single_system_is_converted_before_counting(FunctionalSystem system, int grade, string expected)
    {
        var g = new int[8];
        g[(int)system] = grade;
        Step(g[(int)FunctionalSystem.Pyramidal], g[(int)FunctionalSystem.Cerebellar], g[(int)FunctionalSystem.Brainstem], g[(int)FunctionalSystem.Sensory],
            g[(int)FunctionalSystem.BowelBladder], g[(int)FunctionalSystem.Visual], g[(int)FunctionalSystem.Cerebral]).Should().Be(D(expected));
    }

    [Fact]
    public void One_grade_1_gives_1_0_and_two_give_1_5()
    {
        Step(1, 0, 0, 0, 0, 0, 0).Should().Be(1.0m);
        Step(1, 1, 0, 0, 0, 0, 0).Should().Be(1.5m);
    }

    [Fact]
    public void One_grade_2_gives_2_0_and_two_grade_2_give_2_5()
    {
        Step(2, 0, 0, 0, 0, 0, 0).Should().Be(2.0m);
        Step(2, 2, 0, 0, 0, 0, 0).Should().Be(2.5m);
    }

    [Fact]
    public void Two_grade_2_give_2_5_and_three_give_3_0()
    {
        Step(2, 2, 0, 0, 0, 0, 0).Should().Be(2.5m);
        Step(2, 2, 2, 0, 0, 0, 0).Should().Be(3.0m);
    }

    [Fact]
    public void Four_five_and_six_grade_2_give_3_0_3_5_4_0()
    {
        Step(2, 2, 2, 2, 0, 0, 0).Should().Be(3.0m);
        Step(2, 2, 2, 2, 2, 0, 0).Should().Be(3.5m);
        Step(2, 2, 2, 2, 2, 2, 0).Should().Be(4.0m);
    }

    [Fact]
    public void One_grade_3_with_two_grade_2_is_3_5_but_with_three_is_4_0()
    {
        Step(3, 2, 2, 0, 0, 0, 0).Should().Be(3.5m);
        Step(3, 2, 2, 2, 0, 0, 0).Should().Be(4.0m);
    }

    [Fact]
    public void Two_grade_3_alone_are_3_5_and_with_a_grade_2_are_4_0()
    {
        Step(3, 3, 0, 0, 0, 0, 0).Should().Be(3.5m);
        Step(3, 3, 2, 0, 0, 0, 0).Should().Be(4.0m);
    }

    [Fact]
    public void Four_five_and_six_grade_3_give_4_0_4_5_5_0()
    {
        Step(3, 3, 3, 3, 0, 0, 0).Should().Be(4.0m);
        Step(3, 3, 3, 3, 3, 0, 0).Should().Be(4.5m);
        Step(3, 3, 3, 3, 3, 0, 3).Should().Be(5.0m);
    }

    [Fact]
    public void One_grade_4_is_4_0_and_two_grade_4_are_5_0()
    {
        Step(4, 0, 0, 0, 0, 0, 0).Should().Be(4.0m);
        Step(4, 4, 0, 0, 0, 0, 0).Should().Be(5.0m);
    }

    [Fact]
    public void Grade_1_systems_never_change_a_step_of_2_0_or_more()
    {
        Step(3, 2, 0, 0, 0, 0, 0).Should().Be(3.5m);
        Step(3, 2, 1, 1, 1, 1, 1).Should().Be(3.5m);
    }

    [Fact]
    public void Explanation_names_the_pattern_counts_and_basis()
    {
        var r = EdssCalculator.FromFunctionalSystems(3, 2, 1, 0, 0, 0, 0, 0);
        r.Edss?.Value.Should().Be(3.5m);
        r.Pattern.Should().Be(EdssFromFsPattern.OneGrade3WithOneOrTwoGrade2);
        r.Counts.Should().Be(new FunctionalSystemGradeCounts(1, 1, 1, 0, 0));
        r.Basis.Should().Be(EdssFromFsBasis.FunctionalSystems);
        r.FunctionalSystemStep.Value.Should().Be(3.5m);
        r.AmbulationStep.Should().BeNull();
        r.IsContested.Should().BeFalse();
        r.Rule.Should().Be("fs:OneGrade3WithOneOrTwoGrade2=3.5");
    }

    [Fact]
    public void Compute_and_FromFunctionalSystems_agree()
    {
        var fs = new FunctionalSystemScores(4, 3, 0, 2, 0, 0, 0);
        EdssCalculator.Compute(fs, new AmbulationScore(0)).Value.Should().Be(4.5m);
        EdssCalculator.FromFunctionalSystems(fs, new AmbulationScore(0)).Edss?.Value.Should().Be(4.5m);
    }

    [Fact]
    public void The_other_system_never_changes_the_step()
    {
        var without = new FunctionalSystemScores(2, 0, 0, 0, 0, 0, 0);
        var with = new FunctionalSystemScores(2, 0, 0, 0, 0, 0, 0, other: 1);
        EdssCalculator.Compute(with, AmbulationScore.Unrestricted).Should().Be(EdssCalculator.Compute(without, AmbulationScore.Unrestricted));
        with.Other!.Value.Grade.Should().Be(1);
    }

    [Fact]
    public void An_X_flagged_grade_is_scored_as_its_number()
    {
        var fs = new FunctionalSystemScores(
            new FunctionalSystemGrade(FunctionalSystem.Pyramidal, 3),
            new FunctionalSystemGrade(FunctionalSystem.Cerebellar, 2, isScoringLimited: true),
            new FunctionalSystemGrade(FunctionalSystem.Brainstem, 0),
            new FunctionalSystemGrade(FunctionalSystem.Sensory, 0),
            new FunctionalSystemGrade(FunctionalSystem.BowelBladder, 0),
            new FunctionalSystemGrade(FunctionalSystem.Visual, 0),
            new FunctionalSystemGrade(FunctionalSystem.Cerebral, 0));
        EdssCalculator.Compute(fs, AmbulationScore.Unrestricted).Value.Should().Be(3.5m);
        fs.Cerebellar.ToString().Should().Be("Cerebellar 2X");
    }

    [Fact]
    public void A_grade_for_the_wrong_system_is_rejected()
    {
        var act = () => new FunctionalSystemScores(
            new FunctionalSystemGrade(FunctionalSystem.Visual, 3),
            new FunctionalSystemGrade(FunctionalSystem.Cerebellar, 2),
            new FunctionalSystemGrade(FunctionalSystem.Brainstem, 0),
            new FunctionalSystemGrade(FunctionalSystem.Sensory, 0),
            new FunctionalSystemGrade(FunctionalSystem.BowelBladder, 0),
            new FunctionalSystemGrade(FunctionalSystem.Visual, 0),
            new FunctionalSystemGrade(FunctionalSystem.Cerebral, 0));
        act.Should().Throw<ArgumentException>().WithParameterName("pyramidal");
    }
}
