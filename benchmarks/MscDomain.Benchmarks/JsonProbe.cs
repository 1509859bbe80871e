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

        // Rounds interleave the variants so that load from other processes spreads evenly over them; CPU time (process,
        // GC threads included) is steadier than wall time on a shared machine.
        foreach (var (_, read) in cases)
        {
            for (var i = 0; i < 3; i++)
            {
                read();
            }
        }

        var wall = new double[cases.Length][];
        var cpu = new double[cases.Length][];
        var bytes = new long[cases.Length];
        for (var c = 0; c < cases.Length; c++)
        {
            wall[c] = new double[iterations];
            cpu[c] = new double[iterations];
        }

        var process = Process.GetCurrentProcess();
        for (var i = 0; i < iterations; i++)
        {
            for (var c = 0; c < cases.Length; c++)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
                process.Refresh();
                var cpuBefore = process.TotalProcessorTime;
                var before = GC.GetAllocatedBytesForCurrentThread();
                var sw = Stopwatch.StartNew();
                cases[c].Read();
                wall[c][i] = sw.Elapsed.TotalMilliseconds;
                bytes[c] = GC.GetAllocatedBytesForCurrentThread() - before;
                process.Refresh();
                cpu[c][i] = (process.TotalProcessorTime - cpuBefore).TotalMilliseconds;
            }
        }

        Console.WriteLine($"{"variant",-40} {"wall ms",8} {"cpu ms",8} {"alloc MB",9}");
        for (var c = 0; c < cases.Length; c++)
        {
            Array.Sort(wall[c]);
            Array.Sort(cpu[c]);
            Console.WriteLine($"{cases[c].Name,-40} {wall[c][iterations / 2],8:F2} {cpu[c][iterations / 2],8:F2} {bytes[c] / 1048576.0,9:F2}");
        }
    }

    private static CohortDocument Read(byte[] utf8, JsonSerializerOptions options) =>
        JsonSerializer.Deserialize(utf8, (JsonTypeInfo<CohortDocument>)options.GetTypeInfo(typeof(CohortDocument)))!;
}
