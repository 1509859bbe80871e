using MscDomain.Disability;

namespace MscDomain.Tests.Disability;

/// <summary>Decision points D1–D5 (§4.4), each option both ways, values from the doc's table.</summary>
public sealed partial class EdssCalculatorTest
{
    [Fact]
    public void D1_cerebral_grade_1_alone_is_0_by_default_and_flagged()
    {
        var r = EdssCalculator.FromFunctionalSystems(0, 0, 0, 0, 0, 0, 1, 0);
        r.Edss?.Value.Should().Be(0m);
        r.ContestedDecisions.Should().Equal(EdssFromFsDecision.D1CerebralGrade1);
        r.Rule.Should().Be("fs:AllNormal=0.0;contested:D1");
    }

    [Fact]
    public void D1_cerebral_grade_1_alone_is_1_0_when_counted() =>
        Step(0, 0, 0, 0, 0, 0, 1, 0, new EdssFromFsOptions { CountCerebralGrade1 = true }).Should().Be(1.0m);

    [Fact]
    public void D1_cerebral_grade_1_with_a_grade_2_elsewhere_is_not_contested()
    {
        var r = EdssCalculator.FromFunctionalSystems(2, 0, 0, 0, 0, 0, 1, 0);
        r.Edss?.Value.Should().Be(2.0m);
        r.IsContested.Should().BeFalse();
    }

    [Fact]
    public void D2_one_grade_4_with_a_grade_2_is_4_5_by_default_and_4_0_in_the_R_convention()
    {
        var r = EdssCalculator.FromFunctionalSystems(4, 2, 0, 0, 0, 0, 0, 0);
        r.Edss?.Value.Should().Be(4.5m);
        r.Pattern.Should().Be(EdssFromFsPattern.OneGrade4WithGrade2);
        r.ContestedDecisions.Should().Equal(EdssFromFsDecision.D2Grade4WithGrade2);
        Step(4, 2, 0, 0, 0, 0, 0, 0, new EdssFromFsOptions { RaiseGrade4WithGrade2 = false }).Should().Be(4.0m);
    }

    [Fact]
    public void D2_is_not_contested_when_walking_decides() =>
        EdssCalculator.FromFunctionalSystems(4, 2, 0, 0, 0, 0, 0, 4).IsContested.Should().BeFalse();

    [Fact]
    public void D3_one_grade_4_with_three_grade_3_is_5_0_by_default_and_4_5_in_the_R_convention()
    {
        var r = EdssCalculator.FromFunctionalSystems(4, 3, 3, 3, 0, 0, 0, 0);
        r.Edss?.Value.Should().Be(5.0m);
        r.ContestedDecisions.Should().Equal(EdssFromFsDecision.D3Grade4WithThreeGrade3);
        Step(4, 3, 3, 3, 0, 0, 0, 0, new EdssFromFsOptions { RaiseGrade4WithThreeGrade3 = false }).Should().Be(4.5m);
    }

    [Fact]
    public void D4_FS_5_0_with_ambulation_1_is_5_0_by_default_and_4_0_when_capped()
    {
        // Two grade 4: FS step 5.0 from grade-4 combinations (no converted grade 5), disability.md §4.4 D4.
        var r = EdssCalculator.FromFunctionalSystems(4, 4, 0, 0, 0, 0, 0, 1);
        r.Edss?.Value.Should().Be(5.0m);
        r.ContestedDecisions.Should().Equal(EdssFromFsDecision.D4AmbulationScore1);
        var capped = EdssCalculator.FromFunctionalSystems(4, 4, 0, 0, 0, 0, 0, 1, new EdssFromFsOptions { CapAmbulationScore1AtStep4 = true });
        capped.Edss?.Value.Should().Be(4.0m);
        capped.Basis.Should().Be(EdssFromFsBasis.Ambulation);
        capped.Rule.Should().Be("ambulation:1=2.0->cap=4.0;contested:D4");
    }

    [Fact]
    public void D4_FS_4_0_with_ambulation_1_is_4_0_either_way()
    {
        Step(4, 0, 0, 0, 0, 0, 0, 1).Should().Be(4.0m);
        Step(4, 0, 0, 0, 0, 0, 0, 1, new EdssFromFsOptions { CapAmbulationScore1AtStep4 = true }).Should().Be(4.0m);
        EdssCalculator.FromFunctionalSystems(4, 0, 0, 0, 0, 0, 0, 1).IsContested.Should().BeFalse();
    }

    [Fact]
    public void D5_FS_5_0_with_ambulation_2_is_5_0_by_default_and_4_5_when_capped()
    {
        var r = EdssCalculator.FromFunctionalSystems(3, 3, 3, 3, 3, 0, 3, 2);
        r.Edss?.Value.Should().Be(5.0m);
        r.ContestedDecisions.Should().Equal(EdssFromFsDecision.D5AmbulationScore2);
        Step(3, 3, 3, 3, 3, 0, 3, 2, new EdssFromFsOptions { CapAmbulationScore2AtStep4Point5 = true }).Should().Be(4.5m);
    }

    [Fact]
    public void Presets_reproduce_each_calculator()
    {
        Step(0, 0, 0, 0, 0, 0, 1, 0, EdssFromFsOptions.JavaScriptCalculator).Should().Be(1.0m);
        Step(4, 2, 0, 0, 0, 0, 0, 0, EdssFromFsOptions.JavaScriptCalculator).Should().Be(4.5m);
        Step(4, 3, 3, 3, 0, 0, 0, 0, EdssFromFsOptions.JavaScriptCalculator).Should().Be(5.0m);
        Step(5, 0, 0, 0, 0, 0, 0, 1, EdssFromFsOptions.JavaScriptCalculator).Should().Be(5.0m);
        Step(5, 0, 0, 0, 0, 0, 0, 2, EdssFromFsOptions.JavaScriptCalculator).Should().Be(5.0m);

        Step(0, 0, 0, 0, 0, 0, 1, 0, EdssFromFsOptions.RCalculator).Should().Be(0m);
        Step(4, 2, 0, 0, 0, 0, 0, 0, EdssFromFsOptions.RCalculator).Should().Be(4.0m);
        Step(4, 3, 3, 3, 0, 0, 0, 0, EdssFromFsOptions.RCalculator).Should().Be(4.5m);
        Step(5, 0, 0, 0, 0, 0, 0, 1, EdssFromFsOptions.RCalculator).Should().Be(5.0m);
        Step(5, 0, 0, 0, 0, 0, 0, 2, EdssFromFsOptions.RCalculator).Should().Be(5.0m);
        Step(4, 4, 0, 0, 0, 0, 0, 1, EdssFromFsOptions.RCalculator).Should().Be(4.0m);
        Step(4, 4, 0, 0, 0, 0, 0, 2, EdssFromFsOptions.RCalculator).Should().Be(4.5m);
    }

    [Fact]
    public void Result_records_the_options_used()
    {
        var o = new EdssFromFsOptions { CountCerebralGrade1 = true };
        EdssCalculator.FromFunctionalSystems(0, 0, 0, 0, 0, 0, 0, 0, o).Options.Should().BeSameAs(o);
        EdssCalculator.FromFunctionalSystems(0, 0, 0, 0, 0, 0, 0, 0).Options.Should().Be(EdssFromFsOptions.Default);
    }

    [Fact]
    public void Decision_ids_match_the_domain_reference()
    {
        EdssFromFsResult.DecisionId(EdssFromFsDecision.D1CerebralGrade1).Should().Be("D1");
        EdssFromFsResult.DecisionId(EdssFromFsDecision.D5AmbulationScore2).Should().Be("D5");
    }
}

/// <summary>D6 and the JS calculator's own unit-test vectors (adobrasinovic/edss src/index.test.js, MIT).</summary>
public sealed class EdssCalculatorConformanceTest
{
    [Theory]
    // One grade 4 with five (or six) grade 3 at ambulation 0: the R calculator returns NA (no rule matches).
    [InlineData(4, 3, 3, 3, 4, 0, 3, "5.0")]
    [InlineData(4, 3, 3, 3, 3, 5, 3, "5.0")]
    [InlineData(4, 3, 3, 3, 3, 0, 3, "5.0")]
    [InlineData(4, 3, 3, 3, 3, 2, 3, "5.0")]
    public void D6_one_grade_4_with_five_or_more_grade_3_is_flagged(int pyr, int cer, int bs, int sens, int bb, int vis, int cereb, string expected)
    {
        var r = EdssCalculator.FromFunctionalSystems(pyr, cer, bs, sens, bb, vis, cereb, 0);
        r.Edss?.Value.Should().Be(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
        r.ContestedDecisions.Should().Contain(EdssFromFsDecision.D6UnmatchedPattern).And.Contain(EdssFromFsDecision.D3Grade4WithThreeGrade3);
    }

    [Fact]
    public void D6_is_not_flagged_when_walking_is_impaired() =>
        EdssCalculator.FromFunctionalSystems(4, 3, 3, 3, 3, 3, 0, 1).ContestedDecisions.Should().NotContain(EdssFromFsDecision.D6UnmatchedPattern);

    // The JS calculator's argument order: visual, brainstem, pyramidal, cerebellar, sensory, bowel&bladder, cerebral, ambulation.
    [Theory]
    [InlineData(5, 1, 1, 1, 1, 1, 1, 2, "4.5")]
    [InlineData(4, 3, 3, 3, 3, 1, 1, 2, "4.5")]
    [InlineData(0, 0, 0, 0, 0, 0, 4, 2, "4.5")]
    [InlineData(1, 4, 3, 3, 1, 1, 1, 1, "4.5")]
    [InlineData(1, 4, 3, 1, 1, 1, 1, 1, "4.5")]
    [InlineData(1, 3, 3, 3, 3, 1, 3, 1, "4.5")]
    [InlineData(1, 2, 1, 1, 1, 1, 4, 1, "4.5")]
    [InlineData(2, 2, 2, 2, 2, 2, 4, 1, "4.5")]
    [InlineData(1, 1, 1, 1, 1, 1, 4, 1, "4.0")]
    [InlineData(0, 0, 0, 0, 0, 0, 4, 1, "4.0")]
    [InlineData(0, 0, 0, 3, 2, 0, 3, 1, "4.0")]
    [InlineData(2, 3, 3, 3, 2, 2, 3, 1, "4.0")]
    [InlineData(4, 3, 3, 3, 3, 3, 2, 2, "5.0")]
    [InlineData(4, 3, 3, 3, 3, 3, 3, 2, "5.0")]
    [InlineData(1, 4, 3, 3, 3, 1, 1, 2, "5.0")]
    [InlineData(4, 4, 3, 3, 3, 3, 3, 2, "5.0")]
    public void JS_calculator_unit_test_vectors_are_reproduced_by_its_preset(int vis, int bs, int pyr, int cer, int sens, int bb, int cereb, int amb, string expected) =>
        EdssCalculator.FromFunctionalSystems(pyr, cer, bs, sens, bb, vis, cereb, amb, EdssFromFsOptions.JavaScriptCalculator).Edss?.Value
            .Should().Be(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
}
