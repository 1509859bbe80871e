namespace MscDomain.Serialization;

/// <summary>The version of the MscDomain JSON document format carried by every top-level document as <c>"schemaVersion"</c>.</summary>
/// <remarks>
/// <para>Compatibility policy (docs/schema-versions.md): writers always write <see cref="Current"/>; readers
/// (<see cref="MscDomainJson"/>) read every version from <see cref="Oldest"/> to <see cref="Current"/>, upgrading older
/// documents step by step on the JSON tree before typed reading (one migration per version); a newer version than
/// <see cref="Current"/> fails with a <see cref="System.Text.Json.JsonException"/> naming both versions. A version is raised
/// when a valid older document would otherwise read differently or fail; additions that older documents cannot contain
/// (new optional members, new enum values, new <c>kind</c>s) ride along with the next raise.</para>
/// <para>Version 1: the first published format. Version 2 (trial documents, issue 10): omitted collections read as empty
/// and omitted optional values as absent (unknown members are still rejected); adverse-event severity is the typed
/// mild/moderate/severe scale with <c>severityText</c> beside it; provenance pointers name array elements by stable id;
/// new typed members for baseline characteristics, eligibility, conduct, assessments, follow-up summaries, withdrawals,
/// related studies and the rest. Participant timelines, cohorts and adverse-event documents are unchanged from version 1
/// apart from the lighter reading.</para>
/// <para>Objects are version-free: a document constructed with any readable version reports (and writes) <see cref="Current"/>.</para>
/// </remarks>
public static class MscDomainSchemaVersion
{
    /// <summary>The current (and highest readable) document format version.</summary>
    public const int Current = 2;

    /// <summary>The oldest readable document format version.</summary>
    public const int Oldest = 1;

    /// <summary>
    /// Upgrades an older document tree in place to <see cref="Current"/> (the migrations the facade runs on read), for
    /// tools that check the upgraded tree against the current JSON Schema (<c>mscdomain validate</c>).
    /// </summary>
    /// <param name="document">The document object; its <c>schemaVersion</c> must be an integer from <see cref="Oldest"/> to <see cref="Current"/>.</param>
    /// <param name="documentType">"TrialDocument", "ParticipantTimeline", "CohortDocument" or "AdverseEventDocument".</param>
    /// <returns>True when the document was older and has been upgraded; false when it was already current.</returns>
    /// <exception cref="ArgumentException">A missing or unreadable version, or one outside the readable range.</exception>
    public static bool Upgrade(System.Text.Json.Nodes.JsonObject document, string documentType)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentException.ThrowIfNullOrWhiteSpace(documentType);
        if (document["schemaVersion"] is not System.Text.Json.Nodes.JsonValue v || !v.TryGetValue<int>(out var version) || version < Oldest || version > Current)
        {
            throw new ArgumentException($"{documentType}.schemaVersion must be an integer from {Oldest} to {Current}.", nameof(document));
        }

        if (version == Current)
        {
            return false;
        }

        MscDomainMigrations.Upgrade(document, version, documentType);
        return true;
    }

    internal static int Check(int version, string document)
    {
        if (version < Oldest || version > Current)
        {
            throw new ArgumentOutOfRangeException("schemaVersion", version,
                $"{document}.SchemaVersion {version} is not supported: this library reads versions {Oldest} to {Current}.");
        }

        return Current;
    }
}
