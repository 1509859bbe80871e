using MscDomain.AdverseEvents;
using MscDomain.Safety;

namespace MscDomain.Tests.Safety;

public sealed class ExpeditedRelatednessTest
{
    [Theory]
    [InlineData(CausalityCategory.Certain, true)]
    [InlineData(CausalityCategory.Probable, true)]
    [InlineData(CausalityCategory.Possible, true)]
    [InlineData(CausalityCategory.Related, true)]
    [InlineData(CausalityCategory.Unlikely, false)]
    [InlineData(CausalityCategory.NotRelated, false)]
    public void Binary_mapping_of_who_umc_categories(CausalityCategory c, bool related) =>
        ExpeditedRelatedness.ToBinary(c).Should().Be(related);

    [Theory]
    [InlineData(CausalityCategory.Conditional)]
    [InlineData(CausalityCategory.Unassessable)]
    public void Conditional_and_unassessable_are_pending(CausalityCategory c) =>
        ExpeditedRelatedness.ToBinary(c).Should().BeNull();

    [Fact]
    public void Sponsor_cannot_downgrade_the_investigator()
    {
        var r = ExpeditedRelatedness.Decide(CausalityCategory.Possible, CausalityCategory.NotRelated);
        r.IsRelated.Should().BeTrue();
        r.Reason.Should().Contain("cannot downgrade");
    }

    [Fact]
    public void Sponsor_upgrade_alone_makes_it_related() =>
        ExpeditedRelatedness.Decide(CausalityCategory.Unlikely, CausalityCategory.Related).IsRelated.Should().BeTrue();

    [Fact]
    public void Both_not_related_is_not_related() =>
        ExpeditedRelatedness.Decide(CausalityCategory.Unlikely, CausalityCategory.NotRelated)
            .Should().Match<RelatednessResult>(r => !r.IsRelated && !r.CausalityPending);

    [Fact]
    public void Both_missing_counts_as_related_and_pending_by_default()
    {
        var r = ExpeditedRelatedness.Decide((CausalityCategory?)null, null);
        r.IsRelated.Should().BeTrue();
        r.CausalityPending.Should().BeTrue();
        r.Reason.Should().Contain("consult the investigator");
    }

    [Fact]
    public void Unassessable_counts_as_related_unless_the_policy_is_off()
    {
        ExpeditedRelatedness.Decide(CausalityCategory.Unassessable, CausalityCategory.NotRelated).IsRelated.Should().BeTrue();
        ExpeditedRelatedness.Decide(CausalityCategory.Unassessable, CausalityCategory.NotRelated, new CausalityOptions { PendingAsRelated = false })
            .Should().Match<RelatednessResult>(r => !r.IsRelated && r.CausalityPending);
    }

    [Fact]
    public void Investigator_missing_and_sponsor_not_related_says_consult_the_investigator()
    {
        var r = ExpeditedRelatedness.Decide((CausalityCategory?)null, CausalityCategory.NotRelated);
        r.IsRelated.Should().BeFalse();
        r.Reason.Should().Contain("consult the investigator");
    }
}

public sealed class ExpeditedRelatednessInputTest
{
    [Theory]
    [InlineData(0)]
    [InlineData(9)]
    public void Undefined_categories_are_rejected(int value)
    {
        FluentActions.Invoking(() => ExpeditedRelatedness.Decide((CausalityCategory)value, null)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("investigator");
        FluentActions.Invoking(() => ExpeditedRelatedness.Decide(null, (CausalityCategory)value)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("sponsor");
    }

    [Fact]
    public void Cached_results_follow_the_policy_per_call()
    {
        ExpeditedRelatedness.Decide(CausalityCategory.Conditional, null, new CausalityOptions { PendingAsRelated = false }).IsRelated.Should().BeFalse();
        ExpeditedRelatedness.Decide(CausalityCategory.Conditional, null).IsRelated.Should().BeTrue();
    }
}
