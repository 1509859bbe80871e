using MscDomain.AdverseEvents;
using MscDomain.Safety;

namespace MscDomain.Tests.Safety;

/// <summary>The span batch API of <see cref="CtcaeLabGrader"/>; expected grades from the CTCAE v5.0 hyperkalemia text
/// (safety.md §5: &gt;ULN - 5.5; &gt;5.5 - 6.0; &gt;6.0 - 7.0; &gt;7.0 mmol/L).</summary>
public sealed class CtcaeLabGraderBatchTest
{
    private static LabGradingInput K(decimal? value) => new()
    {
        Term = LabTerm.Hyperkalemia,
        Version = CtcaeVersion.V5_0,
        Unit = LabUnit.MillimolesPerLiter,
        Value = value,
        Lln = 3.5m,
        Uln = 5.1m,
    };

    [Fact]
    public void Batch_grades_every_input_in_order_like_single_grading()
    {
        LabGradingInput[] inputs = [K(5.1m), K(5.11m), K(5.51m), K(6.01m), K(7.01m), K(null), default];
        var results = new LabGradingResult[inputs.Length + 2];
        CtcaeLabGrader.Default.Grade(inputs, results);

        results.Take(5).Select(r => r.GradeValue).Should().Equal(0, 1, 2, 3, 4);
        results[5].IsGradable.Should().BeFalse();
        results[5].Reason.Should().Be(CtcaeNotGradableReason.MissingValue);
        results[6].IsGradable.Should().BeFalse();
        results[7].Should().Be(default(LabGradingResult), "slots past the inputs are left untouched");
        for (var i = 0; i < inputs.Length; i++)
        {
            results[i].Should().Be(CtcaeLabGrader.Default.Grade(inputs[i]));
        }
    }

    [Fact]
    public void Batch_results_shorter_than_inputs_throws_naming_both_lengths()
    {
        var act = () => CtcaeLabGrader.Default.Grade(new[] { K(5m), K(6m) }, new LabGradingResult[1]);
        act.Should().Throw<ArgumentException>().WithMessage("*results has 1 elements but inputs has 2*").And.ParamName.Should().Be("results");
    }
}
