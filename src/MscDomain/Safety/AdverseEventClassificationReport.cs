using MscDomain.AdverseEvents;
using System.Text.Json.Serialization;
using MscDomain.Serialization;

namespace MscDomain.Safety;

/// <summary>
/// The classifications of an <see cref="AdverseEventDocument"/>, as one versioned JSON document: what
/// <c>mscdomain classify-ae --format json</c> writes, and what library users get through
/// <see cref="MscDomainJson.Serialize{T}(T)"/> and read back with <see cref="MscDomainJson.Deserialize{T}(string)"/>.
/// </summary>
/// <remarks>Wire form: <c>{"schemaVersion": 1, "classifications": [ ... ]}</c>; see <see cref="AdverseEventClassificationEntry"/>.</remarks>
public sealed record AdverseEventClassificationReport : IVersionedDocument
{
    /// <summary>Creates a report.</summary>
    /// <param name="schemaVersion">The document format version.</param>
    /// <param name="classifications">One entry per adverse event, in document order.</param>
    /// <exception cref="ArgumentOutOfRangeException">The schema version is not readable by this library.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="classifications"/> is null.</exception>
    [JsonConstructor]
    public AdverseEventClassificationReport(int schemaVersion, IReadOnlyList<AdverseEventClassificationEntry> classifications)
    {
        ArgumentNullException.ThrowIfNull(classifications);
        SchemaVersion = MscDomainSchemaVersion.Check(schemaVersion, nameof(AdverseEventClassificationReport));
        Classifications = classifications;
    }

    /// <summary>The report of <paramref name="classifications"/> at the current schema version.</summary>
    /// <param name="classifications">The classifier's results.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="classifications"/> is null.</exception>
    public static AdverseEventClassificationReport From(IEnumerable<AdverseEventClassification> classifications)
    {
        ArgumentNullException.ThrowIfNull(classifications);
        return new(MscDomainSchemaVersion.Current, classifications.Select(AdverseEventClassificationEntry.From).ToList());
    }

    /// <summary>The document format version.</summary>
    public int SchemaVersion { get; }

    /// <summary>One entry per adverse event.</summary>
    public IReadOnlyList<AdverseEventClassificationEntry> Classifications { get; }
}
