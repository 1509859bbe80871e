using System.Text.Json.Nodes;
using MscDomain.Samples;
using MscDomain.Serialization;

namespace MscDomain.Tests.Serialization.Hostile;

/// <summary>The bundled valid documents the hostile JSON tests mutate: every published trial, a slice of the
/// demonstration cohort and one of its participants' timelines.</summary>
internal static class HostileJsonSamples
{
    private static readonly Lazy<IReadOnlyList<(string Name, string Type, string Json)>> Documents = new(() =>
    {
        var list = new List<(string, string, string)>();
        var dir = Path.Combine(RepoRoot(), "samples", "data", "trials");
        foreach (var file in Directory.GetFiles(dir, "*.json").Order(StringComparer.Ordinal))
        {
            list.Add((Path.GetFileName(file), "trial", File.ReadAllText(file)));
        }

        var cohort = JsonNode.Parse(DemonstrationCohort.ReadBundledJson())!.AsObject();
        var participants = cohort["participants"]!.AsArray();
        while (participants.Count > 3)
        {
            participants.RemoveAt(participants.Count - 1);
        }

        list.Add(("demonstration-cohort (3 participants)", "cohort", cohort.ToJsonString()));
        var timeline = participants[0]!.DeepClone().AsObject();
        list.Add(("demonstration participant 0", "timeline", timeline.ToJsonString()));
        return list;
    });

    /// <summary>Name, document type (trial, cohort, timeline) and text of each bundled document.</summary>
    public static IReadOnlyList<(string Name, string Type, string Json)> All => Documents.Value;

    /// <summary>Reads <paramref name="json"/> through the facade as <paramref name="type"/>.</summary>
    public static object Read(string type, string json) => type switch
    {
        "trial" => MscDomainJson.DeserializeTrial(json),
        "cohort" => MscDomainJson.DeserializeCohort(json),
        "timeline" => MscDomainJson.DeserializeTimeline(json),
        _ => MscDomainJson.DeserializeAdverseEvents(json),
    };

    /// <summary>The document with every object's members sorted by name, as Python's <c>json.dump(..., sort_keys=True)</c> writes it.</summary>
    public static string SortKeys(string json) => Sort(JsonNode.Parse(json))!.ToJsonString();

    private static JsonNode? Sort(JsonNode? node) => node switch
    {
        JsonObject o => new JsonObject(o.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => KeyValuePair.Create(p.Key, Sort(p.Value?.DeepClone())))),
        JsonArray a => new JsonArray(a.Select(x => Sort(x?.DeepClone())).ToArray()),
        _ => node?.DeepClone(),
    };

    /// <summary>The repository root (the folder holding MscDomain.sln), found upward from the test binaries.</summary>
    public static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "MscDomain.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("MscDomain.sln not found above " + AppContext.BaseDirectory);
    }
}
