namespace MscDomain.Common;

/// <summary>The version of the MscDomain JSON document format carried by every top-level document as <c>"schemaVersion"</c>.</summary>
/// <remarks>
/// Version 1 is the first published format. Reading a document with a higher version than <see cref="Current"/> fails with
/// a <see cref="System.Text.Json.JsonException"/> naming both versions. When the format changes incompatibly, the version is
/// raised and the reader upgrades older documents step by step (a migration per version, applied to the JSON tree before
/// typed deserialization), so every older version stays readable; writers always write <see cref="Current"/>.
/// </remarks>
public static class MscDomainSchemaVersion
{
    /// <summary>The current (and highest readable) document format version.</summary>
    public const int Current = 1;

    /// <summary>The oldest readable document format version.</summary>
    public const int Oldest = 1;

    internal static int Check(int version, string document)
    {
        if (version < Oldest || version > Current)
        {
            throw new ArgumentOutOfRangeException("schemaVersion", version,
                $"{document}.SchemaVersion {version} is not supported: this library reads versions {Oldest} to {Current}.");
        }

        return version;
    }
}
