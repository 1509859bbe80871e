using MscDomain.AdverseEvents;
using MscDomain.Safety;

namespace MscDomain.Tests.Ingest;

/// <summary>Issue 8 point 6: lab rows whose reference range or baseline status cannot be right are "not gradable" with
/// a reason, never a grade (before: LLN &gt; ULN, ULN 0 and a baseline of 0 marked high were graded, twice as grade 4).</summary>
public sealed class LabReferenceRangeTest
{
    private static LabGradingResult Grade(LabTerm term, decimal value, string unit, decimal? lln, decimal? uln, decimal? baseline = null,
        ReferenceRangeStatus status = ReferenceRangeStatus.Unknown) =>
        CtcaeLabGrader.Default.Grade(new LabGradingInput
        {
            Term = term, Version = CtcaeVersion.V5_0, Value = value, Unit = LabUnitParser.Parse(unit),
            Lln = lln, Uln = uln, BaselineValue = baseline, BaselineStatus = status,
        });

    [Fact]
    public void LLN_above_ULN_is_not_gradable_even_for_a_term_that_reads_one_limit()
    {
        // admiral test 50b case 23: WBC 0.9 x10^9/L with LLN 5000 and ULN 15 (units mixed up) - admiral grades 4.
        var r = Grade(LabTerm.WhiteBloodCellDecreased, 0.9m, "10^9/L", lln: 5000m, uln: 15m);
        r.GradeValue.Should().BeNull();
        r.Reason.Should().Be(CtcaeNotGradableReason.InvalidReferenceRange);
    }

    [Theory]
    [InlineData(4.0, 4.0, true)]   // LLN = ULN: no normal range
    [InlineData(4.0, 4.01, false)] // just below: gradable
    public void LLN_equal_to_ULN_is_the_boundary(double lln, double uln, bool rejected) =>
        (Grade(LabTerm.WhiteBloodCellDecreased, 1.5m, "10^9/L", (decimal)lln, (decimal)uln).Reason == CtcaeNotGradableReason.InvalidReferenceRange)
            .Should().Be(rejected);

    [Theory]
    [InlineData(0.0, true)]
    [InlineData(0.01, false)]
    public void ULN_of_zero_is_not_gradable(double uln, bool rejected)
    {
        var r = Grade(LabTerm.AlanineAminotransferaseIncreased, 130m, "U/L", null, (decimal)uln);
        (r.Reason == CtcaeNotGradableReason.InvalidReferenceRange).Should().Be(rejected);
        if (rejected)
        {
            r.GradeValue.Should().BeNull();
        }
    }

    [Theory]
    [InlineData(0.0, ReferenceRangeStatus.High, true)]   // the case: baseline 0 marked high
    [InlineData(40.0, ReferenceRangeStatus.High, true)]  // at ULN is not above it
    [InlineData(40.5, ReferenceRangeStatus.High, false)] // above ULN: high is right
    [InlineData(50.0, ReferenceRangeStatus.Normal, true)] // above ULN cannot be normal
    [InlineData(40.0, ReferenceRangeStatus.Normal, false)]
    public void A_baseline_status_that_contradicts_the_baseline_value_is_not_gradable(double baseline, ReferenceRangeStatus status, bool rejected)
    {
        var r = Grade(LabTerm.AlanineAminotransferaseIncreased, 130m, "U/L", null, 40m, (decimal)baseline, status);
        (r.Reason == CtcaeNotGradableReason.ContradictoryBaselineStatus).Should().Be(rejected);
        if (!rejected)
        {
            r.GradeValue.Should().NotBeNull();
        }
    }

    [Fact]
    public void Low_status_with_a_baseline_at_or_above_LLN_is_a_contradiction() =>
        Grade(LabTerm.NeutrophilCountDecreased, 0.8m, "10^9/L", 1.5m, 8m, 1.5m, ReferenceRangeStatus.Low).Reason
            .Should().Be(CtcaeNotGradableReason.ContradictoryBaselineStatus);

    [Fact]
    public void The_admiral_behaviour_is_an_explicit_option()
    {
        var admiral = new CtcaeLabGrader(LabGradingOptions.Default with { RejectImpossibleReferenceRange = false, RejectContradictoryBaselineStatus = false });
        admiral.Grade(new LabGradingInput
        {
            Term = LabTerm.WhiteBloodCellDecreased, Version = CtcaeVersion.V5_0, Value = 0.9m, Unit = LabUnitParser.Parse("10^9/L"), Lln = 5000m, Uln = 15m,
        }).GradeValue.Should().Be(4);
    }
}
