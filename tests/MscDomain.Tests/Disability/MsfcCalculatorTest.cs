using MscDomain.Disability;

namespace MscDomain.Tests.Disability;

public sealed class MsfcCalculatorTest
{
    // A round reference so every expected value is exact by hand.
    private static readonly MsfcReferencePopulation Reference = new(
        "test reference",
        new MsfcComponentReference(10m, 2m),
        new MsfcComponentReference(0.04m, 0.01m),
        MsfcCognitiveTest.Pasat3,
        new MsfcComponentReference(45m, 10m));

    private static MsfcAssessment Assessment(decimal? walk1 = 11m, decimal? walk2 = 13m, int pasat = 50) =>
        new(walk1, walk2, 20m, 20m, 25m, 25m, MsfcCognitiveTest.Pasat3, pasat);

    [Fact]
    public void Components_and_composite_follow_Fischer_1999()
    {
        var r = MsfcCalculator.Compute(Assessment(), Reference);
        r.TimedWalkSeconds.Should().Be(12m);         // (11 + 13) / 2
        r.NineHolePegReciprocal.Should().Be(0.045m);   // (1/20 + 1/25) / 2
        r.TimedWalkZ.Should().Be(-1m);                 // -(12 - 10) / 2
        r.NineHolePegZ.Should().Be(0.5m);              // (0.045 - 0.04) / 0.01
        r.CognitiveZ.Should().Be(0.5m);                // (50 - 45) / 10
        r.Composite.Should().Be(0m);                   // (-1 + 0.5 + 0.5) / 3
        r.ReferenceName.Should().Be("test reference");
    }

    [Fact]
    public void A_slower_walk_lowers_the_z_score()
    {
        var faster = MsfcCalculator.Compute(Assessment(8m, 8m), Reference);
        faster.TimedWalkZ.Should().Be(1m);
        faster.Composite.Should().Be(2m / 3m);
    }

    [Fact]
    public void Hands_are_averaged_as_reciprocals_not_as_times()
    {
        // Mean time would be 22.5 s -> 1/22.5 = 0.0444...; the reciprocal average is 0.045.
        MsfcCalculator.Compute(Assessment(), Reference).NineHolePegReciprocal.Should().NotBe(1m / 22.5m);
    }

    [Fact]
    public void Missing_reference_is_an_error() =>
        FluentActions.Invoking(() => MsfcCalculator.Compute(Assessment(), null!)).Should().Throw<ArgumentNullException>().WithParameterName("reference");

    [Fact]
    public void A_default_component_reference_is_a_missing_reference() =>
        FluentActions.Invoking(() => new MsfcReferencePopulation("x", default, new MsfcComponentReference(1m, 1m), MsfcCognitiveTest.Sdmt, new MsfcComponentReference(1m, 1m)))
            .Should().Throw<ArgumentException>().WithParameterName("timedWalkSeconds");

    [Fact]
    public void Reference_for_another_cognitive_test_is_an_error()
    {
        var sdmt = new MsfcAssessment(11m, 13m, 20m, 20m, 25m, 25m, MsfcCognitiveTest.Sdmt, 55);
        FluentActions.Invoking(() => MsfcCalculator.Compute(sdmt, Reference)).Should().Throw<ArgumentException>().WithMessage("*Sdmt*Pasat3*");
    }

    [Fact]
    public void SDMT_can_replace_PASAT_with_its_own_reference()
    {
        var reference = Reference with { };
        var sdmtRef = new MsfcReferencePopulation("sdmt", reference.TimedWalkSeconds, reference.NineHolePegReciprocal, MsfcCognitiveTest.Sdmt, new MsfcComponentReference(50m, 10m));
        MsfcCalculator.Compute(new MsfcAssessment(11m, 13m, 20m, 20m, 25m, 25m, MsfcCognitiveTest.Sdmt, 60), sdmtRef).CognitiveZ.Should().Be(1m);
    }

    [Fact]
    public void Uncompleted_trial_is_rejected_by_default_and_scored_at_the_stop_time_by_option()
    {
        FluentActions.Invoking(() => MsfcCalculator.Compute(Assessment(walk2: null), Reference)).Should().Throw<ArgumentException>().WithMessage("*TimedWalkTrial2Seconds*not completed*");
        var r = MsfcCalculator.Compute(Assessment(walk2: null), Reference, new MsfcOptions { UnableToComplete = MsfcUnableToCompletePolicy.SubstituteTimeLimit });
        r.TimedWalkSeconds.Should().Be(95.5m); // (11 + 180) / 2
        r.SubstitutedTrials.Should().Equal("TimedWalkTrial2Seconds");
    }

    [Theory]
    [InlineData(180.0, true)]
    [InlineData(180.01, false)]
    [InlineData(0.0, false)]
    public void Timed_walk_trial_must_be_positive_and_at_most_180_s(double seconds, bool ok)
    {
        var act = () => Assessment(walk1: (decimal)seconds);
        if (ok)
        {
            act.Should().NotThrow();
        }
        else
        {
            act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("timedWalkTrial1Seconds");
        }
    }

    [Fact]
    public void Nine_hole_peg_trial_above_300_s_and_PASAT_above_60_are_rejected()
    {
        FluentActions.Invoking(() => new MsfcAssessment(10m, 10m, 300.5m, 20m, 20m, 20m, MsfcCognitiveTest.Pasat3, 40)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new MsfcAssessment(10m, 10m, 300m, 20m, 20m, 20m, MsfcCognitiveTest.Pasat3, 40)).Should().NotThrow();
        FluentActions.Invoking(() => Assessment(pasat: 61)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*Pasat3 score must be 0 to 60*61*");
        FluentActions.Invoking(() => new MsfcAssessment(10m, 10m, 20m, 20m, 20m, 20m, MsfcCognitiveTest.Sdmt, 110)).Should().NotThrow();
    }

    [Fact]
    public void Reference_standard_deviation_must_be_positive() =>
        FluentActions.Invoking(() => new MsfcComponentReference(1m, 0m)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("standardDeviation");
}
