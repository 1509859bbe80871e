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
    /// <summary>The resolver: the generated context with <see cref="ComputedMembersRejected"/> and <see cref="OmittedMeansEmpty"/> applied.</summary>
    internal static readonly IJsonTypeInfoResolver Resolver = MscDomainJsonContext.Default.WithAddedModifier(ComputedMembersRejected).WithAddedModifier(OmittedMeansEmpty);

    /// <summary>The computed (always-ignored) member names of each configured type, keyed by the type's name as
    /// System.Text.Json prints it in its unmapped-member message; read by <see cref="JsonMessages"/> to say "computed"
    /// rather than "unknown".</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, ImmutableHashSet<string>> Computed = new(StringComparer.Ordinal);

    /// <summary>True when <paramref name="member"/> is a computed member of the type System.Text.Json names
    /// <paramref name="typeName"/> (see <see cref="ComputedMembersRejected"/>).</summary>
    /// <param name="typeName">The type as printed in System.Text.Json's message.</param>
    /// <param name="member">The JSON member name.</param>
    internal static bool IsComputed(string typeName, string member) =>
        Computed.TryGetValue(typeName, out var names) && names.Contains(member);

    /// <summary>
    /// A member in input whose name is that of a computed property (<c>[JsonIgnore]</c>, e.g. <c>"measure"</c> on an EDSS
    /// observation, <c>"isSerious"</c> on an adverse event) is an error, not silently skipped.
    /// </summary>
    /// <remarks>
    /// <para>System.Text.Json keeps an always-ignored property in the contract (no getter, no setter, no constructor
    /// parameter) and skips a JSON member of that name even under <see cref="System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow"/>.
    /// The project's strict-JSON rule (remarks on <see cref="MscDomainJson"/>: nothing silently dropped) needs it rejected,
    /// so the property is removed from the contract: the name is then unmapped and the read fails with the path, reworded by
    /// <see cref="JsonMessages"/>. Nothing is lost: such a property is never written and never read. Only metadata the
    /// source generator emits is used (no reflection), so this is AOT-safe. <c>[JsonIgnore(Condition = WhenWritingNull)]</c>
    /// members keep their getter or constructor parameter and stay readable.</para>
    /// </remarks>
    /// <param name="info">The type being configured.</param>
    internal static void ComputedMembersRejected(JsonTypeInfo info)
    {
        if (info.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        ImmutableHashSet<string>.Builder? names = null;
        for (var i = info.Properties.Count - 1; i >= 0; i--)
        {
            var property = info.Properties[i];
            if (property is { Get: null, Set: null, AssociatedParameter: null, IsExtensionData: false })
            {
                (names ??= ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal)).Add(property.Name);
                info.Properties.RemoveAt(i);
            }
        }

        if (names is not null)
        {
            Computed[info.Type.ToString()] = names.ToImmutable();
        }
    }

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
