using MscDomain.Disability;
using NodaTime;

namespace MscDomain.Tests.Disability;

public sealed class EdssPlusTest
{
    private static readonly LocalDate Jan = new(2024, 1, 10);
    private static readonly LocalDate Mar = new(2024, 3, 5);

    [Fact]
    public void Any_confirmed_component_meets_EDSS_Plus_and_the_earliest_is_first()
    {
        var r = EdssPlus.Evaluate(
        [
            CompositeComponentEvent.ConfirmedOn(CompositeComponent.Edss, Mar),
            CompositeComponentEvent.ConfirmedOn(CompositeComponent.TimedTwentyFiveFootWalk, Jan),
            CompositeComponentEvent.NoEvent(CompositeComponent.NineHolePegTestEitherHand),
        ]);
        r.Status.Should().Be(CompositeStatus.Met);
        r.FirstComponent.Should().Be(CompositeComponent.TimedTwentyFiveFootWalk);
        r.FirstDate.Should().Be(Jan);
        r.ConfirmedComponents.Select(c => c.Component).Should().Equal(CompositeComponent.TimedTwentyFiveFootWalk, CompositeComponent.Edss);
        r.MissingComponents.Should().BeEmpty();
    }

    [Fact]
    public void Nine_hole_peg_in_either_hand_meets_EDSS_Plus()
    {
        var r = EdssPlus.Evaluate(
        [
            CompositeComponentEvent.NoEvent(CompositeComponent.Edss),
            CompositeComponentEvent.NoEvent(CompositeComponent.TimedTwentyFiveFootWalk),
            CompositeComponentEvent.NoEvent(CompositeComponent.NineHolePegTestDominantHand),
            CompositeComponentEvent.ConfirmedOn(CompositeComponent.NineHolePegTestNonDominantHand, Mar),
        ]);
        r.Status.Should().Be(CompositeStatus.Met);
        r.FirstComponent.Should().Be(CompositeComponent.NineHolePegTestNonDominantHand);
    }

    [Fact]
    public void Ties_keep_every_component_that_fired_on_the_first_date()
    {
        var r = EdssPlus.Evaluate(
        [
            CompositeComponentEvent.ConfirmedOn(CompositeComponent.TimedTwentyFiveFootWalk, Jan),
            CompositeComponentEvent.ConfirmedOn(CompositeComponent.Edss, Jan),
            CompositeComponentEvent.NoEvent(CompositeComponent.NineHolePegTestEitherHand),
        ]);
        r.FirstComponents.Should().Equal(CompositeComponent.Edss, CompositeComponent.TimedTwentyFiveFootWalk);
    }

    [Fact]
    public void No_event_in_all_three_components_is_not_met()
    {
        var r = EdssPlus.Evaluate(
        [
            CompositeComponentEvent.NoEvent(CompositeComponent.Edss),
            CompositeComponentEvent.NoEvent(CompositeComponent.TimedTwentyFiveFootWalk),
            CompositeComponentEvent.NoEvent(CompositeComponent.NineHolePegTestEitherHand),
        ]);
        r.Status.Should().Be(CompositeStatus.NotMet);
        r.FirstComponent.Should().BeNull();
        r.FirstDate.Should().BeNull();
    }

    [Fact]
    public void A_missing_component_without_any_event_is_indeterminate()
    {
        var r = EdssPlus.Evaluate(
        [
            CompositeComponentEvent.NoEvent(CompositeComponent.Edss),
            CompositeComponentEvent.NoEvent(CompositeComponent.NineHolePegTestDominantHand),
        ]);
        r.Status.Should().Be(CompositeStatus.Indeterminate);
        r.MissingComponents.Should().Equal(CompositeComponent.TimedTwentyFiveFootWalk, CompositeComponent.NineHolePegTestNonDominantHand);
    }

    [Fact]
    public void A_missing_component_does_not_undo_an_event_elsewhere() =>
        EdssPlus.Evaluate([CompositeComponentEvent.ConfirmedOn(CompositeComponent.Edss, Jan)]).Status.Should().Be(CompositeStatus.Met);

    [Fact]
    public void Improvement_direction_is_a_parameter_and_must_match_the_components()
    {
        var improvement = new EdssPlusOptions { Direction = CompositeDirection.Improvement };
        var r = EdssPlus.Evaluate([CompositeComponentEvent.ConfirmedOn(CompositeComponent.Edss, Jan, CompositeDirection.Improvement)], improvement);
        r.Status.Should().Be(CompositeStatus.Met);
        r.Direction.Should().Be(CompositeDirection.Improvement);

        FluentActions.Invoking(() => EdssPlus.Evaluate([CompositeComponentEvent.ConfirmedOn(CompositeComponent.Edss, Jan)], improvement))
            .Should().Throw<ArgumentException>().WithMessage("*Worsening result*Improvement*");
    }

    [Fact]
    public void A_component_given_twice_is_an_error() =>
        FluentActions.Invoking(() => EdssPlus.Evaluate([CompositeComponentEvent.NoEvent(CompositeComponent.Edss), CompositeComponentEvent.ConfirmedOn(CompositeComponent.Edss, Jan)]))
            .Should().Throw<ArgumentException>().WithMessage("*Edss*more than once*");

    [Fact]
    public void Nine_hole_peg_per_hand_and_either_hand_together_is_an_error() =>
        FluentActions.Invoking(() => EdssPlus.Evaluate([CompositeComponentEvent.NoEvent(CompositeComponent.NineHolePegTestEitherHand), CompositeComponentEvent.NoEvent(CompositeComponent.NineHolePegTestDominantHand)]))
            .Should().Throw<ArgumentException>();

    [Fact]
    public void A_confirmed_event_needs_a_date_and_an_unconfirmed_one_must_not_have_one()
    {
        FluentActions.Invoking(() => new CompositeComponentEvent(CompositeComponent.Edss, true, null)).Should().Throw<ArgumentException>().WithParameterName("date");
        FluentActions.Invoking(() => new CompositeComponentEvent(CompositeComponent.Edss, false, Jan)).Should().Throw<ArgumentException>().WithParameterName("date");
    }

    [Theory]
    // Worsening: >= 20% longer than the reference (exactly 20% counts; §17, §19).
    [InlineData("10", "12", true)]
    [InlineData("10", "11.99", false)]
    [InlineData("10", "12.01", true)]
    [InlineData("7.5", "9", true)]
    [InlineData("7.5", "8.99", false)]
    public void Timed_test_worsening_is_at_least_20_percent_longer(string reference, string value, bool expected) =>
        EdssPlus.IsTimedTestChange(decimal.Parse(reference, System.Globalization.CultureInfo.InvariantCulture), decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), CompositeDirection.Worsening)
            .Should().Be(expected);

    [Theory]
    // Improvement: >= 20% shorter (a 25% speed gain equals a 20% time decrease).
    [InlineData("10", "8", true)]
    [InlineData("10", "8.01", false)]
    [InlineData("12.5", "10", true)]
    public void Timed_test_improvement_is_at_least_20_percent_shorter(string reference, string value, bool expected) =>
        EdssPlus.IsTimedTestChange(decimal.Parse(reference, System.Globalization.CultureInfo.InvariantCulture), decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), new EdssPlusOptions { Direction = CompositeDirection.Improvement })
            .Should().Be(expected);

    [Fact]
    public void Timed_test_threshold_rejects_nonpositive_times_and_percent()
    {
        FluentActions.Invoking(() => EdssPlus.IsTimedTestChange(0m, 5m, CompositeDirection.Worsening)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => EdssPlus.IsTimedTestChange(5m, 5m, CompositeDirection.Worsening, 0m)).Should().Throw<ArgumentOutOfRangeException>();
    }
}
