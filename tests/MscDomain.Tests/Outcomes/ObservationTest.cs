using MscDomain.Outcomes;
using NodaTime;

namespace MscDomain.Tests.Outcomes;

public sealed class ObservationTest
{
    private static readonly LocalDate Day = new(2020, 1, 1);

    [Fact]
    public void Edss_cannot_be_a_measure_observation() =>
        FluentActions.Invoking(() => new MeasureObservation(Day, OutcomeMeasure.Edss, 3m, "{score}")).Should().Throw<ArgumentException>().WithParameterName("Measure");

    [Theory]
    [InlineData(OutcomeMeasure.Sdmt, "110", true)]
    [InlineData(OutcomeMeasure.Sdmt, "111", false)]
    [InlineData(OutcomeMeasure.TimedTwentyFiveFootWalk, "180", true)]
    [InlineData(OutcomeMeasure.TimedTwentyFiveFootWalk, "180.1", false)]
    [InlineData(OutcomeMeasure.GdEnhancingLesions, "-1", false)]
    [InlineData(OutcomeMeasure.BrainVolumeChange, "-1.2", true)]
    public void Values_stay_within_the_catalogue_range(OutcomeMeasure measure, string value, bool ok)
    {
        var act = () => new MeasureObservation(Day, measure, decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), "u");
        if (ok)
        {
            act.Should().NotThrow();
        }
        else
        {
            act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("Value");
        }
    }

    [Fact]
    public void Other_measure_needs_a_name() =>
        FluentActions.Invoking(() => new MeasureObservation(Day, OutcomeMeasure.Other, 1m, "u")).Should().Throw<ArgumentException>().WithParameterName("Name");

    [Fact]
    public void Edss_observation_allows_one_grade_per_system_and_ambulation_0_to_16()
    {
        FluentActions.Invoking(() => new EdssObservation(Day, new EdssScore(3m), [new(FunctionalSystem.Visual, 1), new(FunctionalSystem.Visual, 2)]))
            .Should().Throw<ArgumentException>().WithParameterName("FunctionalSystems");
        new EdssObservation(Day, new EdssScore(3m), [], 16).AmbulationScore.Should().Be(16);
        FluentActions.Invoking(() => new EdssObservation(Day, new EdssScore(3m), [], 17)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("AmbulationScore");
        FluentActions.Invoking(() => new EdssObservation(Day, new EdssScore(3m), [], -1)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("AmbulationScore");
    }

    [Fact]
    public void Relapse_end_not_before_onset()
    {
        new Relapse(Day, Day).End.Should().Be(Day);
        FluentActions.Invoking(() => new Relapse(Day, Day.PlusDays(-1))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("End");
    }

    [Fact]
    public void Lab_uln_not_below_lln()
    {
        new LabMeasurement("ALT", 10m, "U/L", Day, 7m, 7m).UpperLimitOfNormal.Should().Be(7m);
        FluentActions.Invoking(() => new LabMeasurement("ALT", 10m, "U/L", Day, 7m, 6.9m)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("UpperLimitOfNormal");
        FluentActions.Invoking(() => new LabMeasurement(" ", 10m, "U/L", Day)).Should().Throw<ArgumentException>().WithParameterName("AnalyteCode");
    }

    [Fact]
    public void Catalogue_has_an_entry_per_measure_with_direction_from_the_domain_doc()
    {
        MeasureCatalogue.All.Select(d => d.Measure).Should().BeEquivalentTo(Enum.GetValues<OutcomeMeasure>());
        MeasureCatalogue.Get(OutcomeMeasure.Edss).HigherIsWorse.Should().BeTrue();
        MeasureCatalogue.Get(OutcomeMeasure.Sdmt).HigherIsWorse.Should().BeFalse();
        MeasureCatalogue.Get(OutcomeMeasure.OctRnfl).HigherIsWorse.Should().BeFalse();
        MeasureCatalogue.Get(OutcomeMeasure.SerumNfl).Unit.Should().Be("pg/mL");
        MeasureCatalogue.Get(OutcomeMeasure.BrainVolumeChange).Thresholds.Select(t => t.Value).Should().Contain([-0.37m, -0.40m, -0.46m, -0.52m]);
        MeasureCatalogue.Get(OutcomeMeasure.LowContrastLetterAcuity).Thresholds.Should().OnlyContain(t => t.Recalled);
    }
}
