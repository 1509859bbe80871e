using System.Text.Json;
using MscDomain.Cells;
using MscDomain.Dosing;
using MscDomain.Serialization;
using MscDomain.AdverseEvents;

namespace MscDomain.Tests.Serialization;

public sealed class WireNameEnumConverterTest
{
    [Theory]
    [InlineData(TissueSource.BoneMarrow, "\"bone-marrow\"")]
    [InlineData(TissueSource.UmbilicalCordTissue, "\"umbilical-cord-tissue\"")]
    public void Writes_kebab_case(TissueSource value, string json) => JsonSerializer.Serialize(value, MscDomainJsonContext.Default.Options).Should().Be(json);

    [Theory]
    [InlineData("\"Bone-Marrow\"")]
    [InlineData("\"BoneMarrow\"")]
    [InlineData("\"bone_marrow\"")]
    [InlineData("0")]
    public void Rejects_other_spellings_and_integers(string json)
    {
        var act = () => JsonSerializer.Deserialize<TissueSource>(json, MscDomainJsonContext.Default.Options);
        act.Should().Throw<JsonException>().WithMessage("*bone-marrow*");
    }

    [Fact]
    public void Flags_combinations_round_trip_as_comma_joined_names()
    {
        var value = SeriousnessCriteria.Hospitalisation | SeriousnessCriteria.Death;
        var json = JsonSerializer.Serialize(value, MscDomainJsonContext.Default.Options);
        json.Should().Be("\"death, hospitalisation\"");
        JsonSerializer.Deserialize<SeriousnessCriteria>(json, MscDomainJsonContext.Default.Options).Should().Be(value);
        var bad = () => JsonSerializer.Deserialize<SeriousnessCriteria>("\"death, fever\"", MscDomainJsonContext.Default.Options);
        bad.Should().Throw<JsonException>().WithMessage("*fever*");
    }

    [Fact]
    public void Undefined_value_cannot_be_written()
    {
        var act = () => JsonSerializer.Serialize((Route)42, MscDomainJsonContext.Default.Options);
        act.Should().Throw<JsonException>();
    }
}
