using System.Text.Json;
using System.Text.Json.Nodes;
using MscDomain.Serialization;

namespace MscDomain.Tests.Serialization.Hostile;

/// <summary>Issue 8 point 3: strict JSON at every depth, and the facade's contract that a bad document raises
/// <see cref="JsonException"/> and nothing else.</summary>
public sealed class StrictJsonHostileTest
{
    public static TheoryData<string> SampleNames()
    {
        var data = new TheoryData<string>();
        foreach (var s in HostileJsonSamples.All)
        {
            data.Add(s.Name);
        }

        return data;
    }

    private static (string Name, string Type, string Json) Sample(string name) => HostileJsonSamples.All.Single(s => s.Name == name);

    private static JsonException Rejects(string type, string json)
    {
        var act = () => HostileJsonSamples.Read(type, json);
        return act.Should().Throw<JsonException>().Which;
    }

    [Theory]
    [MemberData(nameof(SampleNames))]
    public void Every_bundled_sample_survives_sorted_keys(string name)
    {
        var (_, type, json) = Sample(name);
        var sorted = HostileJsonSamples.SortKeys(json);
        sorted.IndexOf("\"kind\"", StringComparison.Ordinal).Should().BeGreaterThan(-1).And.Match(_ => true);
        var original = HostileJsonSamples.Read(type, json);
        var reread = HostileJsonSamples.Read(type, sorted);
        Serialize(type, reread).Should().Be(Serialize(type, original));
    }

    private static string Serialize(string type, object value) => value switch
    {
        MscDomain.Trials.TrialDocument t => MscDomainJson.Serialize(t),
        MscDomain.Trials.CohortDocument c => MscDomainJson.Serialize(c),
        MscDomain.Trials.ParticipantTimeline p => MscDomainJson.Serialize(p),
        _ => throw new ArgumentException(type),
    };

    [Fact]
    public void A_kind_that_is_not_the_first_member_is_read()
    {
        // The discriminator after the payload: what json.dump(sort_keys=True) writes for {"kind": "per-kg", "cellsPerKg": ...}.
        var node = JsonNode.Parse(Sample("petrou-2020.json").Json)!;
        var stat = FirstWithKind(node)!;
        var kind = stat["kind"]!.GetValue<string>();
        stat.Remove("kind");
        stat["kind"] = kind;
        var act = () => MscDomainJson.DeserializeTrial(node.ToJsonString());
        act.Should().NotThrow();
    }

    [Fact]
    public void A_duplicated_top_level_member_is_rejected_naming_it()
    {
        var json = Sample("petrou-2020.json").Json;
        var dup = "{\"title\": \"Another title\"," + json.TrimStart()[1..];
        var e = Rejects("trial", dup);
        e.Message.Should().Contain("title");
    }

    [Fact]
    public void A_duplicated_nested_member_is_rejected_with_its_path()
    {
        var node = JsonNode.Parse(Sample("petrou-2020.json").Json)!;
        var arm = node["arms"]![0]!.AsObject();
        var first = arm.First();
        var text = node.ToJsonString();
        var armText = arm.ToJsonString();
        var duplicated = armText.Insert(1, $"\"{first.Key}\": {first.Value!.ToJsonString()},");
        var e = Rejects("trial", text.Replace(armText, duplicated, StringComparison.Ordinal));
        e.Message.Should().Contain(first.Key);
        e.Path.Should().StartWith("$.arms[0]");
    }

    [Fact]
    public void A_duplicated_discriminator_is_rejected()
    {
        var node = JsonNode.Parse(Sample("petrou-2020.json").Json)!;
        var stat = FirstWithKind(node)!;
        var text = node.ToJsonString();
        var statText = stat.ToJsonString();
        var e = Rejects("trial", text.Replace(statText, statText.Insert(1, "\"kind\": \"not-reported\","), StringComparison.Ordinal));
        e.Message.Should().Contain("kind");
    }

    [Fact]
    public void An_unknown_kind_names_the_path_and_the_allowed_kinds()
    {
        var node = JsonNode.Parse(Sample("petrou-2020.json").Json)!;
        var stat = FirstWithKind(node)!;
        var path = stat.GetPath();
        stat["kind"] = "bogus";
        var e = Rejects("trial", node.ToJsonString());
        e.Path.Should().Be(path + ".kind");
        e.Message.Should().Contain("'bogus'").And.Contain("not-reported").And.Contain(path);
    }

    [Fact]
    public void A_missing_kind_names_the_path_and_the_allowed_kinds()
    {
        var node = JsonNode.Parse(Sample("petrou-2020.json").Json)!;
        var stat = FirstWithKind(node)!;
        var path = stat.GetPath();
        stat.Remove("kind");
        var e = Rejects("trial", node.ToJsonString());
        e.Path.Should().Be(path);
        e.Message.Should().Contain("kind").And.Contain("not-reported").And.Contain(path);
    }

    [Fact]
    public void A_kind_that_is_not_a_string_is_rejected_with_the_path()
    {
        var node = JsonNode.Parse(Sample("petrou-2020.json").Json)!;
        var stat = FirstWithKind(node)!;
        var path = stat.GetPath();
        stat["kind"] = 7;
        var e = Rejects("trial", node.ToJsonString());
        e.Message.Should().Contain(path);
    }

    [Theory]
    [InlineData("1e400")]
    [InlineData("-1e400")]
    [InlineData("1e-400")]
    [InlineData("79228162514264337593543950336")]
    [InlineData("123456789012345678901234567890.5")]
    public void A_number_out_of_range_is_a_JsonException_with_the_path(string number)
    {
        var node = JsonNode.Parse(Sample("demonstration participant 0").Json)!.AsObject();
        var path = FirstNumber(node, skip: "schemaVersion")!;
        var text = ReplaceNumberAt(node, path, number);
        var act = () => MscDomainJson.DeserializeTimeline(text);
        if (number == "1e-400")
        {
            // 1e-400 is a valid decimal literal that rounds to 0; it may be accepted or rejected, but never crash.
            try
            {
                act();
            }
            catch (JsonException)
            {
            }

            return;
        }

        var e = act.Should().Throw<JsonException>().Which;
        e.Message.Should().Contain(path);
    }

    [Fact]
    public void The_schema_version_out_of_range_is_a_JsonException() =>
        Rejects("trial", "{\"schemaVersion\": 1e400}").Message.Should().Contain("schemaVersion");

    [Theory]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("\"text\"")]
    [InlineData("42")]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("{\"schemaVersion\": 1}")]
    [InlineData("{\"schemaVersion\": 1, \"schemaVersion\": 1}")]
    public void Degenerate_documents_are_JsonExceptions(string json)
    {
        foreach (var type in new[] { "trial", "cohort", "timeline", "adverse-events" })
        {
            Rejects(type, json);
        }
    }

    [Fact]
    public void A_wrong_type_message_names_the_member()
    {
        var node = JsonNode.Parse(Sample("petrou-2020.json").Json)!;
        node["arms"]![0]!["id"] = 12;
        var e = Rejects("trial", node.ToJsonString());
        e.Message.Should().Contain("member 'id' at $.arms[0]").And.NotContain("MscDomain.Trials.Arm");
        e.Path.Should().Be("$.arms[0].id");
    }

    [Fact]
    public void An_unknown_member_message_names_the_member_and_where_it_is_not_the_type()
    {
        var node = JsonNode.Parse(Sample("petrou-2020.json").Json)!;
        node["arms"]![0]!["colour"] = "red";
        var e = Rejects("trial", node.ToJsonString());
        e.Message.Should().StartWith("Unknown member 'colour' at $.arms[0]").And.NotContain(".NET");
    }

    internal static JsonObject? FirstWithKind(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o when o.ContainsKey("kind") && o.Count > 1 && o["kind"] is JsonValue k && k.GetValueKind() == JsonValueKind.String && k.GetValue<string>() is "mean-sd" or "proportion":
                return o;
            case JsonObject o:
                foreach (var (_, v) in o)
                {
                    if (FirstWithKind(v) is { } f)
                    {
                        return f;
                    }
                }

                return null;
            case JsonArray a:
                foreach (var v in a)
                {
                    if (FirstWithKind(v) is { } f)
                    {
                        return f;
                    }
                }

                return null;
            default:
                return null;
        }
    }

    /// <summary>The JSON path of the first non-integer-like number member (a decimal value) outside <paramref name="skip"/>.</summary>
    internal static string? FirstNumber(JsonNode? node, string skip)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (k, v) in o)
                {
                    if (k == skip)
                    {
                        continue;
                    }

                    if (v is JsonValue jv && jv.GetValueKind() == JsonValueKind.Number)
                    {
                        return v.GetPath();
                    }

                    if (FirstNumber(v, skip) is { } f)
                    {
                        return f;
                    }
                }

                return null;
            case JsonArray a:
                foreach (var v in a)
                {
                    if (FirstNumber(v, skip) is { } f)
                    {
                        return f;
                    }
                }

                return null;
            default:
                return null;
        }
    }

    private static string ReplaceNumberAt(JsonObject root, string path, string literal)
    {
        const string Marker = "\"@@NUMBER@@\"";
        var clone = root.DeepClone();
        Set(clone, path, JsonValue.Create("@@NUMBER@@"));
        return clone.ToJsonString().Replace(Marker, literal, StringComparison.Ordinal);
    }

    private static void Set(JsonNode root, string path, JsonNode value)
    {
        // Walks "$.a.b[0].c".
        var tokens = System.Text.RegularExpressions.Regex.Matches(path, @"\.([A-Za-z0-9_]+)|\[(\d+)\]");
        JsonNode current = root;
        for (var i = 0; i < tokens.Count - 1; i++)
        {
            current = tokens[i].Groups[1].Success ? current[tokens[i].Groups[1].Value]! : current[int.Parse(tokens[i].Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture)]!;
        }

        var last = tokens[^1];
        if (last.Groups[1].Success)
        {
            current[last.Groups[1].Value] = value;
        }
        else
        {
            current[int.Parse(last.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture)] = value;
        }
    }
}
