using System.Text.Json;
using MscDomain.Disability;
using MscDomain.Serialization;

namespace MscDomain.Tests.Disability;

public sealed class FunctionalSystemScoresJsonTest
{
    [Fact]
    public void Scores_round_trip_through_the_json_context()
    {
        var fs = new FunctionalSystemScores(
            new FunctionalSystemGrade(FunctionalSystem.Pyramidal, 3),
            new FunctionalSystemGrade(FunctionalSystem.Cerebellar, 2, isScoringLimited: true),
            new FunctionalSystemGrade(FunctionalSystem.Brainstem, 1),
            new FunctionalSystemGrade(FunctionalSystem.Sensory, 0),
            new FunctionalSystemGrade(FunctionalSystem.BowelBladder, 4),
            new FunctionalSystemGrade(FunctionalSystem.Visual, 6),
            new FunctionalSystemGrade(FunctionalSystem.Cerebral, 0));
        var json = JsonSerializer.Serialize(fs, MscDomainJsonContext.Default.FunctionalSystemScores);
        json.Should().Contain("\"system\":\"Cerebellar\"").And.Contain("\"isScoringLimited\":true").And.NotContain("grades");
        var back = JsonSerializer.Deserialize(json, MscDomainJsonContext.Default.FunctionalSystemScores)!;
        back.Cerebellar.Should().Be(fs.Cerebellar);
        back.Visual.ConvertedGrade.Should().Be(4);
    }

    [Fact]
    public void An_out_of_range_grade_in_json_is_rejected()
    {
        const string json = """{"pyramidal":{"system":"Pyramidal","grade":9},"cerebellar":{"system":"Cerebellar","grade":0},"brainstem":{"system":"Brainstem","grade":0},"sensory":{"system":"Sensory","grade":0},"bowelBladder":{"system":"BowelBladder","grade":0},"visual":{"system":"Visual","grade":0},"cerebral":{"system":"Cerebral","grade":0}}""";
        FluentActions.Invoking(() => JsonSerializer.Deserialize(json, MscDomainJsonContext.Default.FunctionalSystemScores))
            .Should().Throw<ArgumentOutOfRangeException>().WithMessage("Pyramidal*9*");
    }

    [Fact]
    public void Ambulation_score_round_trips()
    {
        var json = JsonSerializer.Serialize(new AmbulationScore(7), MscDomainJsonContext.Default.AmbulationScore);
        json.Should().Be("""{"score":7}""");
        JsonSerializer.Deserialize(json, MscDomainJsonContext.Default.AmbulationScore).Score.Should().Be(7);
    }
}
