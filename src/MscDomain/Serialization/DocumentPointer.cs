using System.Text.Json.Nodes;

namespace MscDomain.Serialization;

/// <summary>
/// Resolves provenance pointers: RFC 6901 JSON Pointers in which an array element may also be named by its stable id
/// (<c>/arms/msc-it/regimen/phases/treatment/components/bm-msc/dose</c>), matched against the element's <c>id</c>, then
/// <c>name</c>, then <c>productId</c> member. A segment of digits is an array index (schema version 1 form). A regimen
/// written in the single-component shorthand resolves <c>phases</c> as its one phase, so pointers read the same in both forms.
/// </summary>
internal static class DocumentPointer
{
    private static readonly string[] KeyMembers = ["id", "name", "productId"];

    /// <summary>Resolves <paramref name="pointer"/> in <paramref name="root"/>.</summary>
    /// <param name="root">The document tree.</param>
    /// <param name="pointer">The pointer, starting with '/'.</param>
    /// <param name="failedAt">The segment that did not resolve, or null on success.</param>
    /// <returns>The node (null for a JSON null), or null when it does not resolve (then <paramref name="failedAt"/> is set).</returns>
    internal static JsonNode? Resolve(JsonNode root, string pointer, out string? failedAt)
    {
        failedAt = null;
        var node = root;
        foreach (var segment in Segments(pointer))
        {
            JsonNode? next = null;
            if (node is JsonObject shorthand && segment == "phases" && ShorthandPhases(shorthand) is { } phases)
            {
                node = phases;
                continue;
            }

            var found = node switch
            {
                JsonObject o => o.TryGetPropertyValue(segment, out next),
                JsonArray a => TryElement(a, segment, out next),
                _ => false,
            };
            if (!found || next is null)
            {
                failedAt = segment;
                return null;
            }

            node = next;
        }

        return node;
    }

    /// <summary>A regimen written in the single-component shorthand (<c>schedule</c> + <c>component</c>, no <c>phases</c>) seen in
    /// its general form, so a pointer through <c>/phases/treatment/components/...</c> resolves whichever form was written.</summary>
    private static JsonArray? ShorthandPhases(JsonObject regimen) =>
        !regimen.ContainsKey("phases") && regimen["component"] is JsonObject component && regimen["schedule"] is JsonObject schedule
            ? new JsonArray(new JsonObject { ["name"] = MscDomain.Dosing.Regimen.ShorthandPhaseName, ["components"] = new JsonArray(component.DeepClone()), ["schedule"] = schedule.DeepClone() })
            : null;

    /// <summary>The stable key of an array element (its id, name or productId, when unique in the array), or null.</summary>
    /// <param name="array">The array.</param>
    /// <param name="index">The element index.</param>
    /// <returns>The key, or null when the element has none or it is not unique.</returns>
    internal static string? StableKey(JsonArray array, int index)
    {
        if (array[index] is not JsonObject element)
        {
            return null;
        }

        foreach (var member in KeyMembers)
        {
            if (element[member] is JsonValue v && v.TryGetValue<string>(out var key) && !key.All(char.IsAsciiDigit)
                && array.Count(e => e is JsonObject o && o[member] is JsonValue w && w.TryGetValue<string>(out var k) && k == key) == 1)
            {
                return key;
            }
        }

        return null;
    }

    /// <summary>Splits a pointer into unescaped segments.</summary>
    /// <param name="pointer">The pointer.</param>
    /// <returns>The segments.</returns>
    internal static IEnumerable<string> Segments(string pointer) =>
        pointer.Split('/').Skip(1).Select(s => s.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal));

    /// <summary>Escapes one segment.</summary>
    /// <param name="segment">The segment.</param>
    /// <returns>The escaped segment.</returns>
    internal static string Escape(string segment) => segment.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    private static bool TryElement(JsonArray array, string segment, out JsonNode? element)
    {
        element = null;
        if (segment.Length > 0 && segment.All(char.IsAsciiDigit))
        {
            if (int.TryParse(segment, out var i) && i < array.Count)
            {
                element = array[i];
                return true;
            }

            return false;
        }

        foreach (var member in KeyMembers)
        {
            var matches = array.Where(e => e is JsonObject o && o[member] is JsonValue v && v.TryGetValue<string>(out var k) && k == segment).ToList();
            if (matches.Count == 1)
            {
                element = matches[0];
                return true;
            }
        }

        return false;
    }
}
