using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace MscDomain.Serialization;

/// <summary>
/// The library's serializer options: the source-generated <see cref="MscDomainJsonContext"/> plus one contract modifier
/// that makes documents lighter to write without making them less strict (schema version 2, see
/// <see cref="MscDomain.Common.MscDomainSchemaVersion"/>).
/// </summary>
/// <remarks>
/// <para>An omitted collection (an <see cref="ImmutableArray{T}"/> member) reads as empty and an omitted optional value (a
/// nullable member) reads as absent; writers leave empty collections and null values out; every other member stays required, unknown members are still rejected, and a
/// collection that must not be empty still fails with the constructor's message. Constructors normalise a default
/// <see cref="ImmutableArray{T}"/> to empty, so C# callers get the same meaning.</para>
/// </remarks>
internal static class MscDomainJsonOptions
{
    /// <summary>The resolver: the generated context with <see cref="OmittedMeansEmpty"/> applied.</summary>
    internal static readonly IJsonTypeInfoResolver Resolver = MscDomainJsonContext.Default.WithAddedModifier(OmittedMeansEmpty);

    /// <summary>Compact options (reading and compact writing).</summary>
    internal static readonly JsonSerializerOptions Compact = new(MscDomainJsonContext.Default.Options) { TypeInfoResolver = Resolver, DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull };

    /// <summary>The facade's first, optimistic read: <see cref="Compact"/> plus the <see cref="FastReaders"/> for the most
    /// frequent objects. Never used to write, never given to apps; on <see cref="FastReadMiss"/> (or any failure) the facade
    /// reads again with <see cref="Compact"/>.</summary>
    internal static readonly JsonSerializerOptions Reading = CreateReading();

    /// <summary>Indented options (writing).</summary>
    internal static readonly JsonSerializerOptions Indented = new(MscDomainJsonContext.Default.Options) { TypeInfoResolver = Resolver, WriteIndented = true, DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull };

    private static JsonSerializerOptions CreateReading()
    {
        var options = new JsonSerializerOptions(Compact);
        foreach (var reader in FastReaders.All())
        {
            options.Converters.Insert(0, reader);
        }

        return options;
    }

    /// <summary>Collections and nullable members are optional on read.</summary>
    /// <param name="info">The type being configured.</param>
    internal static void OmittedMeansEmpty(JsonTypeInfo info)
    {
        if (info.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        foreach (var property in info.Properties)
        {

            if (IsCollection(property.PropertyType))
            {
                // Written light: an empty collection is left out, and reads back as empty.
                property.ShouldSerialize = static (_, value) => value is not System.Collections.ICollection { Count: 0 };
            }

            if (IsCollection(property.PropertyType) || Nullable.GetUnderlyingType(property.PropertyType) is not null
                || (!property.PropertyType.IsValueType && property.IsSetNullable && property.AssociatedParameter is { IsNullable: true }))
            {
                property.IsRequired = false;
            }
        }
    }

    private static bool IsCollection(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ImmutableArray<>);
}
