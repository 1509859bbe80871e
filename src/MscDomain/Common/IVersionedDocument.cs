namespace MscDomain.Common;

/// <summary>A top-level document that carries <c>"schemaVersion"</c>. The JSON facade (in
/// <c>MscDomain.Serialization</c>) reads the version before the rest and migrates older documents; the interface lives in
/// Common so that model documents need not import the serialization namespace.</summary>
internal interface IVersionedDocument
{
    /// <summary>The document's schema version.</summary>
    int SchemaVersion { get; }
}
