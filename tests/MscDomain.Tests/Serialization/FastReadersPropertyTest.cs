using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using FsCheck;
using FsCheck.Fluent;
using MscDomain.Dosing;
using MscDomain.Outcomes;
using MscDomain.Serialization;

namespace MscDomain.Tests.Serialization;

/// <summary>
/// Randomised objects (members present, missing, repeated, escaped or unknown, in any order, each with a value drawn from
/// plain, edge and wrong-type tokens) read by each fast reader and by the contract it replaces: the fast reader never accepts
/// what the contract rejects, and where both accept they give the same value.
/// </summary>
public sealed class FastReadersPropertyTest
{
    private static readonly string[] Texts = ["\"ALT\"", "\" \"", "\"\"", "null", "5", "true", "{}", "[]", "\"\\u0041LT\""];

    private static readonly string[] Numbers = ["21", "-3.5", "0", "3.5", "1", "7", "1e400", "\"21\"", "null", "1.0e2", "79228162514264337593543950336", "[]", "2.25"];

    private static readonly string[] Dates = ["\"2022-03-01\"", "\"2022-02-30\"", "\"2022-3-1\"", "\"2024-02-29\"", "null", "20220301", "\"0001-01-01\"", "\"2022\\u002d03-01\"", "\"1900-01-01\""];

    private static readonly string[] Systems = ["\"pyramidal\"", "\"other\"", "\"cerebral\"", "\"Pyramidal\"", "null", "3", "\"p\\u0079ramidal\"", "\"visual\""];

    private static readonly string[] Grades = ["0", "1", "3", "6", "7", "-1", "3.0", "\"3\"", "null", "99999999999"];

    private static readonly (string Name, string[] Values)[] LabMembers =
    [
        ("analyteCode", Texts), ("value", Numbers), ("unit", Texts), ("date", Dates),
        ("lowerLimitOfNormal", Numbers), ("upperLimitOfNormal", Numbers), ("specimen", Texts),
    ];

    private static readonly (string Name, string[] Values)[] FsMembers = [("system", Systems), ("grade", Grades)];

    private static readonly (string Name, string[] Values)[] EdssMembers =
    [
        ("date", Dates), ("score", Numbers), ("ambulationScore", Grades),
        ("functionalSystems", ["[]", """[{"system":"pyramidal","grade":3}]""", """[{"system":"pyramidal","grade":3},{"system":"pyramidal","grade":1}]""", "null", "{}", "[null]"]),
    ];

    private static readonly (string Name, string[] Values)[] WeightMembers = [("kilograms", Numbers)];

    [Fact]
    public void Lab_reader_never_accepts_what_the_contract_rejects() =>
        Check<LabMeasurement>(seed => RandomObject(new Random(seed), LabMembers, prefix: null));

    [Fact]
    public void Functional_system_reader_never_accepts_what_the_contract_rejects() =>
        Check<FunctionalSystemScore>(seed => RandomObject(new Random(seed), FsMembers, prefix: null));

    [Fact]
    public void Observation_reader_never_accepts_what_the_contract_rejects() =>
        Check<ImmutableArray<Observation>>(seed =>
        {
            var random = new Random(seed);
            var prefix = random.Next(5) switch { 0 => null, 1 => "\"kind\":\"measure\"", _ => "\"kind\":\"edss\"" };
            return $"[{RandomObject(random, EdssMembers, prefix)}]";
        });

    [Fact]
    public void Unit_value_reader_never_accepts_what_the_contract_rejects() =>
        Check<WeightKg>(seed => RandomObject(new Random(seed), WeightMembers, prefix: null));

    private static void Check<T>(Func<int, string> json) =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), seed =>
        {
            // Each case checks a batch, so that a quick check covers a few thousand objects.
            for (var i = 0; i < 30; i++)
            {
                var text = json(unchecked((seed * 31) + i));
                var contract = Outcome<T>(text, MscDomainJsonOptions.Compact);
                var fast = Outcome<T>(text, MscDomainJsonOptions.Reading);
                var agrees = contract.Error is null
                    ? fast.Error is FastReadMiss || (fast.Error is null && MscDomainJson.Serialize(fast.Value) == MscDomainJson.Serialize(contract.Value))
                    : fast.Error is not null;
                if (!agrees)
                {
                    throw new InvalidOperationException($"Fast reader disagrees with the contract on {text}: contract {contract.Error?.Message ?? "accepts"}, fast {fast.Error?.Message ?? "accepts"}.");
                }
            }

            return true;
        }).QuickCheckThrowOnFailure();

    private static string RandomObject(Random random, (string Name, string[] Values)[] spec, string? prefix)
    {
        var members = new List<string>();
        foreach (var (name, values) in spec)
        {
            var roll = random.Next(20);
            var copies = roll < 14 ? 1 : roll < 17 ? 0 : 2;
            for (var c = 0; c < copies; c++)
            {
                var wireName = random.Next(25) == 0 ? EscapeFirst(name) : name;
                members.Add($"\"{wireName}\":{values[random.Next(values.Length)]}");
            }
        }

        if (random.Next(10) == 0)
        {
            members.Add(random.Next(2) == 0 ? "\"colour\":\"red\"" : "\"measure\":\"x\"");
        }

        // Shuffle (Fisher-Yates), then put the discriminator first when there is one, or anywhere now and then.
        for (var i = members.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (members[i], members[j]) = (members[j], members[i]);
        }

        if (prefix is not null)
        {
            members.Insert(random.Next(4) == 0 ? random.Next(members.Count + 1) : 0, prefix);
        }

        return "{" + string.Join(",", members) + "}";
    }

    private static string EscapeFirst(string name) => $"\\u{(int)name[0]:x4}{name[1..]}";

    private static (T? Value, Exception? Error) Outcome<T>(string json, JsonSerializerOptions options)
    {
        try
        {
            return (JsonSerializer.Deserialize(Encoding.UTF8.GetBytes(json), (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T))), null);
        }
        catch (Exception ex)
        {
            return (default, ex);
        }
    }
}
