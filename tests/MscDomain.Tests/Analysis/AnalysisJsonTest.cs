using System.Text.Json;
using MscDomain.Analysis;
using MscDomain.Serialization;

namespace MscDomain.Tests.Analysis;

public sealed class AnalysisJsonTest
{
    [Fact]
    public void Kaplan_Meier_result_round_trips_through_the_json_context()
    {
        var km = KaplanMeier.Estimate(Freireich.Both, new KaplanMeierOptions { ConfidenceInterval = ConfidenceIntervalType.Log, ConfidenceLevel = 0.9m });
        var json = JsonSerializer.Serialize(km, MscDomainJsonContext.Default.KaplanMeierResult);
        json.Should().Contain("\"confidenceInterval\":\"log\"").And.Contain("\"timeDays\":23");
        var back = JsonSerializer.Deserialize(json, MscDomainJsonContext.Default.KaplanMeierResult)!;
        back.Options.Should().Be(km.Options);
        back.Curves.Should().HaveCount(2);
        back.Curves[0].Steps.Should().Equal(km.Curves[0].Steps);
        back.Curves[0].Median.Should().Be(km.Curves[0].Median);
    }

    [Fact]
    public void Log_rank_result_round_trips_through_the_json_context()
    {
        var lr = LogRankTest.Compare(Freireich.Both);
        var json = JsonSerializer.Serialize(lr, MscDomainJsonContext.Default.LogRankResult);
        var back = JsonSerializer.Deserialize(json, MscDomainJsonContext.Default.LogRankResult)!;
        back.ChiSquare.Should().Be(lr.ChiSquare);
        back.Groups.Should().Equal(lr.Groups);
    }
}
