using System.Text.Json;
using System.Text.Json.Nodes;
using MscDomain.Dosing;
using MscDomain.Outcomes;
using MscDomain.Serialization;
using MscDomain.Tests.Trials;
using MscDomain.Trials;

namespace MscDomain.Tests.Serialization;

public sealed class StrictReadingTest
{
    private static JsonObject TrialNode() => JsonNode.Parse(MscDomainJson.Serialize(SampleDocuments.Petrou2020()))!.AsObject();

    private static JsonException ReadTrial(JsonNode node)
    {
        var act = () => MscDomainJson.DeserializeTrial(node.ToJsonString());
        return act.Should().Throw<JsonException>().Which;
    }

    [Fact]
    public void Unknown_member_is_rejected_with_its_name()
    {
        var node = TrialNode();
        node["arms"]![0]!["colour"] = "red";
        ReadTrial(node).Message.Should().Contain("colour");
    }

    [Fact]
    public void Unknown_member_in_a_struct_is_rejected()
    {
        var act = () => MscDomainJson.Deserialize<CellCount>("{\"millions\": 1, \"unit\": \"x\"}");
        act.Should().Throw<JsonException>().WithMessage("*unit*");
    }

    [Fact]
    public void Missing_required_member_is_rejected_naming_it()
    {
        var node = TrialNode();
        node.Remove("title");
        ReadTrial(node).Message.Should().Contain("title");
    }

    [Fact]
    public void Missing_struct_member_is_rejected_not_zeroed()
    {
        var act = () => MscDomainJson.Deserialize<CellsPerKg>("{}");
        act.Should().Throw<JsonException>().WithMessage("*millionsPerKg*");
    }

    [Fact]
    public void Null_for_a_non_nullable_member_is_rejected()
    {
        var node = TrialNode();
        node["title"] = null;
        ReadTrial(node).Message.Should().Contain("title");
    }

    [Fact]
    public void Negative_dose_fails_with_path_and_rule()
    {
        var node = TrialNode();
        node["arms"]![0]!["regimen"]!["phases"]![0]!["components"]![0]!["dose"]!["targetMinimum"]!["millionsPerKg"] = -1;
        var ex = ReadTrial(node);
        ex.Path.Should().Be("$.arms[0].regimen.phases[0].components[0].dose.targetMinimum");
        ex.Message.Should().Contain("$.arms[0].regimen.phases[0].components[0].dose.targetMinimum").And.Contain(">= 0");
        ex.InnerException.Should().BeAssignableTo<ArgumentException>();
    }

    [Fact]
    public void Invalid_edss_fails_with_path_and_rule()
    {
        var node = TrialNode();
        node["eligibility"]!["edssMinimum"] = 0.5;
        var ex = ReadTrial(node);
        ex.Path.Should().Be("$.eligibility.edssMinimum");
        ex.Message.Should().Contain("0.5").And.Contain("Kurtzke");
    }

    [Fact]
    public void Cross_field_rule_fails_at_the_object_that_owns_it()
    {
        var node = TrialNode();
        node["results"]![0]!["armId"] = "no-such-arm";
        var ex = ReadTrial(node);
        ex.Path.Should().Be("$");
        ex.Message.Should().Contain("no-such-arm");
    }

    [Fact]
    public void Out_of_range_in_a_list_element_names_the_index()
    {
        var node = TrialNode();
        node["results"]![2]!["pValue"] = 1.5;
        var ex = ReadTrial(node);
        ex.Path.Should().Be("$.results[2]");
        ex.Message.Should().Contain("PValue").And.Contain("1.5");
    }

    [Fact]
    public void Number_as_string_is_rejected()
    {
        var act = () => MscDomainJson.Deserialize<CellCount>("{\"millions\": \"70\"}");
        act.Should().Throw<JsonException>();
    }

    [Fact]
    public void Enum_as_integer_or_wrong_case_is_rejected()
    {
        var node = TrialNode();
        node["arms"]![0]!["type"] = 0;
        ReadTrial(node);
        node["arms"]![0]!["type"] = "Experimental";
        ReadTrial(node);
    }

    [Fact]
    public void Unknown_kind_is_rejected()
    {
        var act = () => MscDomainJson.Deserialize<DoseSpecification>("{\"kind\": \"per-m2\"}");
        act.Should().Throw<JsonException>().WithMessage("*per-m2*");
    }

    [Fact]
    public void Invalid_date_is_rejected_with_path()
    {
        var act = () => MscDomainJson.Deserialize<Relapse>("{\"onset\": \"2024-02-30\"}");
        act.Should().Throw<JsonException>().Which.Message.Should().Contain("2024-02-30").And.Contain("$.onset");
    }

    [Fact]
    public void Invalid_partial_date_is_rejected()
    {
        var node = TrialNode();
        node["startDate"] = "2015-13";
        ReadTrial(node).Message.Should().Contain("2015-13");
    }

    [Theory]
    [InlineData(3)]
    [InlineData(99)]
    public void Newer_schema_version_fails_clearly(int version)
    {
        var node = TrialNode();
        node["schemaVersion"] = version;
        var ex = ReadTrial(node);
        ex.Path.Should().Be("$.schemaVersion");
        ex.Message.Should().Contain($"schemaVersion {version}").And.Contain("newer");
    }

    [Fact]
    public void Zero_schema_version_fails_clearly()
    {
        var node = TrialNode();
        node["schemaVersion"] = 0;
        ReadTrial(node).Message.Should().Contain("oldest readable version is 1");
    }

    [Fact]
    public void Missing_schema_version_fails_clearly()
    {
        var node = TrialNode();
        node.Remove("schemaVersion");
        ReadTrial(node).Message.Should().Contain("schemaVersion");
    }

    [Fact]
    public void Timeline_event_before_birth_fails_with_path()
    {
        var node = JsonNode.Parse(MscDomainJson.Serialize(SampleDocuments.Timeline()))!;
        node["relapses"]![0]!["onset"] = "1970-01-01";
        node["relapses"]![0]!["end"] = null;
        var act = () => MscDomainJson.DeserializeTimeline(node.ToJsonString());
        act.Should().Throw<JsonException>().Which.Message.Should().Contain("before birth");
    }

    [Fact]
    public void Configured_application_options_read_and_write_the_same_format()
    {
        var options = new JsonSerializerOptions().ConfigureForMscDomain();
        var doc = SampleDocuments.Petrou2020();
        var json = JsonSerializer.Serialize(doc, options);
        var back = JsonSerializer.Deserialize<TrialDocument>(json, options)!;
        back.Should().BeEquivalentTo(doc, o => o.RespectingRuntimeTypes());
        json.Should().Contain("\"tissue\":\"bone-marrow\"");
        var unknown = () => JsonSerializer.Deserialize<CellCount>("{\"millions\":1,\"x\":2}", options);
        unknown.Should().Throw<JsonException>();
    }

    [Fact]
    public void Configure_rejects_read_only_options()
    {
        var act = () => JsonSerializerOptions.Default.ConfigureForMscDomain();
        act.Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void Unregistered_type_is_not_supported()
    {
        var act = () => MscDomainJson.Serialize(new Uri("http://x"));
        act.Should().Throw<NotSupportedException>();
    }
}
