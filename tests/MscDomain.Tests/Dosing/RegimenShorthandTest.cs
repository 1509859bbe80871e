using System.Text.Json;
using System.Text.Json.Nodes;
using MscDomain.Dosing;
using MscDomain.Serialization;
using MscDomain.Tests.Trials;

namespace MscDomain.Tests.Dosing;

/// <summary>Issue 10: the single-component shorthand (<c>"regimen": { "schedule", "component" }</c>) is one way to write the
/// common case, reads into the same model as the general form, is written whenever it applies, and stays strict.</summary>
public sealed class RegimenShorthandTest
{
    private const string GeneralRegimen = """
        "regimen": { "phases": [{ "name": "treatment", "schedule": { "kind": "single" },
              "components": [{ "productId": "p", "route": "intravenous", "dose": { "kind": "per-kg", "targetMinimum": { "millionsPerKg": 1 }, "targetMaximum": { "millionsPerKg": 1 }, "entity": "cells" } }] }] }
        """;

    private const string ShorthandRegimen = """
        "regimen": { "schedule": { "kind": "single" },
              "component": { "productId": "p", "route": "intravenous", "dose": { "kind": "per-kg", "targetMinimum": { "millionsPerKg": 1 }, "targetMaximum": { "millionsPerKg": 1 }, "entity": "cells" } } }
        """;

    private static string General => LighterDocumentTest.Minimal;

    /// <summary>LighterDocumentTest's minimal document with its regimen in the shorthand.</summary>
    internal static string Shorthand => Swap(GeneralRegimen, ShorthandRegimen);

    private static string Swap(string from, string to)
    {
        var node = JsonNode.Parse(General)!;
        var regimen = node["arms"]![0]!["regimen"]!;
        JsonNode.DeepEquals(regimen, JsonNode.Parse("{" + from + "}")!["regimen"]).Should().BeTrue("the fixture's regimen is the general form");
        node["arms"]![0]!["regimen"] = JsonNode.Parse("{" + to + "}")!["regimen"]!.DeepClone();
        return node.ToJsonString();
    }

    private static JsonObject RegimenNode(string json) => (JsonObject)JsonNode.Parse(json)!["arms"]![0]!["regimen"]!;

    [Fact]
    public void The_shorthand_reads_into_the_same_model_as_the_general_form()
    {
        var general = MscDomainJson.DeserializeTrial(General).Arms[0].Regimen!;
        var shorthand = MscDomainJson.DeserializeTrial(Shorthand).Arms[0].Regimen!;

        shorthand.Phases.Should().ContainSingle();
        shorthand.Phases[0].Name.Should().Be("treatment");
        shorthand.Phases[0].Components.Should().ContainSingle().Which.ProductId.Should().Be("p");
        shorthand.Phases[0].Schedule.Should().BeOfType<SingleAdministration>();
        shorthand.PlannedTotalFor(new WeightKg(70m))!.Maximum.Millions.Should().Be(70m, "1 × 10^6/kg × 70 kg");
        MscDomainJson.Serialize(shorthand).Should().Be(MscDomainJson.Serialize(general));
    }

    [Fact]
    public void The_writer_uses_the_shorthand_when_it_applies_and_both_forms_round_trip_to_it()
    {
        foreach (var json in new[] { General, Shorthand })
        {
            var written = MscDomainJson.Serialize(MscDomainJson.DeserializeTrial(json));
            var regimen = RegimenNode(written);
            regimen.ContainsKey("phases").Should().BeFalse();
            regimen["component"]!["productId"]!.GetValue<string>().Should().Be("p");
            regimen["schedule"]!["kind"]!.GetValue<string>().Should().Be("single");
            MscDomainJson.Serialize(MscDomainJson.DeserializeTrial(written)).Should().Be(written);
        }
    }

    [Fact]
    public void The_general_form_is_written_when_the_shorthand_does_not_apply()
    {
        var two = General.Replace("\"components\": [{ \"productId\": \"p\", \"route\": \"intravenous\",", "\"components\": [{ \"productId\": \"p\", \"route\": \"intrathecal\", \"dose\": { \"kind\": \"not-reported\" } }, { \"productId\": \"p\", \"route\": \"intravenous\",", StringComparison.Ordinal);
        var named = General.Replace("\"name\": \"treatment\"", "\"name\": \"cells\"", StringComparison.Ordinal);
        foreach (var json in new[] { two, named })
        {
            json.Should().NotBe(General);
            var written = MscDomainJson.Serialize(MscDomainJson.DeserializeTrial(json));
            var regimen = RegimenNode(written);
            regimen.ContainsKey("phases").Should().BeTrue();
            regimen.ContainsKey("component").Should().BeFalse();
            regimen.ContainsKey("schedule").Should().BeFalse();
            MscDomainJson.Serialize(MscDomainJson.DeserializeTrial(written)).Should().Be(written);
        }
    }

    [Fact]
    public void Both_forms_at_once_are_rejected_with_the_regimen_path()
    {
        var node = JsonNode.Parse(Shorthand)!;
        node["arms"]![0]!["regimen"]!["phases"] = JsonNode.Parse(General)!["arms"]![0]!["regimen"]!["phases"]!.DeepClone();
        var both = node.ToJsonString();
        var act = () => MscDomainJson.DeserializeTrial(both);
        act.Should().Throw<JsonException>().Where(e => e.Path == "$.arms[0].regimen").WithMessage("*both 'phases' and the single-component shorthand*");
    }

    [Theory]
    [InlineData("schedule")]
    [InlineData("component")]
    public void Half_a_shorthand_is_rejected_naming_the_missing_member(string missing)
    {
        var node = JsonNode.Parse(Shorthand)!;
        ((JsonObject)node["arms"]![0]!["regimen"]!).Remove(missing).Should().BeTrue();
        var act = () => MscDomainJson.DeserializeTrial(node.ToJsonString());
        act.Should().Throw<JsonException>().Where(e => e.Path == "$.arms[0].regimen").WithMessage($"*needs both 'schedule' and 'component'; '{missing}' is missing*");
    }

    [Fact]
    public void A_regimen_with_neither_form_is_rejected()
    {
        var act = () => MscDomainJson.DeserializeTrial(Swap(GeneralRegimen, "\"regimen\": { }"));
        act.Should().Throw<JsonException>().Where(e => e.Path == "$.arms[0].regimen").WithMessage("*needs 'phases'*or 'schedule' + 'component'*");
    }

    [Fact]
    public void Unknown_members_beside_the_shorthand_are_still_rejected()
    {
        var node = JsonNode.Parse(Shorthand)!;
        node["arms"]![0]!["regimen"]!["route"] = "intravenous";
        var unknown = () => MscDomainJson.DeserializeTrial(node.ToJsonString());
        unknown.Should().Throw<JsonException>().WithMessage("*route*");
    }

    [Fact]
    public void A_provenance_pointer_through_phases_resolves_in_the_shorthand()
    {
        var node = JsonNode.Parse(Shorthand)!;
        node["provenance"] = JsonNode.Parse("""[{ "path": "/arms/a/regimen/phases/treatment/components/p/dose", "verification": "secondary" }]""");
        var withProvenance = node.ToJsonString();
        var doc = MscDomainJson.DeserializeTrial(withProvenance);
        doc.CheckConsistency().Should().NotContain(i => i.Code == MscDomain.Common.DataIssueCodes.ProvenanceUnresolved);
        var wrong = MscDomainJson.DeserializeTrial(withProvenance.Replace("/components/p/dose", "/components/q/dose", StringComparison.Ordinal));
        wrong.CheckConsistency().Should().Contain(i => i.Code == MscDomain.Common.DataIssueCodes.ProvenanceUnresolved);
    }

}
