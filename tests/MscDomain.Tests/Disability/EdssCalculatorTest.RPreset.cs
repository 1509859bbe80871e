using MscDomain.Disability;

namespace MscDomain.Tests.Disability;

/// <summary>
/// The R preset (<see cref="EdssFromFsOptions.RCalculator"/>) as issue 11 point 10 and disability.md §4.4 (corrected
/// 2026-12) describe the R calculator: ambulation 1 gives max(FS step, 2.0), except 4.0 where its own FS step (D1-D3 decided
/// the R way) is 5.0 with no converted grade 5 or more; ambulation 2 the same with 4.5; ambulation 0 and 3+ as before;
/// no value for one converted grade 4 with five grade 3 at ambulation 0 (then 4.0, 4.5, 5.0 at ambulation 1, 2, 3).
/// FS argument order: pyramidal, cerebellar, brainstem, sensory, bowel-bladder (raw), visual (raw), cerebral, ambulation.
/// </summary>
public sealed partial class EdssCalculatorTest
{
    private static EdssFromFsResult R(int pyr, int cer, int bs, int sens, int bb, int vis, int cereb, int amb) =>
        EdssCalculator.FromFunctionalSystems(pyr, cer, bs, sens, bb, vis, cereb, amb, EdssFromFsOptions.RCalculator);

    [Theory]
    // FS step 5.0 from grade-4/grade-3 combinations, no converted grade >= 5: 4.0 at ambulation 1, 4.5 at ambulation 2.
    [InlineData(4, 4, 0, 0, 0, 0, 0, 1, "4.0")]         // two grade 4
    [InlineData(4, 4, 4, 0, 0, 0, 0, 1, "4.0")]         // three grade 4
    [InlineData(3, 3, 3, 3, 3, 0, 3, 1, "4.0")]         // six grade 3
    [InlineData(4, 4, 0, 0, 0, 0, 0, 2, "4.5")]
    [InlineData(3, 3, 3, 3, 3, 0, 3, 2, "4.5")]
    [InlineData(4, 0, 0, 0, 0, 6, 0, 1, "4.0")]         // pyramidal 4 + raw visual 6 (converted 4)
    // A converted grade 5 or more: the FS step, 5.0, at both (max(FS step, 2.0) and max(FS step, 4.5)).
    [InlineData(5, 0, 0, 0, 0, 0, 0, 1, "5.0")]
    [InlineData(5, 0, 0, 0, 0, 0, 0, 2, "5.0")]
    [InlineData(6, 0, 0, 0, 0, 0, 0, 1, "5.0")]         // pyramidal 6
    [InlineData(0, 0, 0, 0, 5, 0, 0, 1, "4.0")]         // raw bowel-bladder 5 is converted 4: one grade 4 -> 4.0 = max(4.0, 2.0)
    [InlineData(0, 0, 0, 0, 6, 0, 0, 1, "5.0")]         // raw bowel-bladder 6 is converted 5
    [InlineData(4, 4, 0, 0, 6, 0, 0, 1, "5.0")]         // two grade 4 with a converted 5: no exception
    // FS step below 5.0: max(FS step, 2.0) / max(FS step, 4.5), so 4.5 stays 4.5 (the old preset wrongly gave 4.0).
    [InlineData(4, 3, 3, 3, 0, 0, 0, 1, "4.5")]         // one grade 4 + three grade 3: R's D3 step 4.5
    [InlineData(3, 3, 3, 3, 3, 0, 0, 1, "4.5")]         // five grade 3
    [InlineData(4, 3, 0, 0, 0, 0, 0, 1, "4.5")]         // one grade 4 + one grade 3
    [InlineData(4, 2, 0, 0, 0, 0, 0, 1, "4.0")]         // D2 the R way: 4.0
    [InlineData(3, 0, 0, 0, 0, 0, 0, 1, "3.0")]
    [InlineData(0, 0, 0, 0, 0, 0, 0, 1, "2.0")]
    [InlineData(0, 0, 0, 0, 0, 0, 0, 2, "4.5")]
    [InlineData(4, 3, 3, 3, 0, 0, 0, 2, "4.5")]
    // Ambulation 0 and 3+: unchanged (FS step; max with the walking step).
    [InlineData(4, 4, 0, 0, 0, 0, 0, 0, "5.0")]
    [InlineData(4, 4, 0, 0, 0, 0, 0, 3, "5.0")]
    [InlineData(4, 4, 0, 0, 0, 0, 0, 4, "5.5")]
    public void R_preset_follows_the_corrected_D4_D5_description(int pyr, int cer, int bs, int sens, int bb, int vis, int cereb, int amb, string expected) =>
        R(pyr, cer, bs, sens, bb, vis, cereb, amb).Edss?.Value.Should().Be(D(expected));

    [Theory]
    [InlineData(4, 3, 3, 3, 3, 4, 0)]   // pyramidal 4, five grade 3 (raw visual 4 is converted 3), cerebral 0
    [InlineData(4, 3, 3, 3, 3, 4, 1)]   // cerebral 1
    [InlineData(4, 3, 3, 3, 3, 4, 2)]   // cerebral 2
    [InlineData(3, 3, 3, 3, 3, 6, 0)]   // the grade 4 is raw visual 6
    [InlineData(3, 3, 3, 3, 5, 4, 0)]   // converted: bowel-bladder 5 -> 4, visual 4 -> 3
    public void R_preset_gives_no_value_for_one_grade_4_with_five_grade_3_at_ambulation_0(int pyr, int cer, int bs, int sens, int bb, int vis, int cereb)
    {
        var r = R(pyr, cer, bs, sens, bb, vis, cereb, 0);
        r.Edss.Should().BeNull();
        r.HasValue.Should().BeFalse();
        r.Basis.Should().Be(EdssFromFsBasis.NoValue);
        r.ContestedDecisions.Should().Contain(EdssFromFsDecision.D6UnmatchedPattern);
        r.Rule.Should().StartWith("no-value:");
        FluentActions.Invoking(() => EdssCalculator.Compute(new FunctionalSystemScores(pyr, cer, bs, sens, bb, vis, cereb), AmbulationScore.Unrestricted, EdssFromFsOptions.RCalculator))
            .Should().Throw<ArgumentException>().WithMessage("*no EDSS*D6*");

        R(pyr, cer, bs, sens, bb, vis, cereb, 1).Edss?.Value.Should().Be(4.0m);
        R(pyr, cer, bs, sens, bb, vis, cereb, 2).Edss?.Value.Should().Be(4.5m);
        R(pyr, cer, bs, sens, bb, vis, cereb, 3).Edss?.Value.Should().Be(5.0m);

        // The default and the JS preset still give a value (the D3 row, 5.0), flagged D6.
        var def = EdssCalculator.FromFunctionalSystems(pyr, cer, bs, sens, bb, vis, cereb, 0);
        def.Edss?.Value.Should().Be(5.0m);
        def.ContestedDecisions.Should().Contain(EdssFromFsDecision.D6UnmatchedPattern);
    }

    [Theory]
    [InlineData(4, 3, 3, 3, 3, 3, 0, "4.5")]   // one grade 4 + four grade 3 (raw visual 3 is converted 2): R's D3 step, a value
    [InlineData(3, 3, 3, 3, 3, 0, 0, "4.5")]   // five grade 3 without a grade 4
    [InlineData(4, 4, 3, 3, 3, 3, 0, "5.0")]   // two grade 4 with four grade 3
    [InlineData(4, 3, 3, 3, 3, 4, 5, "5.0")]   // a converted grade 5 (cerebral 5) with the pattern
    public void R_preset_gives_a_value_next_to_the_no_value_patterns(int pyr, int cer, int bs, int sens, int bb, int vis, int cereb, string expected)
    {
        var r = R(pyr, cer, bs, sens, bb, vis, cereb, 0);
        r.Edss?.Value.Should().Be(D(expected));
        r.HasValue.Should().BeTrue();
    }
}
