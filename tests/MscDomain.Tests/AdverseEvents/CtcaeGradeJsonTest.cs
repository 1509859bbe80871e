using MscDomain.AdverseEvents;

namespace MscDomain.Tests.AdverseEvents;

/// <summary>JSON round trip of <see cref="CtcaeGrade"/> through the library's source-generated context.</summary>
public sealed class CtcaeGradeJsonTest
{
    [Fact]
    public void Grade_round_trips_with_its_version()
    {
        var ctx = MscDomain.Serialization.MscDomainJsonContext.Default.CtcaeGrade;
        var json = System.Text.Json.JsonSerializer.Serialize(new CtcaeGrade(3, CtcaeVersion.V6_0), ctx);
        using (var doc = System.Text.Json.JsonDocument.Parse(json))
        {
            doc.RootElement.GetProperty("value").GetInt32().Should().Be(3);
            doc.RootElement.GetProperty("version").GetString().Should().Be("v6.0");
        }

        System.Text.Json.JsonSerializer.Deserialize(json, ctx).Should().Be(new CtcaeGrade(3, CtcaeVersion.V6_0));
        var bad = () => System.Text.Json.JsonSerializer.Deserialize("{\"value\":7,\"version\":\"v5.0\"}", ctx);
        bad.Should().Throw<ArgumentOutOfRangeException>();
    }
}
