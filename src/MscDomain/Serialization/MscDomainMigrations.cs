using System.Text.Json;
using System.Text.Json.Nodes;

namespace MscDomain.Serialization;

/// <summary>
/// The step-by-step upgrades of older document versions, applied to the JSON tree before typed reading (see
/// <see cref="MscDomainSchemaVersion"/> for the compatibility policy).
/// </summary>
internal static class MscDomainMigrations
{
    private static readonly HashSet<string> SeverityScale = new(StringComparer.Ordinal) { "mild", "moderate", "severe", "life-threatening", "fatal" };

    /// <summary>Upgrades <paramref name="document"/> (a <paramref name="documentType"/> at <paramref name="version"/>) to
    /// <see cref="MscDomainSchemaVersion.Current"/> in place.</summary>
    /// <param name="document">The document tree.</param>
    /// <param name="version">Its version (at least <see cref="MscDomainSchemaVersion.Oldest"/>).</param>
    /// <param name="documentType">The CLR name of the document type, e.g. "TrialDocument".</param>
    internal static void Upgrade(JsonObject document, int version, string documentType)
    {
        while (version < MscDomainSchemaVersion.Current)
        {
            if (version == 1 && documentType == "TrialDocument")
            {
                TrialV1ToV2(document);
            }

            version++;
        }

        document["schemaVersion"] = MscDomainSchemaVersion.Current;
    }

    /// <summary>
    /// Version 1 → 2 for trial documents: (1) an adverse event's free-text <c>severity</c> becomes the typed scale when it is
    /// one of its words ("mild", "moderate", "severe", "life-threatening", "fatal", any case) and <c>severityText</c>
    /// otherwise; (2) provenance pointers name array elements by their stable id (or name, or productId) instead of their
    /// position wherever the element has one. Every other version 1 member reads unchanged in version 2.
    /// </summary>
    /// <param name="doc">The trial document tree.</param>
    internal static void TrialV1ToV2(JsonObject doc)
    {
        if (doc["adverseEvents"] is JsonArray events)
        {
            foreach (var e in events.OfType<JsonObject>())
            {
                if (e["severity"] is JsonValue v && v.GetValueKind() == JsonValueKind.String)
                {
                    var text = v.GetValue<string>();
                    var word = text.Trim().ToLowerInvariant().Replace(' ', '-');
                    e.Remove("severity");
                    if (SeverityScale.Contains(word))
                    {
                        e["severity"] = word;
                    }
                    else if (!e.ContainsKey("severityText"))
                    {
                        e["severityText"] = text;
                    }
                }
            }
        }

        if (doc["provenance"] is JsonArray provenance)
        {
            foreach (var p in provenance.OfType<JsonObject>())
            {
                if (p["path"] is JsonValue pv && pv.TryGetValue<string>(out var path) && path.StartsWith('/'))
                {
                    p["path"] = StablePointer(doc, path);
                }
            }
        }
    }

    /// <summary>Rewrites array-index segments of <paramref name="pointer"/> to the elements' stable keys where they have one.</summary>
    /// <param name="root">The document.</param>
    /// <param name="pointer">A pointer that may use indices.</param>
    /// <returns>The pointer with stable keys, or the input when it does not resolve.</returns>
    internal static string StablePointer(JsonNode root, string pointer)
    {
        JsonNode? node = root;
        var result = new List<string>();
        foreach (var segment in DocumentPointer.Segments(pointer))
        {
            switch (node)
            {
                case JsonObject o when o.TryGetPropertyValue(segment, out var child):
                    result.Add(segment);
                    node = child;
                    break;
                case JsonArray a when int.TryParse(segment, out var i) && i >= 0 && i < a.Count:
                    result.Add(DocumentPointer.StableKey(a, i) ?? segment);
                    node = a[i];
                    break;
                default:
                    return pointer;
            }
        }

        return "/" + string.Join("/", result.Select(DocumentPointer.Escape));
    }
}
