using MscDomain.Outcomes;
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
        using (var doc = JsonDocument.Parse(json))
        {
            var cerebellar = doc.RootElement.GetProperty("cerebellar");
            cerebellar.GetProperty("grade").GetInt32().Should().Be(2);
            cerebellar.GetProperty("isScoringLimited").GetBoolean().Should().BeTrue();
            cerebellar.TryGetProperty("convertedGrade", out _).Should().BeFalse();
            doc.RootElement.TryGetProperty("grades", out _).Should().BeFalse();
        }

        var back = JsonSerializer.Deserialize(json, MscDomainJsonContext.Default.FunctionalSystemScores)!;
        back.Cerebellar.Should().Be(fs.Cerebellar);
        back.Visual.ConvertedGrade.Should().Be(4);
    }

    [Fact]
    public void An_out_of_range_grade_in_json_is_rejected()
    {
        const string json = """{"pyramidal":{"system":"pyramidal","grade":9},"cerebellar":{"system":"cerebellar","grade":0},"brainstem":{"system":"brainstem","grade":0},"sensory":{"system":"sensory","grade":0},"bowelBladder":{"system":"bowel-bladder","grade":0},"visual":{"system":"visual","grade":0},"cerebral":{"system":"cerebral","grade":0}}""";
        FluentActions.Invoking(() => JsonSerializer.Deserialize(json, MscDomainJsonContext.Default.FunctionalSystemScores))
            .Should().Throw<ArgumentOutOfRangeException>().WithMessage("Pyramidal*9*");
    }

    [Fact]
    public void Ambulation_score_round_trips()
    {
        var json = JsonSerializer.Serialize(new AmbulationScore(7), MscDomainJsonContext.Default.AmbulationScore);
        JsonDocument.Parse(json).RootElement.GetProperty("score").GetInt32().Should().Be(7);
        JsonSerializer.Deserialize(json, MscDomainJsonContext.Default.AmbulationScore).Score.Should().Be(7);
    }
}
