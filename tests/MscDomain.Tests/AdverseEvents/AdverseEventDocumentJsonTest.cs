using System.Text.Json;
using MscDomain.Cli;
using MscDomain.Serialization;
using MscDomain.AdverseEvents;

namespace MscDomain.Tests.AdverseEvents;

/// <summary>The adverse-event document goes through the one public JSON facade (no private Safety JSON path).</summary>
public sealed class AdverseEventDocumentJsonTest
{
    private const string Valid = """{"schemaVersion":1,"events":[{"id":"A","verbatimTerm":"headache","severity":{"grade":2,"version":"v5.0"}}]}""";

    [Fact]
    public void A_domain_rule_violation_names_the_json_path()
    {
        var act = () => MscDomainJson.DeserializeAdverseEvents(
            """{"schemaVersion":1,"events":[{"id":"A","verbatimTerm":"x"},{"id":"B","verbatimTerm":"y","severity":{"grade":6,"version":"v5.0"}}]}""");
        act.Should().Throw<JsonException>().Where(e => e.Path != null && e.Path.StartsWith("$.events[1]", StringComparison.Ordinal))
            .WithMessage("*1 to 5*");
    }

    [Fact]
    public void A_missing_schema_version_is_rejected_like_other_documents() =>
        FluentActions.Invoking(() => MscDomainJson.DeserializeAdverseEvents("""{"events":[]}"""))
            .Should().Throw<JsonException>().WithMessage("*schemaVersion*");

    [Fact]
    public void FromJson_and_ToJson_agree_with_the_facade()
    {
        var doc = AdverseEventDocument.FromJson(Valid);
        doc.ToJson().Should().Be(MscDomainJson.Serialize(doc));
        MscDomainJson.DeserializeAdverseEvents(doc.ToJson()).Events[0].Severity!.Value.Grade.Should().Be(2);
    }

    [Fact]
    public void The_schema_lists_the_adverse_event_document() =>
        MscDomainJsonSchema.Export().Should().Contain("\"AdverseEventDocument\"");

    [Fact]
    public void Classify_ae_reports_the_json_path_of_a_bad_grade()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("ae-json-").FullName, "ae.json");
        File.WriteAllText(file, """{"schemaVersion":1,"events":[{"id":"A","verbatimTerm":"x","severity":{"grade":0,"version":"v5.0"}}]}""");
        var err = new StringWriter();
        var rc = CliApp.Run(["classify-ae", "--input", file], new StringWriter(), err);
        rc.Should().NotBe(0);
        err.ToString().Should().Contain("$.events[0]");
        Directory.Delete(Path.GetDirectoryName(file)!, recursive: true);
    }
}
