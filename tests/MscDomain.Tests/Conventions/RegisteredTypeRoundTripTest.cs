using System.Collections;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using MscDomain.Common;
using MscDomain.Serialization;
using MscDomain.Tests.Trials;
using MscDomain.Trials;
using Xunit.Abstractions;
using MscDomain.AdverseEvents;

namespace MscDomain.Tests.Conventions;

/// <summary>
/// Every type registered in the JSON context round-trips: sample instances are harvested from the checked-in sample
/// trials (samples/data), the test sample documents and an adverse-event document, by walking the contract's own
/// property getters; each harvested value of a registered type must re-serialise to the same JSON.
/// </summary>
public sealed class RegisteredTypeRoundTripTest(ITestOutputHelper output)
{
    private static readonly JsonSerializerOptions Options = MscDomainJsonContext.Default.Options;

    internal static IEnumerable<object> Roots()
    {
        var dir = FindSamples();
        foreach (var file in Directory.EnumerateFiles(dir, "*.json"))
        {
            yield return MscDomainJson.DeserializeTrial(File.ReadAllText(file));
        }

        yield return SampleDocuments.Petrou2020();
        yield return SampleDocuments.Timeline();
        yield return new CohortDocument(MscDomainSchemaVersion.Current, "c1", [SampleDocuments.Timeline()], "PETROU-2020");
        var adverseEvents = MscDomainJson.DeserializeAdverseEvents(
            """{"schemaVersion":1,"events":[{"id":"A","verbatimTerm":"headache","onsetDate":"2025-12-21","severity":{"grade":2,"version":"v5.0"},"expectedness":"expected","investigatorCausality":{"category":"possible"}}]}""");
        yield return adverseEvents;
        yield return MscDomain.Safety.AdverseEventClassificationReport.From(adverseEvents.Events.Select(e => MscDomain.Safety.AdverseEventClassifier.Classify(e)));
    }

    private static string FindSamples()
    {
        var d = new DirectoryInfo(AppContext.BaseDirectory);
        while (d is not null && !Directory.Exists(Path.Combine(d.FullName, "samples", "data", "trials")))
        {
            d = d.Parent;
        }

        return Path.Combine(d?.FullName ?? throw new DirectoryNotFoundException("samples/data/trials"), "samples", "data", "trials");
    }

    internal static Dictionary<Type, List<object>> Harvest()
    {
        var found = new Dictionary<Type, List<object>>();
        var queue = new Queue<object>(Roots());
        var visited = 0;
        while (queue.TryDequeue(out var value) && visited++ < 2_000_000)
        {
            var type = value.GetType();
            if (!found.TryGetValue(type, out var list))
            {
                found[type] = list = [];
            }

            if (list.Count < 3)
            {
                list.Add(value);
            }

            JsonTypeInfo info;
            try
            {
                info = Options.GetTypeInfo(type);
            }
            catch (NotSupportedException)
            {
                continue;
            }

            if (info.Kind == JsonTypeInfoKind.Object)
            {
                foreach (var p in info.Properties.Where(p => p.Get is not null))
                {
                    if (p.Get!(value) is { } child)
                    {
                        queue.Enqueue(child);
                    }
                }
            }
            else if (info.Kind == JsonTypeInfoKind.Enumerable && value is IEnumerable items and not string)
            {
                foreach (var item in items)
                {
                    if (item is not null)
                    {
                        queue.Enqueue(item);
                    }
                }
            }
        }

        return found;
    }

    [Fact]
    public void Every_harvested_value_of_a_registered_type_round_trips()
    {
        var registered = typeof(MscDomainJsonContext).GetCustomAttributesData()
            .Where(a => a.AttributeType == typeof(JsonSerializableAttribute))
            .Select(a => (Type)a.ConstructorArguments[0].Value!)
            .Distinct().ToList();
        var harvest = Harvest();
        var covered = new List<string>();
        var failures = new List<string>();
        foreach (var type in registered)
        {
            var samples = harvest.Where(kv => type.IsAssignableFrom(kv.Key)).SelectMany(kv => kv.Value).Take(5).ToList();
            if (samples.Count == 0)
            {
                continue;
            }

            covered.Add(type.Name);
            var info = Options.GetTypeInfo(type);
            foreach (var sample in samples)
            {
                try
                {
                    var json = JsonSerializer.Serialize(sample, info);
                    var back = JsonSerializer.Deserialize(json, info);
                    var again = JsonSerializer.Serialize(back, info);
                    if (again != json)
                    {
                        failures.Add($"{type.Name}: {json} != {again}");
                    }
                }
                catch (Exception e) when (e is JsonException or ArgumentException or NotSupportedException or InvalidOperationException)
                {
                    failures.Add($"{type.Name}: {e.GetType().Name}: {e.Message}");
                }
            }
        }

        output.WriteLine($"covered {covered.Count}/{registered.Count}: {string.Join(", ", covered)}");
        output.WriteLine($"not sampled: {string.Join(", ", registered.Select(t => t.Name).Except(covered))}");
        string.Join("\n", failures).Should().BeEmpty();
        covered.Should().Contain(["TrialDocument", "ParticipantTimeline", "CohortDocument", "AdverseEventDocument", "AdverseEvent"]);
        covered.Count.Should().BeGreaterThanOrEqualTo(registered.Count / 2, "the samples must exercise most of the contract");
    }
}
