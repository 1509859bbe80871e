using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization.Metadata;
using MscDomain.Dosing;
using MscDomain.Outcomes;
using MscDomain.Trials;
using NodaTime;
using MscDomain.Common;
using MscDomain.AdverseEvents;

namespace MscDomain.Serialization;

/// <summary>
/// Exports the JSON Schema (draft 2020-12) of the MscDomain document format from the source-generated contract
/// (<see cref="JsonSchemaExporter"/>), post-processed with <c>$schema</c>, <c>$id</c>, titles and the constraints the
/// exporter cannot see (EDSS steps, non-negative doses, ISO date formats, schema version range, strict enum names).
/// </summary>
/// <remarks>The checked-in copy lives at <c>schema/mscdomain.schema.json</c>; a golden test fails when it differs from
/// <see cref="Export"/> (regenerate with <c>UPDATE_GOLDEN=1 dotnet test --filter FullyQualifiedName~SchemaGolden</c>).
/// The root accepts any of the three top-level documents; each is also under <c>$defs</c>.</remarks>
public static class MscDomainJsonSchema
{
    /// <summary>The schema's <c>$id</c>.</summary>
    public const string Id = "https://github.com/mscdomain/mscdomain/schema/mscdomain.schema.json";

    /// <summary>The JSON Schema dialect.</summary>
    public const string Dialect = "https://json-schema.org/draft/2020-12/schema";

    /// <summary>Exports the schema as indented JSON text with a trailing newline.</summary>
    /// <returns>The schema.</returns>
    public static string Export() => ExportNode().ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";

    /// <summary>Exports the schema as a JSON tree.</summary>
    /// <returns>The schema root.</returns>
    public static JsonObject ExportNode()
    {
        var options = MscDomainJsonOptions.Compact;
        var exporterOptions = new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = Transform,
        };
        var defs = new JsonObject();
        var oneOf = new JsonArray();
        foreach (var (name, type, title) in new[]
        {
            ("TrialDocument", typeof(TrialDocument), "A published MSC trial in MS"),
            ("ParticipantTimeline", typeof(ParticipantTimeline), "One participant's timeline"),
            ("CohortDocument", typeof(CohortDocument), "The participant timelines of a cohort"),
            ("AdverseEventDocument", typeof(MscDomain.AdverseEvents.AdverseEventDocument), "Reported adverse events (input of classify-ae)"),
        })
        {
            var schema = JsonSchemaExporter.GetJsonSchemaAsNode(options, type, exporterOptions);
            RewriteRefs(schema, $"#/$defs/{name}");
            var obj = schema.AsObject();
            obj.Insert(0, "title", title);
            defs[name] = schema;
            oneOf.Add((JsonNode)new JsonObject { ["$ref"] = $"#/$defs/{name}" });
        }

        return new JsonObject
        {
            ["$schema"] = Dialect,
            ["$id"] = Id,
            ["title"] = $"MscDomain documents, schemaVersion {MscDomainSchemaVersion.Current}",
            ["description"] = "Trial documents, participant timelines, cohorts and adverse-event documents of the MscDomain library (MSC therapy research in multiple sclerosis).",
            ["oneOf"] = oneOf,
            ["$defs"] = defs,
        };
    }

    private static JsonNode Transform(JsonSchemaExporterContext context, JsonNode schema)
    {
        // The exporter does not call this hook for values with custom converters inside Nullable<T> or collections,
        // so such members are fixed up from their owning object's metadata.
        if (Special(context.TypeInfo.Type) is { } replacement)
        {
            schema = replacement;
        }

        if (context.TypeInfo.Kind == JsonTypeInfoKind.Object && schema is JsonObject owner && owner["properties"] is JsonObject properties)
        {
            foreach (var property in context.TypeInfo.Properties)
            {
                if (Special(property.PropertyType) is { } fixedSchema && properties.ContainsKey(property.Name))
                {
                    properties[property.Name] = fixedSchema;
                }
            }
        }

        // Version 2: collections and nullable members are optional (MscDomainJsonOptions); the exporter still lists
        // constructor parameters as required, so the list is filtered by the contract's own IsRequired.
        if (context.TypeInfo.Kind == JsonTypeInfoKind.Object && schema is JsonObject withRequired && withRequired["required"] is JsonArray required)
        {
            var optional = context.TypeInfo.Properties.Where(p => !p.IsRequired).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
            foreach (var name in required.Select(n => n!.GetValue<string>()).Where(optional.Contains).ToList())
            {
                required.Remove(required.First(n => n!.GetValue<string>() == name));
            }
        }

        if (context.PropertyInfo is { } info && schema is JsonObject obj)
        {
            ApplyPropertyConstraints(info, obj);
        }

        return schema;
    }

    private static JsonObject? Special(Type type)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Special(underlying) is { } inner ? new JsonObject { ["anyOf"] = new JsonArray(inner, new JsonObject { ["type"] = "null" }) } : null;
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(System.Collections.Immutable.ImmutableArray<>))
        {
            return Special(type.GetGenericArguments()[0]) is { } item ? new JsonObject { ["type"] = "array", ["items"] = item } : null;
        }

        if (type == typeof(EdssScore))
        {
            var values = new JsonArray();
            values.Add((JsonNode)JsonValue.Create(0m));
            for (var v = 1.0m; v <= 10m; v += 0.5m)
            {
                values.Add((JsonNode)JsonValue.Create(v));
            }

            return new JsonObject { ["type"] = "number", ["enum"] = values, ["description"] = "EDSS: 0 or 1.0 to 10 in steps of 0.5 (Kurtzke 1983)." };
        }

        if (type == typeof(LocalDate))
        {
            return new JsonObject { ["type"] = "string", ["format"] = "date", ["pattern"] = "^\\d{4}-\\d{2}-\\d{2}$" };
        }

        if (type == typeof(LocalTime))
        {
            return new JsonObject { ["type"] = "string", ["pattern"] = "^\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?$" };
        }

        if (type == typeof(LocalDateTime))
        {
            return new JsonObject { ["type"] = "string", ["pattern"] = "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?$" };
        }

        if (type == typeof(Instant))
        {
            return new JsonObject { ["type"] = "string", ["format"] = "date-time" };
        }

        if (type == typeof(PartialDate))
        {
            return new JsonObject
            {
                ["type"] = "string",
                ["pattern"] = "^\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$",
                ["description"] = "Partial date: yyyy, yyyy-MM or yyyy-MM-dd.",
            };
        }

        if (type.IsEnum && ModelEnumConverters.ByType.TryGetValue(type, out var converter) && converter is IWireNameEnumConverter wire)
        {
            if (wire.IsFlags)
            {
                var alternatives = string.Join("|", wire.Names);
                return new JsonObject { ["type"] = "string", ["pattern"] = $"^({alternatives})(, ({alternatives}))*$" };
            }

            return new JsonObject { ["type"] = "string", ["enum"] = new JsonArray([.. wire.Names.Select(n => (JsonNode)n)]) };
        }

        return null;
    }

    private static void ApplyPropertyConstraints(JsonPropertyInfo property, JsonObject schema)
    {
        var owner = property.DeclaringType;
        var name = property.Name;
        if (owner == typeof(WeightKg))
        {
            schema["exclusiveMinimum"] = 0;
            schema["maximum"] = 500;
        }
        else if (owner == typeof(CellCount) || owner == typeof(CellsPerKg) || owner == typeof(CellConcentration) || owner == typeof(VolumeMl))
        {
            schema["minimum"] = 0;
        }
        else if (owner == typeof(Percentage))
        {
            schema["minimum"] = 0;
            schema["maximum"] = 100;
        }
        else if (owner == typeof(CalendarInterval) && name == "amount")
        {
            schema["minimum"] = 0;
        }
        else if (name == "schemaVersion")
        {
            schema["minimum"] = MscDomainSchemaVersion.Oldest;
            schema["maximum"] = MscDomainSchemaVersion.Current;
        }
        else if (name == "pValue")
        {
            schema["minimum"] = 0;
            schema["maximum"] = 1;
        }
    }

    private static void RewriteRefs(JsonNode? node, string root)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["$ref"] is JsonValue v && v.TryGetValue<string>(out var r) && r.StartsWith('#'))
                {
                    obj["$ref"] = root + r[1..];
                }

                foreach (var (_, child) in obj.ToList())
                {
                    RewriteRefs(child, root);
                }

                break;
            case JsonArray arr:
                foreach (var child in arr)
                {
                    RewriteRefs(child, root);
                }

                break;
        }
    }
}
