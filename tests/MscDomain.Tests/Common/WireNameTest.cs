using System.Reflection;
using System.Text.Json;
using MscDomain.AdverseEvents;
using MscDomain.Cells;
using MscDomain.Common;
using MscDomain.Safety;
using MscDomain.Serialization;

namespace MscDomain.Tests.Common;

public sealed class WireNameTest
{
    [Theory]
    [InlineData(TissueSource.BoneMarrow, "bone-marrow")]
    [InlineData(TissueSource.UmbilicalCordTissue, "umbilical-cord-tissue")]
    public void Of_writes_the_declared_wire_name(TissueSource value, string expected) => WireName.Of(value).Should().Be(expected);

    [Fact]
    public void Ctcae_versions_are_spelled_with_their_v_everywhere()
    {
        WireName.Of(CtcaeVersion.V5_0).Should().Be("v5.0");
        WireName.Of(CtcaeVersion.V6_0).Should().Be("v6.0");
        WireName.Parse<CtcaeVersion>("v6.0").Should().Be(CtcaeVersion.V6_0);
    }

    [Theory]
    [InlineData("5.0")]
    [InlineData("5")]
    [InlineData("V5.0")]
    [InlineData("V5_0")]
    [InlineData(" v5.0")]
    public void Bare_or_other_spellings_of_a_ctcae_version_are_rejected_naming_the_allowed_values(string text)
    {
        WireName.TryParse<CtcaeVersion>(text, out _).Should().BeFalse();
        var act = () => WireName.Parse<CtcaeVersion>(text);
        act.Should().Throw<FormatException>().WithMessage($"'{text}' is not a CtcaeVersion; expected one of: v5.0, v6.0.");
    }

    [Theory]
    [InlineData("Bone-Marrow")]
    [InlineData("BoneMarrow")]
    [InlineData("bone_marrow")]
    [InlineData("0")]
    [InlineData("")]
    public void Parse_is_exact(string text) => WireName.TryParse<TissueSource>(text, out _).Should().BeFalse();

    [Fact]
    public void Null_is_never_a_wire_name()
    {
        WireName.TryParse<TissueSource>(null, out var value).Should().BeFalse();
        value.Should().Be(default(TissueSource));
        var act = () => WireName.Parse<TissueSource>(null!);
        act.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Undefined_values_have_no_wire_name()
    {
        var act = () => WireName.Of((TissueSource)999);
        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*999*");
    }

    [Fact]
    public void Flags_combinations_are_comma_joined_in_ascending_bit_order_and_parse_back()
    {
        var value = SeriousnessCriteria.ImportantMedicalEvent | SeriousnessCriteria.Death;
        WireName.Of(value).Should().Be("death, important-medical-event");
        WireName.Parse<SeriousnessCriteria>("death, important-medical-event").Should().Be(value);
        WireName.TryParse<SeriousnessCriteria>("death, fever", out _).Should().BeFalse();
        WireName.TryParse<SeriousnessCriteria>("death,important-medical-event", out _).Should().BeFalse();
        WireName.Of(SeriousnessCriteria.None).Should().Be("none");
    }

    [Fact]
    public void Names_lists_every_member_in_value_order()
        => WireName.Names<DonorRelation>().Should().Equal("autologous", "allogeneic");

    /// <summary>JSON and <see cref="WireName"/> spell every member of every public enum alike, and each name parses back.</summary>
    [Fact]
    public void Json_and_wire_name_agree_for_every_member_of_every_public_enum()
    {
        var of = typeof(WireName).GetMethod(nameof(WireName.Of))!;
        var parse = typeof(WireName).GetMethod(nameof(WireName.Parse))!;
        var options = new JsonSerializerOptions { TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver() };
        options.Converters.Add(new ModelEnumConverters());
        var checkedMembers = 0;
        foreach (var type in typeof(MscDomainJson).Assembly.GetExportedTypes().Where(t => t.IsEnum))
        {
            foreach (var value in Enum.GetValues(type))
            {
                var name = (string)of.MakeGenericMethod(type).Invoke(null, [value])!;
                JsonSerializer.Serialize(value, type, options).Should().Be(JsonSerializer.Serialize(name));
                parse.MakeGenericMethod(type).Invoke(null, [name]).Should().Be(value);
                JsonSerializer.Deserialize(JsonSerializer.Serialize(name), type, options).Should().Be(value);
                checkedMembers++;
            }
        }

        checkedMembers.Should().BeGreaterThan(500);
    }
}
