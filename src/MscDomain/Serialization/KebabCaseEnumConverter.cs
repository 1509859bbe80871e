using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace MscDomain.Serialization;

/// <summary>
/// Writes enum members as kebab-case strings (<c>BoneMarrow</c> → <c>"bone-marrow"</c>) and reads them back exactly:
/// integers, other casings (<c>"Bone-Marrow"</c>, <c>"BoneMarrow"</c>) and unknown names are rejected. Every MscDomain
/// enum that appears in JSON carries this converter.
/// </summary>
/// <typeparam name="TEnum">The enum type.</typeparam>
internal sealed class KebabCaseEnumConverter<TEnum> : JsonConverter<TEnum>
    where TEnum : struct, Enum
{
    private static readonly FrozenDictionary<string, TEnum> ByName =
        Enum.GetValues<TEnum>().ToFrozenDictionary(v => NameOf(v), StringComparer.Ordinal);

    private static readonly FrozenDictionary<TEnum, string> ByValue =
        Enum.GetValues<TEnum>().ToFrozenDictionary(v => v, NameOf);

    /// <summary>The JSON names of all members, in declaration order.</summary>
    internal static IEnumerable<string> Names => Enum.GetValues<TEnum>().Select(NameOf);

    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"A {typeof(TEnum).Name} must be a JSON string, one of: {string.Join(", ", Names)}; not {reader.TokenType}.");
        }

        var text = reader.GetString()!;
        return ByName.TryGetValue(text, out var value)
            ? value
            : throw new JsonException($"'{text}' is not a {typeof(TEnum).Name}; expected one of: {string.Join(", ", Names)}.");
    }

    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) =>
        writer.WriteStringValue(ByValue.TryGetValue(value, out var name)
            ? name
            : throw new JsonException($"{typeof(TEnum).Name} value {value} is not a defined member and cannot be written."));

    internal static string NameOf(TEnum value) => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());
}
