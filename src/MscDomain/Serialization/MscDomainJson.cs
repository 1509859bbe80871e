using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using MscDomain.Common;
using MscDomain.Trials;

namespace MscDomain.Serialization;

/// <summary>
/// The public JSON facade: serialises and deserialises MscDomain documents and values with the library's strict,
/// source-generated contract, and configures application <see cref="JsonSerializerOptions"/> to do the same.
/// </summary>
/// <remarks>
/// <para>Format: camelCase members; enums as kebab-case strings (<c>"bone-marrow"</c>, <c>"per-kg"</c>); closed hierarchies
/// carry a <c>"kind"</c> discriminator; NodaTime dates as ISO 8601 strings (<c>"2024-03-01"</c>); partial dates as
/// <c>"2019"</c>, <c>"2019-03"</c> or <c>"2019-03-13"</c>; decimals as JSON numbers (never strings); small values
/// (doses, weights, percentages) as objects whose member name carries the unit (<c>{ "millionsPerKg": 1.5 }</c>);
/// EDSS as a plain number.</para>
/// <para>Strict reading: unknown members, missing required members, nulls for non-nullable members, numbers in strings,
/// integers for enums and unknown <c>kind</c>s are rejected. A value that a constructor rejects (negative dose, invalid EDSS,
/// a reference to a missing arm) surfaces as a <see cref="JsonException"/> whose <see cref="JsonException.Path"/> and message
/// name the location and the rule; nothing is coerced.</para>
/// <para>Top-level documents (<see cref="TrialDocument"/>, <see cref="ParticipantTimeline"/>, <see cref="CohortDocument"/>,
/// <see cref="MscDomain.AdverseEvents.AdverseEventDocument"/>)
/// carry <c>"schemaVersion"</c>; see <see cref="MscDomainSchemaVersion"/>.</para>
/// </remarks>
public static class MscDomainJson
{
    /// <summary>
    /// Upgrades an older document tree in place to <see cref="MscDomainSchemaVersion.Current"/> (the migrations the facade runs on read), for
    /// tools that check the upgraded tree against the current JSON Schema (<c>mscdomain validate</c>).
    /// </summary>
    /// <param name="document">The document object; its <c>schemaVersion</c> must be an integer from <see cref="MscDomainSchemaVersion.Oldest"/> to <see cref="MscDomainSchemaVersion.Current"/>.</param>
    /// <param name="documentType">"TrialDocument", "ParticipantTimeline", "CohortDocument" or "AdverseEventDocument".</param>
    /// <returns>True when the document was older and has been upgraded; false when it was already current.</returns>
    /// <exception cref="ArgumentException">A missing or unreadable version, or one outside the readable range.</exception>
    public static bool UpgradeToCurrent(System.Text.Json.Nodes.JsonObject document, string documentType)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentException.ThrowIfNullOrWhiteSpace(documentType);
        if (document["schemaVersion"] is not System.Text.Json.Nodes.JsonValue v || !v.TryGetValue<int>(out var version) || version < MscDomainSchemaVersion.Oldest || version > MscDomainSchemaVersion.Current)
        {
            throw new ArgumentException($"{documentType}.schemaVersion must be an integer from {MscDomainSchemaVersion.Oldest} to {MscDomainSchemaVersion.Current}.", nameof(document));
        }

        if (version == MscDomainSchemaVersion.Current)
        {
            return false;
        }

        MscDomainMigrations.Upgrade(document, version, documentType);
        return true;
    }


    /// <summary>Serialises a registered MscDomain type (documents and their parts) to indented JSON.</summary>
    /// <typeparam name="T">A type registered with the library's JSON contract.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not part of the contract.</exception>
    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, IndentedTypeInfo<T>());

    /// <summary>Writes a registered MscDomain type to <paramref name="writer"/> with the library's contract, without
    /// building the text in memory: call it once per element to stream a large list (e.g. one participant at a time).</summary>
    /// <typeparam name="T">A type registered with the library's JSON contract.</typeparam>
    /// <param name="writer">The destination; its options decide indentation and escaping.</param>
    /// <param name="value">The value.</param>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not part of the contract.</exception>
    public static void Serialize<T>(Utf8JsonWriter writer, T value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        JsonSerializer.Serialize(writer, value, TypeInfo<T>());
    }

    /// <summary>Deserialises a registered MscDomain type strictly (see remarks on <see cref="MscDomainJson"/>).</summary>
    /// <typeparam name="T">A type registered with the library's JSON contract.</typeparam>
    /// <param name="json">The JSON text.</param>
    /// <returns>The value.</returns>
    /// <exception cref="JsonException">The JSON is malformed, breaks the contract, or a value breaks a domain rule; the message names the path and the rule.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not part of the contract.</exception>
    public static T Deserialize<T>(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return TryReadFast(json, out T? fast) ? fast : DeserializeWithContract<T>(json);
    }

    /// <summary>
    /// The optimistic first read: the same strict contract with <see cref="FastReaders"/> for the most frequent objects
    /// (<see cref="MscDomainJsonOptions.Reading"/>). False on any failure (a fast reader declining, or a document problem),
    /// and the caller then reads with the contract alone, which accepts or reports exactly as it always has.
    /// </summary>
    internal static bool TryReadFast<T>(string json, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out T? value)
    {
        value = default;
        byte[]? buffer = null;
        try
        {
            if (MscDomainJsonOptions.Reading.GetTypeInfo(typeof(T)) is not JsonTypeInfo<T> typeInfo)
            {
                return false;
            }

            if (!typeof(IVersionedDocument).IsAssignableFrom(typeof(T)))
            {
                value = JsonSerializer.Deserialize(json, typeInfo);
                return value is not null;
            }

            buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(System.Text.Encoding.UTF8.GetMaxByteCount(json.Length));
            var utf8 = buffer.AsSpan(0, System.Text.Encoding.UTF8.GetBytes(json, buffer));
            if (TopLevelSchemaVersion(utf8) != MscDomainSchemaVersion.Current)
            {
                return false;
            }

            value = JsonSerializer.Deserialize(utf8, typeInfo);
            return value is not null;
        }
#pragma warning disable CA1031 // Any failure, whatever its type, is reported by the contract read that follows.
        catch (Exception)
#pragma warning restore CA1031
        {
            value = default;
            return false;
        }
        finally
        {
            if (buffer is not null)
            {
                System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
            }
        }
    }

    /// <summary>Reads with the source-generated contract alone; turns every document problem into a located
    /// <see cref="JsonException"/>.</summary>
    internal static T DeserializeWithContract<T>(string json)
    {
        var typeInfo = TypeInfo<T>();
        try
        {
            if (typeof(IVersionedDocument).IsAssignableFrom(typeof(T)))
            {
                // Fast path: a document already at the current version needs no migration, so it is read directly from
                // UTF-8 without building a DOM (same contract, same validation). Anything else (missing, malformed,
                // older or newer version) takes the DOM path below, which reports or migrates.
                var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(System.Text.Encoding.UTF8.GetMaxByteCount(json.Length));
                try
                {
                    var utf8 = buffer.AsSpan(0, System.Text.Encoding.UTF8.GetBytes(json, buffer));
                    if (TopLevelSchemaVersion(utf8) == MscDomainSchemaVersion.Current)
                    {
                        return Finish(JsonSerializer.Deserialize(utf8, typeInfo), typeof(T));
                    }
                }
                finally
                {
                    System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
                }

                var node = JsonNode.Parse(json) ?? throw new JsonException($"A {typeof(T).Name} must be a JSON object, not null.", "$", null, null);
                var upgraded = Upgrade(node, typeof(T).Name);
                return Finish(upgraded.Deserialize(typeInfo), typeof(T));
            }

            return Finish(JsonSerializer.Deserialize(json, typeInfo), typeof(T));
        }
        catch (JsonException ex) when (DiscriminatorProblem(json, typeInfo) is { } located)
        {
            throw new JsonException(located.Message, located.Path, ex.LineNumber, ex.BytePositionInLine, ex);
        }
        catch (NotSupportedException ex)
        {
            // System.Text.Json reports an abstract type without a discriminator as "not supported": a document problem.
            var located = DiscriminatorProblem(json, typeInfo);
            throw located is not null
                ? new JsonException(located.Message, located.Path, null, null, ex)
                : new JsonException($"The document cannot be read as a {typeof(T).Name}: {ex.Message}", "$", null, null, ex);
        }
        catch (ArgumentException ex)
        {
            using var doc = JsonDocument.Parse(json, new JsonDocumentOptions { AllowDuplicateProperties = false });
            var located = InvalidValueLocator.Locate(doc.RootElement, typeInfo, "$");
            var path = located?.Path ?? "$";
            var error = located?.Error ?? ex;
            throw new JsonException($"Invalid value at {path}: {error.Message}", path, null, null, error);
        }
        catch (JsonException ex) when (JsonMessages.Reword(ex) is var reworded && !ReferenceEquals(reworded, ex))
        {
            throw reworded;
        }
        catch (JsonException ex) when (ex.Path is not null && !ex.Message.Contains("Path:", StringComparison.Ordinal))
        {
            throw new JsonException($"{ex.Message} Path: {ex.Path}", ex.Path, ex.LineNumber, ex.BytePositionInLine, ex);
        }
        catch (Exception ex) when (ex is InvalidOperationException or FormatException or OverflowException or ArithmeticException or IndexOutOfRangeException or KeyNotFoundException)
        {
            // The facade's contract: a bad document raises JsonException and nothing else.
            throw new JsonException($"The document cannot be read as a {typeof(T).Name}: {ex.Message} Path: $", "$", null, null, ex);
        }
    }

    /// <summary>A missing, non-string or unknown <c>kind</c> anywhere in <paramref name="json"/>, as an exception naming the
    /// path and the allowed kinds; null when the document has none (or is not parseable JSON).</summary>
    private static JsonException? DiscriminatorProblem(string json, JsonTypeInfo typeInfo)
    {
        try
        {
            using var doc = JsonDocument.Parse(json);
            return DiscriminatorLocator.Locate(doc.RootElement, typeInfo, "$");
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Reads a <see cref="TrialDocument"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The document.</returns>
    /// <exception cref="JsonException">Invalid JSON, contract or domain rule, or an unsupported <c>schemaVersion</c>.</exception>
    public static TrialDocument DeserializeTrial(string json) => Deserialize<TrialDocument>(json);

    /// <summary>Reads a <see cref="ParticipantTimeline"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The timeline.</returns>
    /// <exception cref="JsonException">Invalid JSON, contract or domain rule, or an unsupported <c>schemaVersion</c>.</exception>
    public static ParticipantTimeline DeserializeTimeline(string json) => Deserialize<ParticipantTimeline>(json);

    /// <summary>Reads a <see cref="CohortDocument"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The cohort.</returns>
    /// <exception cref="JsonException">Invalid JSON, contract or domain rule, or an unsupported <c>schemaVersion</c>.</exception>
    public static CohortDocument DeserializeCohort(string json) => Deserialize<CohortDocument>(json);

    /// <summary>Reads a <see cref="MscDomain.AdverseEvents.AdverseEventDocument"/> (the input of <c>mscdomain classify-ae</c>).</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The adverse-event document.</returns>
    /// <exception cref="JsonException">Invalid JSON, contract or domain rule (the message names the path), or an unsupported <c>schemaVersion</c>.</exception>
    public static MscDomain.AdverseEvents.AdverseEventDocument DeserializeAdverseEvents(string json) => Deserialize<MscDomain.AdverseEvents.AdverseEventDocument>(json);

    /// <summary>
    /// Configures application options to read and write MscDomain types with the library's contract: adds the
    /// source-generated resolver first in the chain, the NodaTime ISO converters, camelCase naming, strict numbers,
    /// disallowed unknown members and required/nullable enforcement.
    /// </summary>
    /// <remarks>Domain-rule violations read through these options throw the constructor's <see cref="ArgumentException"/>
    /// (without a JSON path); use <see cref="Deserialize{T}(string)"/> for path-annotated <see cref="JsonException"/>s.
    /// Document <c>schemaVersion</c> upgrades also run only in the facade.</remarks>
    /// <param name="options">Mutable options (not yet used for serialisation).</param>
    /// <returns>The same options, for chaining.</returns>
    /// <exception cref="InvalidOperationException">The options are read-only.</exception>
    public static JsonSerializerOptions ConfigureForMscDomain(this JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.IsReadOnly)
        {
            throw new InvalidOperationException("ConfigureForMscDomain needs options that have not been used yet (they are read-only).");
        }

        options.TypeInfoResolverChain.Insert(0, MscDomainJsonOptions.Resolver);
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        options.RespectNullableAnnotations = true;
        options.RespectRequiredConstructorParameters = true;
        options.NumberHandling = JsonNumberHandling.Strict;
        options.AllowDuplicateProperties = false;
        options.AllowOutOfOrderMetadataProperties = true;
        options.Converters.Add(new LocalDateJsonConverter());
        options.Converters.Add(new LocalTimeJsonConverter());
        options.Converters.Add(new LocalDateTimeJsonConverter());
        options.Converters.Add(new InstantJsonConverter());
        options.Converters.Add(new ModelEnumConverters());
        return options;
    }

    /// <summary>The contract's type info bound to an indented copy of the context options: serialising through it writes
    /// into System.Text.Json's pooled buffers and allocates only the final string.</summary>
    private static JsonTypeInfo<T> IndentedTypeInfo<T>() =>
        MscDomainJsonOptions.Indented.GetTypeInfo(typeof(T)) as JsonTypeInfo<T>
        ?? throw new NotSupportedException($"{typeof(T).Name} is not part of the MscDomain JSON contract (register it in MscDomainJsonContext).");

    internal static JsonTypeInfo<T> TypeInfo<T>() =>
        MscDomainJsonOptions.Compact.GetTypeInfo(typeof(T)) as JsonTypeInfo<T>
        ?? throw new NotSupportedException($"{typeof(T).Name} is not part of the MscDomain JSON contract (register it in MscDomainJsonContext).");

    /// <summary>The integer value of the top-level <c>"schemaVersion"</c> member, or null when the text is not an object,
    /// the member is missing or not an integer, or the JSON is malformed (the caller then takes the reporting path).</summary>
    private static int? TopLevelSchemaVersion(ReadOnlySpan<byte> utf8)
    {
        try
        {
            var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isVersion = reader.ValueTextEquals("schemaVersion"u8);
                if (!reader.Read())
                {
                    return null;
                }

                if (isVersion)
                {
                    return reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var v) ? v : null;
                }

                reader.Skip();
            }
        }
        catch (JsonException)
        {
            // Malformed: let the DOM path produce the error with its position.
        }

        return null;
    }

    /// <summary>Checks <c>schemaVersion</c> and applies the migrations from older versions (<see cref="MscDomainMigrations"/>).</summary>
    private static JsonNode Upgrade(JsonNode node, string document)
    {
        if (node is not JsonObject obj)
        {
            throw new JsonException($"A {document} must be a JSON object.", "$", null, null);
        }

        if (!obj.TryGetPropertyValue("schemaVersion", out var v) || v is null)
        {
            throw new JsonException($"{document} is missing the required member 'schemaVersion' (current version {MscDomainSchemaVersion.Current}). Path: $.schemaVersion", "$.schemaVersion", null, null);
        }

        if (v.GetValueKind() != JsonValueKind.Number || !v.AsValue().TryGetValue<int>(out var version))
        {
            throw new JsonException($"{document}.schemaVersion must be an integer. Path: $.schemaVersion", "$.schemaVersion", null, null);
        }

        if (version > MscDomainSchemaVersion.Current)
        {
            throw new JsonException(
                $"{document} has schemaVersion {version}, newer than this library reads (at most {MscDomainSchemaVersion.Current}); upgrade MscDomain. Path: $.schemaVersion",
                "$.schemaVersion", null, null);
        }

        if (version < MscDomainSchemaVersion.Oldest)
        {
            throw new JsonException(
                $"{document} has schemaVersion {version}; the oldest readable version is {MscDomainSchemaVersion.Oldest}. Path: $.schemaVersion",
                "$.schemaVersion", null, null);
        }

        MscDomainMigrations.Upgrade(obj, version, document);
        return node;
    }

    private static T Finish<T>(T? value, Type type) =>
        value ?? throw new JsonException($"A {type.Name} must be a JSON object, not null.", "$", null, null);
}
