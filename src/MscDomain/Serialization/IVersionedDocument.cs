namespace MscDomain.Serialization;

/// <summary>A top-level document that carries <c>"schemaVersion"</c>.</summary>
internal interface IVersionedDocument
{
    int SchemaVersion { get; }
}
