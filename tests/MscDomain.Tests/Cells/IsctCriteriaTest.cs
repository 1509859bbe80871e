using MscDomain.Cells;
using MscDomain.Outcomes;

namespace MscDomain.Tests.Cells;

/// <summary>Thresholds from Dominici et al., Cytotherapy 2006: ≥95% CD105/CD73/CD90, ≤2% CD45/CD34/CD14|CD11b/CD79α|CD19/HLA-DR.</summary>
public sealed class IsctCriteriaTest
{
    private static IsctPanel Passing() => new(
        new Percentage(99m), new Percentage(98m), new Percentage(97m), new Percentage(1m), new Percentage(0.5m), new Percentage(0.2m), new Percentage(0.1m),
        new Percentage(1.9m), TestOutcome.Pass, TestOutcome.Pass, TestOutcome.Pass, TestOutcome.Pass);

    [Fact]
    public void Complete_passing_panel_meets_the_criteria() =>
        IsctCriteria.Evaluate(Passing()).Verdict.Should().Be(IsctVerdict.Meets);

    [Fact]
    public void Cd105_92_percent_fails_by_3_points()
    {
        var result = IsctCriteria.Evaluate(Passing() with { Cd105 = new Percentage(92m) });
        result.Verdict.Should().Be(IsctVerdict.Fails);
        var failure = result.Failures.Should().ContainSingle().Subject;
        failure.Criterion.Should().Be(IsctCriterion.Cd105);
        failure.ShortfallPercentagePoints.Should().Be(3m);
        failure.Explanation.Should().Contain("92% < 95% by 3");
    }

    [Theory]
    [InlineData("95", CriterionStatus.Met)]
    [InlineData("94.9", CriterionStatus.Failed)]
    [InlineData("95.1", CriterionStatus.Met)]
    public void Positive_marker_threshold_is_inclusive(string percent, CriterionStatus expected) =>
        IsctCriteria.Evaluate(Passing() with { Cd73 = new Percentage(decimal.Parse(percent, System.Globalization.CultureInfo.InvariantCulture)) })
            .Criteria.Single(c => c.Criterion == IsctCriterion.Cd73).Status.Should().Be(expected);

    [Theory]
    [InlineData("2", CriterionStatus.Met, null)]
    [InlineData("2.1", CriterionStatus.Failed, "0.1")]
    [InlineData("1.9", CriterionStatus.Met, null)]
    public void Negative_marker_threshold_is_inclusive(string percent, CriterionStatus expected, string? shortfall)
    {
        var r = IsctCriteria.Evaluate(Passing() with { HlaDr = new Percentage(decimal.Parse(percent, System.Globalization.CultureInfo.InvariantCulture)) })
            .Criteria.Single(c => c.Criterion == IsctCriterion.HlaDr);
        r.Status.Should().Be(expected);
        r.ShortfallPercentagePoints.Should().Be(shortfall is null ? null : decimal.Parse(shortfall, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Missing_marker_is_not_assessable_never_a_pass()
    {
        var result = IsctCriteria.Evaluate(Passing() with { Cd34 = null });
        result.Verdict.Should().Be(IsctVerdict.NotAssessable);
        result.Criteria.Single(c => c.Criterion == IsctCriterion.Cd34).Status.Should().Be(CriterionStatus.NotAssessable);
    }

    [Fact]
    public void A_failure_outweighs_missing_data()
    {
        IsctCriteria.Evaluate(new IsctPanel(Cd105: new Percentage(50m))).Verdict.Should().Be(IsctVerdict.Fails);
    }

    [Fact]
    public void Failed_differentiation_fails()
    {
        var r = IsctCriteria.Evaluate(Passing() with { Chondrogenic = TestOutcome.Fail });
        r.Failures.Select(f => f.Criterion).Should().Equal(IsctCriterion.Chondrogenic);
    }

    [Fact]
    public void Every_criterion_is_reported_once() =>
        IsctCriteria.Evaluate(new IsctPanel()).Criteria.Select(c => c.Criterion).Should().BeEquivalentTo(Enum.GetValues<IsctCriterion>());
}
