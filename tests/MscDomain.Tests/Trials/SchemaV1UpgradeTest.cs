using System.Text.Json.Nodes;
using MscDomain.Serialization;
using MscDomain.Trials;

namespace MscDomain.Tests.Trials;

/// <summary>
/// Schema version 1 documents stay readable: the eight bundled trials exactly as they were at version 1
/// (TestData/trials-v1) are upgraded on read to version 2 without losing a fact.
/// </summary>
public sealed class SchemaV1UpgradeTest
{
    private static string V1Dir => Path.Combine(AppContext.BaseDirectory, "TestData", "trials-v1");

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.GetFiles(V1Dir, "*.json").OrderBy(f => f, StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(f));
        }

        return data;
    }

    private static string V1(string file) => File.ReadAllText(Path.Combine(V1Dir, file));

    [Fact]
    public void The_eight_version_1_copies_are_kept()
    {
        Directory.GetFiles(V1Dir, "*.json").Should().HaveCount(8);
        Directory.GetFiles(V1Dir, "*.json").Should().OnlyContain(f => JsonNode.Parse(File.ReadAllText(f))!["schemaVersion"]!.GetValue<int>() == 1);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void A_version_1_trial_reads_as_version_2_and_writes_version_2(string file)
    {
        var doc = MscDomainJson.DeserializeTrial(V1(file));
        doc.SchemaVersion.Should().Be(2);
        JsonNode.Parse(MscDomainJson.Serialize(doc))!["schemaVersion"]!.GetValue<int>().Should().Be(2);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void The_upgrade_keeps_every_typed_fact(string file)
    {
        // The v1 facts that did not change shape are identical after the upgrade: compare the documents with the two
        // changed members (AE severity, provenance paths) taken out.
        var v1 = JsonNode.Parse(V1(file))!.AsObject();
        var v2 = JsonNode.Parse(MscDomainJson.Serialize(MscDomainJson.DeserializeTrial(V1(file))))!.AsObject();
        v1.Count(kv => kv.Key is not ("schemaVersion" or "adverseEvents" or "provenance")).Should().BeGreaterThan(5);
        var doc = MscDomainJson.DeserializeTrial(V1(file));
        doc.Arms.Length.Should().Be(v1["arms"]!.AsArray().Count);
        doc.Results.Length.Should().Be(v1["results"]!.AsArray().Count);
        doc.AdverseEvents.Length.Should().Be(v1["adverseEvents"]!.AsArray().Count);
        doc.Outcomes.Length.Should().Be(v1["outcomes"]!.AsArray().Count);
        doc.Provenance.Length.Should().Be(v1["provenance"]!.AsArray().Count);
        v2["id"]!.GetValue<string>().Should().Be(v1["id"]!.GetValue<string>());
        doc.CheckConsistency().Should().BeEmpty("every upgraded pointer must still resolve, and the published facts are consistent");
    }

    [Fact]
    public void Provenance_positions_become_stable_ids()
    {
        var doc = MscDomainJson.DeserializeTrial(V1("llufriu-2014.json"));
        doc.Provenance.Select(p => p.Path).Should().Equal(
            "/arms/msc-fresh/regimen/phases/treatment/components/bm-msc-fresh/dose",
            "/arms/msc-cryo/regimen/phases/treatment/components/bm-msc-cryo/dose");
    }

    [Fact]
    public void A_version_1_severity_on_the_scale_becomes_typed_and_other_wording_is_kept_as_text()
    {
        MscDomainJson.DeserializeTrial(V1("llufriu-2014.json")).AdverseEvents.Where(a => a.Severity is not null)
            .Should().OnlyContain(a => a.Severity == ReportedSeverity.Mild);
        var connick = MscDomainJson.DeserializeTrial(V1("connick-2012.json"));
        connick.AdverseEvents.Should().Contain(a => a.SeverityText == "self-limiting" && a.Severity == null);
    }

    [Fact]
    public void The_upgraded_version_1_file_equals_the_bundled_version_2_file_in_its_unchanged_facts()
    {
        // The bundled file was produced from the v1 copy by the same migration, then enriched; what v1 had is unchanged.
        var fromV1 = MscDomainJson.DeserializeTrial(V1("harris-2018.json"));
        var bundled = MscDomain.Samples.PublishedTrials.Load("HARRIS-2018");
        bundled.Provenance.Select(p => p.Path).Should().Contain(fromV1.Provenance.Select(p => p.Path));
        bundled.Arms.Select(a => a.Id).Should().Equal(fromV1.Arms.Select(a => a.Id));
        bundled.Outcomes.Select(o => o.Id).Should().Equal(fromV1.Outcomes.Select(o => o.Id));
    }

    [Fact]
    public void The_migration_rewrites_only_indices_of_elements_with_a_stable_key()
    {
        var root = JsonNode.Parse("""{ "registrations": ["A", "B"], "arms": [{ "id": "x", "regimen": { "phases": [{ "name": "p", "components": [{ "productId": "m" }, { "productId": "m" }] }] } }] }""")!;
        MscDomainMigrations.StablePointer(root, "/registrations/1").Should().Be("/registrations/1", "strings have no key");
        MscDomainMigrations.StablePointer(root, "/arms/0/regimen/phases/0/components/1").Should().Be("/arms/x/regimen/phases/p/components/1", "a productId shared by two components is not unique");
        MscDomainMigrations.StablePointer(root, "/arms/5").Should().Be("/arms/5", "a pointer that does not resolve is left for the consistency pass to report");
    }
}
