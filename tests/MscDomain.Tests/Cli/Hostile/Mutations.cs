using System.Text;
using System.Text.Json.Nodes;

namespace MscDomain.Tests.Cli.Hostile;

/// <summary>Deterministic mutations of valid files, chosen by a seed (FsCheck drives the seeds and shrinks them).</summary>
internal static class Mutations
{
    /// <summary>Cell values at the edges: extremes, calendar ends, missing tokens, wrong types, hostile text.</summary>
    public static readonly string[] HostileCells =
    [
        "", " ", "NA", "null", "-1", "-0", "0", "1e400", "-1e400", "1e-400", "79228162514264337593543950336", "NaN", "Infinity",
        "9999-12-31", "0001-01-01", "10000-01-01", "2024-02-30", "-2147483648", "2147483647", "99999999999999999999", "TRUE",
        "\"quoted, comma\"", "x\u0000y", "\uFFFD", "é", new string('9', 400), "3X", "0.5", "10.5", "5.0", "6.0",
    ];

    /// <summary>The CSV text mutated by the mutation <paramref name="kind"/> with randomness from <paramref name="seed"/>.</summary>
    public static byte[] Csv(string text, int kind, int seed)
    {
        var r = new Random(seed);
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n').Split('\n').ToList();
        string Pick(IReadOnlyList<string> xs) => xs[r.Next(xs.Count)];
        int Line() => lines.Count <= 1 ? 0 : 1 + r.Next(lines.Count - 1);
        string Join() => string.Join("\n", lines) + "\n";
        switch (kind % 14)
        {
            case 0: // a hostile value in a random cell
                {
                    var i = Line();
                    var cells = lines[i].Split(',');
                    cells[r.Next(cells.Length)] = Pick(HostileCells);
                    lines[i] = string.Join(',', cells);
                    return Encoding.UTF8.GetBytes(Join());
                }

            case 1: // a duplicated column name
                {
                    var cells = lines[0].Split(',');
                    cells[r.Next(cells.Length)] = cells[r.Next(cells.Length)];
                    lines[0] = string.Join(',', cells);
                    return Encoding.UTF8.GetBytes(Join());
                }

            case 2: // a short row
                {
                    var i = Line();
                    var cells = lines[i].Split(',');
                    lines[i] = string.Join(',', cells.Take(Math.Max(1, cells.Length - 1 - r.Next(cells.Length))));
                    return Encoding.UTF8.GetBytes(Join());
                }

            case 3: // a long row
                lines[Line()] += "," + Pick(HostileCells);
                return Encoding.UTF8.GetBytes(Join());
            case 4: // a row dropped, or duplicated
                {
                    var i = Line();
                    if (r.Next(2) == 0 && lines.Count > 1)
                    {
                        lines.RemoveAt(i);
                    }
                    else
                    {
                        lines.Insert(i, lines[i]);
                    }

                    return Encoding.UTF8.GetBytes(Join());
                }

            case 5: // columns reordered (header and every row alike)
                {
                    var width = lines[0].Split(',').Length;
                    var order = Enumerable.Range(0, width).OrderBy(_ => r.Next()).ToArray();
                    lines = lines.Select(l => l.Split(',')).Select(c => c.Length == width ? string.Join(',', order.Select(o => c[o])) : string.Join(',', c)).ToList();
                    return Encoding.UTF8.GetBytes(Join());
                }

            case 6: // a column dropped from the header only
                {
                    var cells = lines[0].Split(',').ToList();
                    cells.RemoveAt(r.Next(cells.Count));
                    lines[0] = string.Join(',', cells);
                    return Encoding.UTF8.GetBytes(Join());
                }

            case 7: // invalid UTF-8 bytes in a cell
                {
                    var bytes = Encoding.UTF8.GetBytes(Join()).ToList();
                    var at = Math.Min(bytes.Count - 1, lines[0].Length + 1 + r.Next(Math.Max(1, bytes.Count - lines[0].Length - 1)));
                    bytes.InsertRange(at, r.Next(2) == 0 ? [0xFF] : [0xC3, 0x28]);
                    return [.. bytes];
                }

            case 8: // NUL byte
                {
                    var bytes = Encoding.UTF8.GetBytes(Join()).ToList();
                    bytes.Insert(r.Next(bytes.Count), 0);
                    return [.. bytes];
                }

            case 9: // UTF-16 with BOM
                return [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Join())];
            case 10: // UTF-8 BOM and CRLF (valid: must keep working)
                return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Join().Replace("\n", "\r\n", StringComparison.Ordinal))];
            case 11: // truncated anywhere
                {
                    var bytes = Encoding.UTF8.GetBytes(Join());
                    return bytes[..r.Next(bytes.Length)];
                }

            case 12: // header only / empty file
                return r.Next(2) == 0 ? Encoding.UTF8.GetBytes(lines[0] + "\n") : [];
            default: // a quote left open
                lines[Line()] += ",\"open";
                return Encoding.UTF8.GetBytes(Join());
        }
    }

    /// <summary>The JSON text mutated by the mutation <paramref name="kind"/> with randomness from <paramref name="seed"/>.</summary>
    public static string Json(string text, int kind, int seed)
    {
        var r = new Random(seed);
        var root = JsonNode.Parse(text)!;
        var objects = new List<JsonObject>();
        Collect(root, objects);
        var target = objects[r.Next(objects.Count)];
        var keys = target.Select(p => p.Key).ToList();
        var key = keys.Count == 0 ? "x" : keys[r.Next(keys.Count)];
        const string Marker = "\"@@HOSTILE@@\"";
        switch (kind % 9)
        {
            case 0: // members reordered at every depth (what json.dump(sort_keys=True) does): must stay valid
                return Tests.Serialization.Hostile.HostileJsonSamples.SortKeys(text);
            case 1: // a member duplicated with another value
                {
                    var original = target[key]?.ToJsonString() ?? "null";
                    return MarkerAt(target, key, root).Replace(Marker, $"{original}, \"{key}\": {Pick(r)}", StringComparison.Ordinal);
                }

            case 2: // a member retyped
                target[key] = r.Next(3) switch { 0 => JsonValue.Create("text"), 1 => new JsonArray(), _ => JsonValue.Create(1) };
                return root.ToJsonString();
            case 3: // a member dropped
                target.Remove(key);
                return root.ToJsonString();
            case 4: // a number at the extremes
            case 5: // a date at the calendar's ends
                return MarkerAt(target, key, root).Replace(Marker, kind % 9 == 4 ? Pick(r) : "\"" + (r.Next(3) switch { 0 => "9999-12-31", 1 => "0001-01-01", _ => "-0001-01-01" }) + "\"", StringComparison.Ordinal);
            case 6: // an unknown member
                target["colour"] = "red";
                return root.ToJsonString();
            case 7: // the discriminator changed or removed
                if (target.ContainsKey("kind"))
                {
                    if (r.Next(2) == 0)
                    {
                        target.Remove("kind");
                    }
                    else
                    {
                        target["kind"] = "bogus";
                    }
                }

                return root.ToJsonString();
            default: // truncated
                return text[..r.Next(text.Length)];
        }
    }

    private static string Pick(Random r) => new[] { "1e400", "-1e400", "79228162514264337593543950336", "-1", "0", "2147483648", "1.5e-400", "null", "true" }[r.Next(9)];

    private static string MarkerAt(JsonObject target, string key, JsonNode root)
    {
        target[key] = "@@HOSTILE@@";
        return root.ToJsonString();
    }

    private static void Collect(JsonNode? node, List<JsonObject> into)
    {
        switch (node)
        {
            case JsonObject o:
                into.Add(o);
                foreach (var (_, v) in o)
                {
                    Collect(v, into);
                }

                break;
            case JsonArray a:
                foreach (var v in a)
                {
                    Collect(v, into);
                }

                break;
        }
    }
}
