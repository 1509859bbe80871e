using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using MscDomain.Samples;
using MscDomain.Serialization;
using MscDomain.Trials;

namespace MscDomain.Benchmarks;

/// <summary>
/// A quick per-layer harness for JSON deserialisation: run <c>dotnet run -c Release --project benchmarks/MscDomain.Benchmarks -- json-probe</c>.
/// Each variant reads the same demonstration cohort; it prints the median time and allocated bytes per read, so the cost of
/// each strictness setting and of the facade wrapper can be told apart. BenchmarkDotNet (<see cref="SerializationBenchmarks"/>)
/// remains the measurement of record.
/// </summary>
internal static class JsonProbe
{
    internal static void Run(int iterations)
    {
        var b = new SerializationBenchmarks();
        b.Setup();
        var json = MscDomainJson.Serialize(DemonstrationCohort.Load());
        var utf8 = Encoding.UTF8.GetBytes(json);
        var dtoJson = JsonSerializer.Serialize(SerializationBenchmarks.CohortDto.From(DemonstrationCohort.Load()), SerializationBenchmarks.DtoContext.Default.CohortDto);
        var dtoUtf8 = Encoding.UTF8.GetBytes(dtoJson);
        Console.WriteLine($"facade JSON {utf8.Length:N0} bytes, DTO JSON {dtoUtf8.Length:N0} bytes");

        JsonSerializerOptions With(Action<JsonSerializerOptions> change)
        {
            var o = new JsonSerializerOptions(MscDomainJsonOptions.Compact);
            change(o);
            return o;
        }

        var strictAll = MscDomainJsonOptions.Compact;
        var noOutOfOrder = With(o => o.AllowOutOfOrderMetadataProperties = false);
        var noDup = With(o => { o.AllowOutOfOrderMetadataProperties = false; o.AllowDuplicateProperties = true; });
        var noRequired = With(o => { o.AllowOutOfOrderMetadataProperties = false; o.AllowDuplicateProperties = true; o.RespectRequiredConstructorParameters = false; o.RespectNullableAnnotations = false; });
        var noUnmapped = With(o => { o.AllowOutOfOrderMetadataProperties = false; o.AllowDuplicateProperties = true; o.RespectRequiredConstructorParameters = false; o.RespectNullableAnnotations = false; o.UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Skip; });

        var cases = new (string Name, Func<object> Read)[]
        {
            ("reader pass only (facade JSON)", () => { var r = new Utf8JsonReader(utf8); while (r.Read()) { } return r.BytesConsumed; }),
            ("DTOs, string (baseline)", () => JsonSerializer.Deserialize(dtoJson, SerializationBenchmarks.DtoContext.Default.CohortDto)!),
            ("DTOs, utf8", () => JsonSerializer.Deserialize(dtoUtf8, SerializationBenchmarks.DtoContext.Default.CohortDto)!),
            ("facade, string", () => MscDomainJson.DeserializeCohort(json)),
            ("reading options (fast readers), utf8", () => Read(utf8, MscDomainJsonOptions.Reading)),
            ("contract, utf8, all strict", () => Read(utf8, strictAll)),
            ("  - out-of-order metadata", () => Read(utf8, noOutOfOrder)),
            ("  - duplicate check", () => Read(utf8, noDup)),
            ("  - required/nullable", () => Read(utf8, noRequired)),
            ("  - unmapped disallow", () => Read(utf8, noUnmapped)),
        };

        foreach (var (name, read) in cases)
        {
            for (var i = 0; i < 3; i++)
            {
                read();
            }

            var times = new double[iterations];
            long bytes = 0;
            for (var i = 0; i < iterations; i++)
            {
                var before = GC.GetAllocatedBytesForCurrentThread();
                var sw = Stopwatch.StartNew();
                read();
                times[i] = sw.Elapsed.TotalMilliseconds;
                bytes = GC.GetAllocatedBytesForCurrentThread() - before;
            }

            Array.Sort(times);
            Console.WriteLine($"{name,-36} {times[iterations / 2],8:F2} ms {bytes / 1048576.0,8:F2} MB");
        }
    }

    private static CohortDocument Read(byte[] utf8, JsonSerializerOptions options) =>
        JsonSerializer.Deserialize(utf8, (JsonTypeInfo<CohortDocument>)options.GetTypeInfo(typeof(CohortDocument)))!;
}
