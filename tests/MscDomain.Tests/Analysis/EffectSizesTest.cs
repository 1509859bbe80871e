using MscDomain.Analysis;
using MscDomain.Common;

namespace MscDomain.Tests.Analysis;

/// <summary>escalc conventions, with expected values printed by metafor 3.8-1 (4 decimals) or derived by hand from the formula's source.</summary>
public sealed class EffectSizesTest
{
    private static StudyEffect One(EffectMeasure measure, MetaStudyInput input)
    {
        var set = EffectSizes.Compute(measure, [input]);
        set.HasErrors.Should().BeFalse(string.Join("\n", set.Issues));
        return set.Studies.Single();
    }

    [Fact]
    public void RD_zero_cell_correction_changes_yi_too()
    {
        // evidence-synthesis.md §5.1 and metafor: escalc("RD", ai=0, bi=10, ci=2, di=8) gives -0.1818, 0.0199 (not -0.2).
        var e = One(EffectMeasure.RD, new MetaStudyInput("s") { Ai = 0, Bi = 10, Ci = 2, Di = 8 });
        e.Yi.Should().BeApproximately(-0.1818, 5e-5);
        e.Vi.Should().BeApproximately(0.0199, 5e-5);
        e.ZeroCellCorrected.Should().BeTrue();
    }

    [Fact]
    public void Double_zero_study_is_kept_for_RR()
    {
        // ln[(n2+1)/(n1+1)] = ln(13/11) (evidence-synthesis.md §1); metafor prints 0.1671, 3.8322.
        var set = EffectSizes.Compute(EffectMeasure.RR, [new MetaStudyInput("dz") { Ai = 0, Bi = 10, Ci = 0, Di = 12 }]);
        set.Studies.Should().ContainSingle();
        set.Studies[0].Yi.Should().BeApproximately(Math.Log(13.0 / 11.0), 1e-15);
        set.Studies[0].Vi.Should().BeApproximately(3.8322, 5e-5);
        set.Issues.Should().ContainSingle(i => i.Code == DataIssueCodes.ZeroCellCorrected && i.Severity == DataIssueSeverity.Note);
    }

    [Fact]
    public void No_correction_without_a_zero_cell()
    {
        var set = EffectSizes.Compute(EffectMeasure.OR, [new MetaStudyInput("s") { Ai = 1, Bi = 9, Ci = 2, Di = 8 }]);
        set.Issues.Should().BeEmpty();
        set.Studies[0].Yi.Should().BeApproximately(Math.Log(1.0 * 8 / (9 * 2)), 1e-15);
    }

    [Fact]
    public void Double_zero_study_is_kept_for_IRR()
    {
        // metafor: escalc("IRR", x1i=0, t1i=10, x2i=0, t2i=20) gives ln 2 = 0.6931, vi = 4.
        var e = One(EffectMeasure.IRR, new MetaStudyInput("s") { X1i = 0, T1i = 10, X2i = 0, T2i = 20 });
        e.Yi.Should().BeApproximately(Math.Log(2), 1e-15);
        e.Vi.Should().Be(4);
    }

    [Fact]
    public void PLO_corrects_x_equal_to_n_and_PAS_does_not_correct()
    {
        // metafor: PLO xi=10, ni=10 -> 3.0445, 2.0952 (10.5 of 11); PAS xi=0, ni=10 -> 0, 0.025.
        var plo = One(EffectMeasure.PLO, new MetaStudyInput("s") { Xi = 10, Ni = 10 });
        plo.Yi.Should().BeApproximately(Math.Log(10.5 / 0.5), 1e-14);
        plo.Vi.Should().BeApproximately(2.0952, 5e-5);
        var pas = One(EffectMeasure.PAS, new MetaStudyInput("s") { Xi = 0, Ni = 10 });
        pas.Yi.Should().Be(0);
        pas.Vi.Should().Be(0.025);
        pas.ZeroCellCorrected.Should().BeFalse();
    }

    [Fact]
    public void SMD_uses_the_exact_gamma_correction_not_the_approximation()
    {
        // d = 0.5, m = 8: metafor prints g = 0.4514, vi = 0.4102; the approximation 1 - 3/(4m - 1) would give 0.4516.
        var e = One(EffectMeasure.SMD, new MetaStudyInput("s") { M1i = 5, Sd1i = 2, N1i = 5, M2i = 4, Sd2i = 2, N2i = 5 });
        e.Yi.Should().BeApproximately(0.4514, 5e-5);
        e.Yi.Should().NotBeApproximately(0.5 * (1 - (3.0 / 31)), 1e-4);
        e.Vi.Should().BeApproximately(0.4102, 5e-5);
    }

    [Fact]
    public void IR_with_zero_events_uses_one_half() =>
        One(EffectMeasure.IRLN, new MetaStudyInput("s") { Xi = 0, Ti = 100 }).Yi.Should().BeApproximately(Math.Log(0.005), 1e-15);

    [Fact]
    public void GEN_takes_sei_squared()
    {
        var e = One(EffectMeasure.GEN, new MetaStudyInput("s") { Yi = 0.2, Sei = 0.3 });
        e.Vi.Should().BeApproximately(0.09, 1e-17);
    }

    [Fact]
    public void ai_n1i_form_equals_ai_bi_form()
    {
        var a = One(EffectMeasure.RR, new MetaStudyInput("s") { Ai = 3, N1i = 20, Ci = 7, N2i = 21 });
        var b = One(EffectMeasure.RR, new MetaStudyInput("s") { Ai = 3, Bi = 17, Ci = 7, Di = 14 });
        (a.Yi, a.Vi).Should().Be((b.Yi, b.Vi));
    }

    public static TheoryData<EffectMeasure, MetaStudyInput, string, string> BadInputs() => new()
    {
        { EffectMeasure.RR, new MetaStudyInput("neg", new SourceLocation("m.csv", 3)) { Ai = -1, Bi = 5, Ci = 2, Di = 3 }, DataIssueCodes.NegativeCount, "ai" },
        { EffectMeasure.OR, new MetaStudyInput("over", new SourceLocation("m.csv", 4)) { Ai = 12, N1i = 10, Ci = 2, N2i = 10 }, DataIssueCodes.EventsExceedTotal, "ai" },
        { EffectMeasure.PR, new MetaStudyInput("over") { Xi = 11, Ni = 10 }, DataIssueCodes.EventsExceedTotal, "xi" },
        { EffectMeasure.MD, new MetaStudyInput("sd0") { M1i = 1, Sd1i = 0, N1i = 5, M2i = 1, Sd2i = 1, N2i = 5 }, DataIssueCodes.NonPositiveSpread, "sd1i" },
        { EffectMeasure.SMD, new MetaStudyInput("tiny") { M1i = 1, Sd1i = 1, N1i = 1, M2i = 1, Sd2i = 1, N2i = 2 }, DataIssueCodes.SampleTooSmall, "n1i" },
        { EffectMeasure.ROM, new MetaStudyInput("sign") { M1i = -1, Sd1i = 1, N1i = 5, M2i = 1, Sd2i = 1, N2i = 5 }, DataIssueCodes.EffectUndefined, "m1i" },
        { EffectMeasure.GEN, new MetaStudyInput("v0") { Yi = 1, Vi = 0 }, DataIssueCodes.NonPositiveVariance, "vi" },
        { EffectMeasure.GEN, new MetaStudyInput("se-") { Yi = 1, Sei = -0.1 }, DataIssueCodes.NonPositiveVariance, "sei" },
        { EffectMeasure.IR, new MetaStudyInput("t0") { Xi = 1, Ti = 0 }, DataIssueCodes.SampleTooSmall, "ti" },
        { EffectMeasure.IRR, new MetaStudyInput("miss") { X1i = 1, T1i = 5, T2i = 5 }, DataIssueCodes.MissingValue, "x2i" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void Bad_input_is_a_located_coded_error_and_the_study_is_not_used(EffectMeasure measure, MetaStudyInput input, string code, string field)
    {
        var set = EffectSizes.Compute(measure, [input]);
        set.Studies.Should().BeEmpty();
        set.HasErrors.Should().BeTrue();
        var issue = set.Issues.First(i => i.Severity == DataIssueSeverity.Error);
        issue.Code.Should().Be(code);
        issue.Location.Path.Should().Be(field);
        issue.Location.File.Should().Be(input.Location.File);
        issue.Rule.Should().Contain(input.Study);
        FluentActions.Invoking(() => MetaAnalysis.Fit(set)).Should().Throw<ArgumentException>().WithMessage($"*{code}*");
    }

    [Fact]
    public void No_studies_is_an_error() =>
        EffectSizes.Compute(EffectMeasure.RR, []).Issues.Should().ContainSingle(i => i.Code == DataIssueCodes.NoStudies);

    [Fact]
    public void Field_locations_are_used_when_given()
    {
        var at = SourceLocation.AtCell("in.csv", 5, 3, "sd2i");
        var set = EffectSizes.Compute(EffectMeasure.MD,
            [new MetaStudyInput("s", new SourceLocation("in.csv", 5), new Dictionary<string, SourceLocation> { ["sd2i"] = at }) { M1i = 1, Sd1i = 1, N1i = 5, M2i = 1, Sd2i = -2, N2i = 5 }]);
        set.Issues.Single().Location.Should().Be(at);
        set.Issues.Single().ToString().Should().StartWith("in.csv:5:3 [sd2i]: error MSC1303: '-2'");
    }

    [Theory]
    [InlineData(EffectMeasure.RR, EffectScale.Log)]
    [InlineData(EffectMeasure.PLO, EffectScale.Logit)]
    [InlineData(EffectMeasure.PAS, EffectScale.ArcsineSquareRoot)]
    [InlineData(EffectMeasure.RD, EffectScale.Identity)]
    public void Scales_and_back_transformation(EffectMeasure m, EffectScale scale)
    {
        EffectSizes.ScaleOf(m).Should().Be(scale);
        var back = EffectSizes.BackTransform(scale, 0.5);
        back.Should().BeApproximately(scale switch
        {
            EffectScale.Log => 1.6487212707001282,
            EffectScale.Logit => 0.62245933120185459,
            EffectScale.ArcsineSquareRoot => 0.22984884706593015,
            _ => 0.5,
        }, 1e-15);
    }
}
