using System.Text.Json.Nodes;
using Json.Schema;
using MscDomain.Serialization;
using MscDomain.Tests.Trials;

namespace MscDomain.Tests.Serialization;

/// <summary>
/// The checked-in schema/mscdomain.schema.json must equal MscDomainJsonSchema.Export().
/// To regenerate after a deliberate model change: UPDATE_GOLDEN=1 dotnet test tests/MscDomain.Tests --filter "FullyQualifiedName~SchemaGolden"
/// </summary>
public sealed class SchemaGoldenTest
{
    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "MscDomain.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("MscDomain.sln not found above " + AppContext.BaseDirectory);
    }

    private static string GoldenPath => Path.Combine(RepoRoot(), "schema", "mscdomain.schema.json");

    // JsonSchema.Net registers schemas globally by $id (other tests load the checked-in file), so build once under a test-only id.
    private static readonly Lazy<JsonSchema> Built = new(() => JsonSchema.FromText(MscDomainJsonSchema.Export().Replace(MscDomainJsonSchema.Id, "urn:mscdomain:test:schema-golden", StringComparison.Ordinal)));

    private static JsonSchema Schema() => Built.Value;

    private static EvaluationResults Validate(string json) =>
        Schema().Evaluate(System.Text.Json.JsonDocument.Parse(json).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });

    [Fact]
    public void SchemaGolden_checked_in_schema_matches_export()
    {
        var exported = MscDomainJsonSchema.Export();
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(GoldenPath)!);
            File.WriteAllText(GoldenPath, exported);
        }

        File.Exists(GoldenPath).Should().BeTrue("schema/mscdomain.schema.json must be checked in; regenerate with UPDATE_GOLDEN=1 dotnet test --filter \"FullyQualifiedName~SchemaGolden\"");
        File.ReadAllText(GoldenPath).ReplaceLineEndings("\n").Should().Be(exported,
            "the exported schema changed; if intended, regenerate with UPDATE_GOLDEN=1 dotnet test tests/MscDomain.Tests --filter \"FullyQualifiedName~SchemaGolden\" and commit schema/mscdomain.schema.json");
    }

    [Fact]
    public void Schema_has_dialect_id_and_title()
    {
        var node = MscDomainJsonSchema.ExportNode();
        node["$schema"]!.GetValue<string>().Should().Be("https://json-schema.org/draft/2020-12/schema");
        node["$id"]!.GetValue<string>().Should().Be(MscDomainJsonSchema.Id);
        node["title"]!.GetValue<string>().Should().Contain("schemaVersion 2");
    }

    [Fact]
    public void Valid_documents_validate()
    {
        Validate(MscDomainJson.Serialize(SampleDocuments.Petrou2020())).IsValid.Should().BeTrue();
        Validate(MscDomainJson.Serialize(SampleDocuments.Timeline())).IsValid.Should().BeTrue();
    }

    [Fact]
    public void Both_regimen_forms_validate_against_the_schema()
    {
        Validate(LighterDocumentTest.Minimal).IsValid.Should().BeTrue("the general form (phases) stays valid");
        Validate(MscDomain.Tests.Dosing.RegimenShorthandTest.Shorthand).IsValid.Should().BeTrue("the single-component shorthand is valid");
        Validate(MscDomain.Tests.Dosing.RegimenShorthandTest.Shorthand.Replace("\"component\":", "\"komponent\":", StringComparison.Ordinal)).IsValid.Should().BeFalse("unknown members stay invalid");
    }

    [Theory]
    [InlineData("unknown-member")]
    [InlineData("negative-dose")]
    [InlineData("invalid-edss")]
    [InlineData("missing-title")]
    [InlineData("bad-enum")]
    [InlineData("bad-date")]
    [InlineData("bad-partial-date")]
    [InlineData("future-version")]
    [InlineData("number-as-string")]
    public void Broken_documents_do_not_validate(string breakage)
    {
        var node = JsonNode.Parse(MscDomainJson.Serialize(SampleDocuments.Petrou2020()))!;
        var dose = node["arms"]![0]!["regimen"]!["phases"]![0]!["components"]![0]!["dose"]!;
        switch (breakage)
        {
            case "unknown-member": node["arms"]![0]!["colour"] = "red"; break;
            case "negative-dose": dose["targetMinimum"]!["millionsPerKg"] = -1; break;
            case "invalid-edss": node["eligibility"]!["edssMinimum"] = 0.5; break;
            case "missing-title": node.AsObject().Remove("title"); break;
            case "bad-enum": node["arms"]![0]!["type"] = "Experimental"; break;
            case "bad-date": node["products"]![0]!["releaseTests"]![0]!["date"] = "2019-02-30x"; break;
            case "bad-partial-date": node["startDate"] = "2015-13"; break;
            case "future-version": node["schemaVersion"] = 3; break;
            case "number-as-string": dose["targetMinimum"]!["millionsPerKg"] = "1"; break;
        }

        Validate(node.ToJsonString()).IsValid.Should().BeFalse();
    }
}
