using System.Text.Json;
using System.Text.Json.Nodes;
using MscDomain.Serialization;
using MscDomain.Trials;

namespace MscDomain.Tests.Trials;

/// <summary>Schema version 2 reading: omitted collections are empty, omitted optionals absent, unknown members still rejected.</summary>
public sealed class LighterDocumentTest
{
    internal const string Minimal = """
        {
          "schemaVersion": 2,
          "id": "MIN-2020",
          "title": "A single-arm study written by hand",
          "citations": [{ "text": "Doe J et al. J Test 2020;1:1" }],
          "design": { "phases": ["phase1"], "allocation": "not-applicable", "model": "single-group", "masking": "none" },
          "products": [{ "kind": "msc", "id": "p", "name": "autologous BM-MSC", "tissue": "bone-marrow", "donor": { "kind": "recipient" } }],
          "arms": [{ "id": "a", "label": "MSC", "type": "experimental",
            "regimen": { "phases": [{ "name": "treatment", "schedule": { "kind": "single" },
              "components": [{ "productId": "p", "route": "intravenous", "dose": { "kind": "per-kg", "targetMinimum": { "millionsPerKg": 1 }, "targetMaximum": { "millionsPerKg": 1 }, "entity": "cells" } }] }] } }]
        }
        """;

    [Fact]
    public void A_single_arm_design_needs_no_empty_arrays()
    {
        var doc = MscDomainJson.DeserializeTrial(Minimal);
        doc.Registrations.Should().BeEmpty();
        doc.Placebos.Should().BeEmpty();
        doc.Outcomes.Should().BeEmpty();
        doc.Results.Should().BeEmpty();
        doc.AdverseEvents.Should().BeEmpty();
        doc.Provenance.Should().BeEmpty();
        doc.Design.Periods.Should().BeEmpty();
        doc.Design.MaskedRoles.Should().BeEmpty();
        doc.Arms[0].Procedures.Should().BeEmpty();
        doc.Products[0].ReleaseTests.Should().BeEmpty();
        doc.Arms[0].Regimen!.CoMedications.Should().BeEmpty();
        doc.Eligibility.Should().BeNull();
    }

    [Fact]
    public void Omitted_optional_values_are_absent_without_explicit_nulls()
    {
        var json = Minimal.Replace("\"targetMinimum\": { \"millionsPerKg\": 1 }, \"targetMaximum\": { \"millionsPerKg\": 1 }, ", "\"achieved\": { \"mean\": 1.6 }, ", StringComparison.Ordinal);
        var act = () => MscDomainJson.DeserializeTrial(json);
        act.Should().NotThrow<JsonException>("unknown target bounds are simply left out");
    }

    [Fact]
    public void Unknown_members_are_still_rejected_with_their_path()
    {
        var act = () => MscDomainJson.DeserializeTrial(Minimal.Replace("\"label\": \"MSC\",", "\"label\": \"MSC\", \"colour\": \"red\",", StringComparison.Ordinal));
        act.Should().Throw<JsonException>().WithMessage("*colour*");
    }

    [Fact]
    public void Required_members_are_still_required()
    {
        var act = () => MscDomainJson.DeserializeTrial(Minimal.Replace("\"title\": \"A single-arm study written by hand\",", string.Empty, StringComparison.Ordinal));
        act.Should().Throw<JsonException>().WithMessage("*title*");
    }

    [Fact]
    public void A_required_non_empty_collection_omitted_fails_with_the_constructor_rule()
    {
        var act = () => MscDomainJson.DeserializeTrial(Minimal.Replace("\"citations\": [{ \"text\": \"Doe J et al. J Test 2020;1:1\" }],", string.Empty, StringComparison.Ordinal));
        act.Should().Throw<JsonException>().WithMessage("*Citations*at least one*");
    }

    [Fact]
    public void An_unknown_enum_value_lists_the_allowed_values()
    {
        var act = () => MscDomainJson.DeserializeTrial(Minimal.Replace("\"route\": \"intravenous\"", "\"route\": \"iv\"", StringComparison.Ordinal));
        act.Should().Throw<JsonException>().WithMessage("*intravenous, intrathecal*intraspinal, not-reported*");
    }

    [Fact]
    public void An_unknown_kind_lists_the_allowed_kinds_including_the_version_2_ones()
    {
        var act = () => MscDomainJson.DeserializeTrial(Minimal.Replace("\"schedule\": { \"kind\": \"single\" }", "\"schedule\": { \"kind\": \"weekly\" }", StringComparison.Ordinal));
        act.Should().Throw<JsonException>().WithMessage("*weekly*single*repeated-interval-not-reported*");
    }

    [Fact]
    public void A_version_1_timeline_and_cohort_read_unchanged_apart_from_the_version()
    {
        var timeline = JsonNode.Parse(MscDomainJson.Serialize(SampleDocuments.Timeline()))!.AsObject();
        timeline["schemaVersion"] = 1;
        MscDomainJson.DeserializeTimeline(timeline.ToJsonString()).Should().BeEquivalentTo(SampleDocuments.Timeline());
    }
}
