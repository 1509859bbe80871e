using MscDomain.Disability;

namespace MscDomain.Tests.Disability;

/// <summary><see cref="MilestoneOptions.Describe"/>: the methods paragraph for msprog value_milestone() criteria.</summary>
public sealed class MilestoneOptionsDescribeTest
{
    [Fact]
    public void Describe_defaults_name_the_milestone_the_12_week_confirmation_and_the_sources()
    {
        var text = new MilestoneOptions { Milestone = 6m }.Describe();
        text.Should().Contain("Expanded Disability Status Scale (EDSS)").And.Contain("≥ 6")
            .And.Contain("12 weeks").And.Contain("between 7 days before and 730.5 days after")
            .And.Contain("less than 30 days after a relapse onset could not confirm")
            .And.Contain("value_milestone()").And.Contain("Montobbio").And.Contain("Lublin")
            .And.Contain("censored at their last visit");
        text.Should().NotContain("sustained").And.NotContain("could not reach the milestone").And.NotContain("last visit was accepted");
    }

    [Fact]
    public void Describe_sdmt_milestone_is_reached_at_or_below_the_value()
    {
        var text = new MilestoneOptions { Milestone = 40m, Outcome = OutcomeKind.Sdmt }.Describe();
        text.Should().Contain("Symbol Digit Modalities Test (SDMT)").And.Contain("≤ 40").And.Contain("at or below 40");
    }

    [Fact]
    public void Describe_reports_every_non_default_criterion()
    {
        var text = new MilestoneOptions
        {
            Milestone = 4.5m,
            ConfirmationDays = [84, 168],
            RequireSustainedDays = ConfirmedChangeOptions.SustainedToEnd,
            RelapseToEvent = new RelapseWindow(30, 10),
            RelapseToConfirmation = RelapseWindow.None,
            ImputeLastVisit = 1m,
        }.Describe();
        text.Should().Contain("≥ 4.5").And.Contain("12 weeks or 24 weeks")
            .And.Contain("less than 30 days after or 10 days before a relapse onset could not reach the milestone")
            .And.Contain("sustained until the end of follow-up")
            .And.Contain("An unconfirmed milestone at the last visit was accepted.")
            .And.NotContain("could not confirm");

        new MilestoneOptions { Milestone = 6m, RequireSustainedDays = 168 }.Describe().Should().Contain("sustained for at least 168 days");
        new MilestoneOptions { Milestone = 6m, ImputeLastVisit = 730m }.Describe().Should().Contain("follow-up was at most 730 days");
        new MilestoneOptions { Milestone = 6m, ConfirmationDays = [90] }.Describe().Should().Contain("90 days from that visit");
    }

    [Fact]
    public void Describe_custom_outcome_without_direction_throws()
    {
        var act = () => new MilestoneOptions { Milestone = 1m, Outcome = OutcomeKind.Custom }.Describe();
        act.Should().Throw<InvalidOperationException>();
    }
}
