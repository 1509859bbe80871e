using System.Text.Json;
using System.Text.Json.Serialization;

namespace MscDomain.Safety;

/// <summary>A JSON document holding a list of adverse events, with the MscDomain schema version it was written for.</summary>
/// <remarks>
/// Wire form: <c>{"schemaVersion": "1.0", "events": [ ... ]}</c> with camelCase property names, ISO 8601 dates
/// (<c>"2025-03-14"</c>) and date-times (<c>"2025-03-14T10:30:00"</c>); unknown properties are rejected.
/// </remarks>
public sealed record AdverseEventDocument
{
    /// <summary>The schema version this library writes.</summary>
    public const string CurrentSchemaVersion = "1.0";

    /// <summary>Creates a document.</summary>
    /// <param name="schemaVersion">The schema version (e.g. <c>"1.0"</c>); non-blank.</param>
    /// <param name="events">The adverse events.</param>
    /// <exception cref="ArgumentException">The schema version is blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="events"/> is null.</exception>
    [JsonConstructor]
    public AdverseEventDocument(string schemaVersion, IReadOnlyList<AdverseEvent> events)
    {
        if (string.IsNullOrWhiteSpace(schemaVersion))
        {
            throw new ArgumentException("An adverse-event document needs a non-blank schemaVersion.", nameof(schemaVersion));
        }

        ArgumentNullException.ThrowIfNull(events);
        SchemaVersion = schemaVersion;
        Events = events;
    }

    /// <summary>The schema version the document was written for.</summary>
    public string SchemaVersion { get; }

    /// <summary>The adverse events, in document order.</summary>
    public IReadOnlyList<AdverseEvent> Events { get; }

    /// <summary>Reads a document from its JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The document.</returns>
    /// <exception cref="JsonException">The JSON is malformed, misses a required property, has an unknown one, or a value
    /// breaks a rule (the message names it).</exception>
    public static AdverseEventDocument FromJson(string json)
    {
        try
        {
            return JsonSerializer.Deserialize(json, SafetyJson.Context.AdverseEventDocument)
                ?? throw new JsonException("The adverse-event document is JSON null.");
        }
        catch (ArgumentException e)
        {
            throw new JsonException($"Invalid adverse-event document: {e.Message}", e);
        }
    }

    /// <summary>Writes the document as indented JSON.</summary>
    /// <returns>The JSON text.</returns>
    public string ToJson() => JsonSerializer.Serialize(this, SafetyJson.IndentedContext.AdverseEventDocument);
}
