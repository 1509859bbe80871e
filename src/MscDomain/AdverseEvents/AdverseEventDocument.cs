using System.Text.Json;
using System.Text.Json.Serialization;
using MscDomain.Serialization;

namespace MscDomain.AdverseEvents;

/// <summary>A JSON document holding a list of adverse events, with the MscDomain schema version it was written for.</summary>
/// <remarks>
/// Wire form: <c>{"schemaVersion": 1, "events": [ ... ]}</c> with camelCase property names, kebab-case enum values,
/// ISO 8601 dates (<c>"2025-03-14"</c>) and date-times (<c>"2025-03-14T10:30:00"</c>); unknown properties are rejected.
/// The schema version is checked against <see cref="MscDomainSchemaVersion"/>.
/// </remarks>
public sealed record AdverseEventDocument : IVersionedDocument
{
    /// <summary>Creates a document.</summary>
    /// <param name="schemaVersion">The document format version (<see cref="MscDomainSchemaVersion.Current"/> when writing).</param>
    /// <param name="events">The adverse events.</param>
    /// <exception cref="ArgumentOutOfRangeException">The schema version is not readable by this library.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="events"/> is null.</exception>
    [JsonConstructor]
    public AdverseEventDocument(int schemaVersion, IReadOnlyList<AdverseEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        SchemaVersion = MscDomainSchemaVersion.Check(schemaVersion, nameof(AdverseEventDocument));
        Events = events;
    }

    /// <summary>Creates a document with the current schema version.</summary>
    /// <param name="events">The adverse events.</param>
    /// <exception cref="ArgumentNullException"><paramref name="events"/> is null.</exception>
    public AdverseEventDocument(IReadOnlyList<AdverseEvent> events)
        : this(MscDomainSchemaVersion.Current, events)
    {
    }

    /// <summary>The document format version.</summary>
    public int SchemaVersion { get; }

    /// <summary>The adverse events, in document order.</summary>
    public IReadOnlyList<AdverseEvent> Events { get; }

    /// <summary>Reads a document from its JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The document.</returns>
    /// <exception cref="JsonException">The JSON is malformed, misses a required property, has an unknown one, or a value
    /// breaks a rule (the message names the JSON path and the rule); same as <see cref="MscDomainJson.DeserializeAdverseEvents(string)"/>.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static AdverseEventDocument FromJson(string json) => MscDomainJson.DeserializeAdverseEvents(json);

    /// <summary>Writes the document as indented JSON.</summary>
    /// <returns>The JSON text.</returns>
    public string ToJson() => MscDomainJson.Serialize(this);
}
