using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using MscDomain.Samples;
using MscDomain.Serialization;
using MscDomain.Trials;

namespace MscDomain.Tests.Trials;

/// <summary>
/// The published trials in samples/data/trials: every file reads through the strict facade, validates against the
/// checked-in schema, and its key facts match shared/domain/trials.md (expected values typed from the notes, never read
/// back from the JSON). Facts per trial are in the partial files PublishedTrialsTest.&lt;Trial&gt;.cs.
/// </summary>
public sealed partial class PublishedTrialsTest
{
    internal static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "MscDomain.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("MscDomain.sln not found above " + AppContext.BaseDirectory);
    }

    private static string TrialsDir => Path.Combine(RepoRoot(), "samples", "data", "trials");

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.GetFiles(TrialsDir, "*.json").OrderBy(f => f, StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(f));
        }

        return data;
    }

    private static string ReadFile(string name) => File.ReadAllText(Path.Combine(TrialsDir, name));

    private static TrialDocument Trial(string id) => MscDomainJson.DeserializeTrial(ReadFile(id.ToLowerInvariant() + ".json"));

    // JsonSchema.Net registers schemas by $id in a global registry; give our copy its own id so it cannot collide with the
    // schema golden test's instance.
    private static readonly Lazy<JsonSchema> Schema = new(() =>
    {
        var node = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoRoot(), "schema", "mscdomain.schema.json")))!.AsObject();
        node["$id"] = "https://example.invalid/mscdomain/published-trials-test.schema.json";
        return JsonSchema.FromText(node.ToJsonString());
    });

    [Fact]
    public void There_are_exactly_the_eight_trials_of_trials_md()
    {
        Directory.GetFiles(TrialsDir, "*.json").Select(Path.GetFileName).Should().BeEquivalentTo(
            "connick-2012.json", "llufriu-2014.json", "fernandez-2018.json", "harris-2018.json",
            "petrou-2020.json", "mesems-2021.json", "cohen-2023.json", "harris-2024.json");
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_file_reads_through_the_strict_facade(string file)
    {
        var doc = MscDomainJson.DeserializeTrial(ReadFile(file));
        doc.SchemaVersion.Should().Be(MscDomainSchemaVersion.Current);
        (doc.Id.ToLowerInvariant() + ".json").Should().Be(file, "the file is named after the trial id");
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_file_validates_against_the_checked_in_schema(string file)
    {
        var result = Schema.Value.Evaluate(JsonDocument.Parse(ReadFile(file)).RootElement,
            new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        result.IsValid.Should().BeTrue(string.Join("; ", (result.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .Take(10).Select(d => $"{d.InstanceLocation}: {string.Join(", ", d.Errors!.Values)}")));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_file_survives_a_round_trip_through_the_facade(string file)
    {
        var doc = MscDomainJson.DeserializeTrial(ReadFile(file));
        var again = MscDomainJson.DeserializeTrial(MscDomainJson.Serialize(doc));
        MscDomainJson.Serialize(again).Should().Be(MscDomainJson.Serialize(doc));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_provenance_pointer_resolves_to_a_member_of_the_document(string file)
    {
        var root = JsonNode.Parse(ReadFile(file))!;
        var doc = MscDomainJson.DeserializeTrial(ReadFile(file));
        foreach (var p in doc.Provenance)
        {
            // Version 2 pointers name array elements by id, name or productId (never by position).
            p.Path.Split('/').Skip(1).Should().NotContain(seg => seg.Length > 0 && seg.All(char.IsAsciiDigit) && !p.Path.StartsWith("/registrations/", StringComparison.Ordinal),
                $"{file}: {p.Path} should name elements by stable id");
            DocumentPointer.Resolve(root, p.Path, out var failedAt).Should().NotBeNull($"{file}: {p.Path} must resolve (failed at '{failedAt}')");
        }
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_file_is_consistent(string file)
    {
        var issues = MscDomainJson.DeserializeTrial(ReadFile(file)).CheckConsistency();
        issues.Should().BeEmpty(string.Join("\n", issues));
    }

    [Fact]
    public void The_bundled_resources_equal_the_checked_in_files()
    {
        foreach (var id in PublishedTrials.Ids)
        {
            PublishedTrials.ReadJson(id).ReplaceLineEndings("\n").Should().Be(ReadFile(id.ToLowerInvariant() + ".json").ReplaceLineEndings("\n"), id);
        }

        PublishedTrials.ResourceNames().Should().HaveCount(8);
        PublishedTrials.LoadAll().Select(t => t.Id).Should().Equal(PublishedTrials.Ids);
    }

    [Fact]
    public void Loading_an_unknown_trial_names_the_known_ones()
    {
        var act = () => PublishedTrials.Load("SMITH-1999");
        act.Should().Throw<KeyNotFoundException>().WithMessage("*SMITH-1999*PETROU-2020*");
    }

    [Fact]
    public void A_broken_copy_of_a_trial_is_rejected_with_its_path()
    {
        var node = JsonNode.Parse(ReadFile("petrou-2020.json"))!;
        node["arms"]![0]!["regimen"]!["phases"]![0]!["components"]![0]!["dose"]!["targetMinimum"]!["millionsPerKg"] = -1m;
        var act = () => MscDomainJson.DeserializeTrial(node.ToJsonString());
        act.Should().Throw<JsonException>().WithMessage("*arms[0]*");
    }
}
