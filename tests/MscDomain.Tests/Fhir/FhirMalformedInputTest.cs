#pragma warning disable CS8600, CS8602 // FHIR POCO navigation in arrangement code
using System.Text.Json.Nodes;
using Hl7.Fhir.Model;
using MscDomain.Common;
using MscDomain.Fhir;
using MscDomain.Samples;
using MscDomain.Trials;

namespace MscDomain.Tests.Fhir;

/// <summary>Malformed FHIR gives located MSC12xx issues, never an exception or a partial document.</summary>
public sealed class FhirMalformedInputTest
{
    private static CohortDocument Small()
    {
        var c = DemonstrationCohort.Load();
        return new CohortDocument(c.SchemaVersion, c.Id, [.. c.Participants.Take(3)], c.TrialId, c.Description);
    }

    private static JsonObject SmallJson() => JsonNode.Parse(MscDomainFhir.Serialize(MscDomainFhir.ToBundle(Small())))!.AsObject();

    private static JsonObject Entry(JsonObject bundle, Func<JsonObject, bool> match) =>
        bundle["entry"]!.AsArray().Select(e => e!["resource"]!.AsObject()).First(match);

    private static int IndexOf(JsonObject bundle, JsonObject resource) =>
        bundle["entry"]!.AsArray().Select((e, i) => (e, i)).First(x => ReferenceEquals(x.e!["resource"], resource)).i;

    private static DataIssue SingleError(FhirReadResult<CohortDocument> r)
    {
        r.Value.Should().BeNull("nothing partial is returned when there is an error");
        return r.Issues.Where(i => i.Severity == DataIssueSeverity.Error).Should().ContainSingle().Subject;
    }

    [Fact]
    public void Text_that_is_not_JSON_is_MSC1201_with_line_and_column()
    {
        var issue = SingleError(MscDomainFhir.ReadCohort("{\n  \"resourceType\": \"Bundle\",\n  \"type\": }", "in.json"));
        issue.Code.Should().Be(DataIssueCodes.FhirUnreadable);
        issue.Location.File.Should().Be("in.json");
        issue.Location.Line.Should().Be(3);
    }

    [Fact]
    public void An_unknown_element_is_MSC1201_with_its_path()
    {
        var json = SmallJson();
        Entry(json, r => (string?)r["resourceType"] == "Patient")["nickname"] = "x";
        var r = MscDomainFhir.ReadCohort(json.ToJsonString(), "in.json");
        r.Value.Should().BeNull();
        var issue = r.Issues.Should().ContainSingle().Subject;
        issue.Code.Should().Be(DataIssueCodes.FhirUnreadable);
        issue.ToString().Should().Contain("nickname").And.Contain("in.json");
    }

    [Fact]
    public void A_resource_that_is_not_a_Bundle_is_MSC1202()
    {
        var json = MscDomainFhir.Serialize(FhirMapper.ToPatient(Small().Participants[0]));
        MscDomainFhir.ReadCohort(json).Issues.Should().ContainSingle().Which.Code.Should().Be(DataIssueCodes.FhirUnexpectedResource);
    }

    [Fact]
    public void A_cohort_bundle_without_its_Group_is_MSC1203()
    {
        var json = SmallJson();
        var entries = json["entry"]!.AsArray();
        entries.Remove(entries.First(e => (string?)e!["resource"]!["resourceType"] == "Group"));
        SingleError(MscDomainFhir.ReadCohort(json.ToJsonString())).Code.Should().Be(DataIssueCodes.FhirMissingElement);
    }

    [Fact]
    public void An_unknown_library_code_is_MSC1204_at_the_entry_and_element()
    {
        var json = SmallJson();
        var edss = Entry(json, r => (string?)r["resourceType"] == "Observation" && r["code"]!["coding"]!.AsArray().Any(c => (string?)c!["code"] == "C112550"));
        var own = edss["code"]!["coding"]!.AsArray().First(c => (string?)c!["system"] == FhirCanonicals.CodeSystem("outcome-measure"))!;
        own["code"] = "edss-score";
        var issue = SingleError(MscDomainFhir.ReadCohort(json.ToJsonString(), "b.json"));
        issue.Code.Should().Be(DataIssueCodes.FhirUnknownCode);
        issue.Value.Should().Be("edss-score");
        issue.Location.Path.Should().Be($"Bundle.entry[{IndexOf(json, edss)}].resource.code");
        issue.Rule.Should().Contain("edss").And.Contain("t2-lesion-volume");
    }

    [Fact]
    public void A_product_reference_that_resolves_nowhere_is_MSC1205()
    {
        var cohort = Small();
        var bundle = MscDomainFhir.ToBundle(cohort, new FhirExportOptions { Trial = DemonstrationCohort.Trial });
        var bdp = bundle.Entry.First(e => e.Resource is BiologicallyDerivedProduct);
        bundle.Entry.Remove(bdp);
        var r = MscDomainFhir.ReadCohort(bundle, "b.json");
        r.Value.Should().BeNull();
        r.Issues.Should().Contain(i => i.Code == DataIssueCodes.FhirBrokenReference && i.Value == bdp.FullUrl && i.Location.Path!.EndsWith(".extension('given-component')[0].extension('product')", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(10.5)]
    public void An_EDSS_the_model_rejects_is_MSC1206_naming_the_value_and_the_rule(double value)
    {
        var json = SmallJson();
        var edss = Entry(json, r => (string?)r["resourceType"] == "Observation" && r["code"]!["coding"]!.AsArray().Any(c => (string?)c!["code"] == "C112550"));
        edss["valueQuantity"]!["value"] = value;
        var issue = SingleError(MscDomainFhir.ReadCohort(json.ToJsonString()));
        issue.Code.Should().Be(DataIssueCodes.FhirInvalidValue);
        issue.Location.Path.Should().StartWith($"Bundle.entry[{IndexOf(json, edss)}].resource");
        issue.Rule.Should().Contain("Kurtzke");
    }

    [Fact]
    public void A_missing_participant_identifier_is_MSC1203_at_the_Patient()
    {
        var json = SmallJson();
        var patient = Entry(json, r => (string?)r["resourceType"] == "Patient");
        patient.Remove("identifier");
        var issue = SingleError(MscDomainFhir.ReadCohort(json.ToJsonString()));
        issue.Code.Should().Be(DataIssueCodes.FhirMissingElement);
        issue.Location.Path.Should().Be($"Bundle.entry[{IndexOf(json, patient)}].resource.identifier");
    }

    [Fact]
    public void A_resource_outside_the_document_is_a_warning_not_silently_dropped()
    {
        var bundle = MscDomainFhir.ToBundle(Small());
        bundle.Entry.Add(new Bundle.EntryComponent { FullUrl = "urn:uuid:3f1c9c0e-0000-4000-8000-000000000000", Resource = new Practitioner { Id = "3f1c9c0e-0000-4000-8000-000000000000" } });
        var r = MscDomainFhir.ReadCohort(bundle);
        r.Succeeded.Should().BeTrue();
        r.Issues.Should().ContainSingle().Which.Should().Match<DataIssue>(i => i.Severity == DataIssueSeverity.Warning && i.Code == DataIssueCodes.FhirUnexpectedResource && i.Value == "Practitioner");
    }

    [Fact]
    public void Removing_any_element_of_any_entry_never_throws()
    {
        // Every top-level element of every resource of a small bundle removed in turn: the reader returns a value or issues.
        var baseline = SmallJson();
        var firstOfEachKind = baseline["entry"]!.AsArray().Select((e, i) => (Kind: (string?)e!["resource"]!["resourceType"] + e["resource"]!["code"]?.ToJsonString(), i))
            .GroupBy(x => x.Kind).Select(g => g.First().i).ToList();
        var cases = 0;
        foreach (var i in firstOfEachKind)
        {
            var names = baseline["entry"]![i]!["resource"]!.AsObject().Select(p => p.Key).Where(k => k != "resourceType").ToList();
            foreach (var name in names)
            {
                var json = SmallJson();
                json["entry"]![i]!["resource"]!.AsObject().Remove(name);
                var act = () => MscDomainFhir.ReadCohort(json.ToJsonString());
                var r = act.Should().NotThrow().Subject;
                (r.Succeeded || r.Issues.Count > 0).Should().BeTrue();
                cases++;
            }
        }

        cases.Should().BeGreaterThan(50);
    }
}
