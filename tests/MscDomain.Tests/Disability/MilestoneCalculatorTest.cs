using MscDomain.Disability;
using static MscDomain.Tests.Disability.ConfirmedChangeTestHelpers;

namespace MscDomain.Tests.Disability;

/// <summary>Time to a confirmed milestone (msprog value_milestone, domain notes §12).</summary>
public sealed class MilestoneCalculatorTest
{
    private static MilestoneResult Find(List<DisabilityVisit> visits, MilestoneOptions options) => MilestoneCalculator.Find(visits, [], options);

    [Fact]
    public void Milestone_reached_and_confirmed_reports_the_first_visit()
    {
        var r = Find(Every90(5.0m, 5.5m, 6.0m, 6.5m, 6.0m), new MilestoneOptions { Milestone = 6m });
        r.Observed.Should().BeTrue();
        Day(r.Date!.Value).Should().Be(180);
        r.Value.Should().Be(6.0m);
        r.DaysFromFirstVisit.Should().Be(180);
        Day(r.Confirmation!.Value.Date).Should().Be(270);
    }

    [Fact]
    public void The_first_visit_may_itself_reach_the_milestone()
    {
        var r = Find(Every90(6.0m, 6.0m), new MilestoneOptions { Milestone = 6m });
        r.Observed.Should().BeTrue();
        r.DaysFromFirstVisit.Should().Be(0);
    }

    [Fact]
    public void Not_confirmed_is_censored_at_the_last_visit()
    {
        var r = Find(Every90(5.0m, 6.0m, 5.5m, 5.5m), new MilestoneOptions { Milestone = 6m });
        r.Observed.Should().BeFalse();
        Day(r.Date!.Value).Should().Be(270);
        r.Value.Should().BeNull();
        r.DaysFromFirstVisit.Should().Be(270);
    }

    [Fact]
    public void Sustained_to_end_rejects_a_milestone_that_falls_back()
    {
        var visits = Every90(3.0m, 4.0m, 4.0m, 3.5m, 4.0m, 4.0m);
        Find(visits, new MilestoneOptions { Milestone = 4m }).DaysFromFirstVisit.Should().Be(90);
        var r = Find(visits, new MilestoneOptions { Milestone = 4m, RequireSustainedDays = ConfirmedChangeOptions.SustainedToEnd });
        r.Observed.Should().BeTrue();
        r.DaysFromFirstVisit.Should().Be(360, "the search resumes after the fall-back visit");
    }

    [Fact]
    public void Lower_is_worse_outcomes_reach_at_or_below()
    {
        var r = MilestoneCalculator.Find(Every90(50m, 40m, 39m, 38m), [], new MilestoneOptions { Milestone = 40m, Outcome = OutcomeKind.Sdmt });
        r.Observed.Should().BeTrue();
        r.DaysFromFirstVisit.Should().Be(90);
    }

    [Fact]
    public void Last_visit_milestone_needs_imputation()
    {
        var visits = Every90(5.0m, 5.0m, 6.0m);
        Find(visits, new MilestoneOptions { Milestone = 6m }).Observed.Should().BeFalse();
        var r = Find(visits, new MilestoneOptions { Milestone = 6m, ImputeLastVisit = 1m });
        r.Observed.Should().BeTrue();
        r.IsImputed.Should().BeTrue();
    }
}
