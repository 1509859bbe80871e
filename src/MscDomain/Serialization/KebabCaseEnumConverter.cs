using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace MscDomain.Serialization;

/// <summary>
/// Writes enum members as kebab-case strings (<c>BoneMarrow</c> → <c>"bone-marrow"</c>) and reads them back exactly:
/// integers, other casings (<c>"Bone-Marrow"</c>, <c>"BoneMarrow"</c>) and unknown names are rejected. Every MscDomain
/// enum that appears in JSON carries this converter. <c>[Flags]</c> combinations are written as their member names
/// joined by <c>", "</c> (<c>"hospitalisation, important-medical-event"</c>), in ascending bit order.
/// </summary>
/// <typeparam name="TEnum">The enum type.</typeparam>
internal sealed class KebabCaseEnumConverter<TEnum> : JsonConverter<TEnum>
    where TEnum : struct, Enum
{
    private static readonly FrozenDictionary<string, TEnum> ByName =
        Enum.GetValues<TEnum>().ToFrozenDictionary(v => NameOf(v), StringComparer.Ordinal);

    private static readonly FrozenDictionary<TEnum, string> ByValue =
        Enum.GetValues<TEnum>().ToFrozenDictionary(v => v, NameOf);

    private static readonly FrozenDictionary<string, TEnum>.AlternateLookup<ReadOnlySpan<char>> ByNameSpan =
        ByName.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenDictionary<TEnum, JsonEncodedText> EncodedByValue =
        Enum.GetValues<TEnum>().ToFrozenDictionary(v => v, v => JsonEncodedText.Encode(NameOf(v)));

    private static readonly bool IsFlags = typeof(TEnum).IsDefined(typeof(FlagsAttribute), false);

    /// <summary>The JSON names of all members, in declaration order.</summary>
    internal static IEnumerable<string> Names => Enum.GetValues<TEnum>().Select(NameOf);

    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"A {typeof(TEnum).Name} must be a JSON string, one of: {string.Join(", ", Names)}; not {reader.TokenType}.");
        }

        // Fast path: an unescaped single-segment name is looked up from the UTF-8 bytes without allocating a string.
        if (!reader.HasValueSequence && !reader.ValueIsEscaped && reader.ValueSpan.Length <= 64)
        {
            Span<char> chars = stackalloc char[64];
            if (System.Text.Unicode.Utf8.ToUtf16(reader.ValueSpan, chars, out _, out var written) == System.Buffers.OperationStatus.Done
                && ByNameSpan.TryGetValue(chars[..written], out var found))
            {
                return found;
            }
        }

        var text = reader.GetString()!;
        if (ByName.TryGetValue(text, out var value))
        {
            return value;
        }

        if (IsFlags && text.Contains(',', StringComparison.Ordinal))
        {
            ulong bits = 0;
            foreach (var part in text.Split(", "))
            {
                bits |= ByName.TryGetValue(part, out var flag)
                    ? Convert.ToUInt64(flag, System.Globalization.CultureInfo.InvariantCulture)
                    : throw new JsonException($"'{part}' in '{text}' is not a {typeof(TEnum).Name} flag; expected names from: {string.Join(", ", Names)}, joined by \", \".");
            }

            return (TEnum)Enum.ToObject(typeof(TEnum), bits);
        }

        throw new JsonException($"'{text}' is not a {typeof(TEnum).Name}; expected one of: {string.Join(", ", Names)}.");
    }

    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options)
    {
        if (EncodedByValue.TryGetValue(value, out var name))
        {
            writer.WriteStringValue(name);
            return;
        }

        if (IsFlags)
        {
            var bits = Convert.ToUInt64(value, System.Globalization.CultureInfo.InvariantCulture);
            var parts = new List<string>();
            foreach (var (flag, flagName) in ByValue.OrderBy(p => Convert.ToUInt64(p.Key, System.Globalization.CultureInfo.InvariantCulture)))
            {
                var f = Convert.ToUInt64(flag, System.Globalization.CultureInfo.InvariantCulture);
                if (f != 0 && (f & (f - 1)) == 0 && (bits & f) == f)
                {
                    parts.Add(flagName);
                    bits &= ~f;
                }
            }

            if (bits == 0 && parts.Count > 0)
            {
                writer.WriteStringValue(string.Join(", ", parts));
                return;
            }
        }

        throw new JsonException($"{typeof(TEnum).Name} value {value} is not a defined member and cannot be written.");
    }

    internal static string NameOf(TEnum value) => EnumWireName.Of(value.ToString());
}
