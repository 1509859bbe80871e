using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;
using MscDomain.Common;

namespace MscDomain.Serialization;

/// <summary>What the schema exporter needs to know about an enum converter without knowing its type argument.</summary>
internal interface IWireNameEnumConverter
{
    /// <summary>The wire names of every member, in ascending value order.</summary>
    IReadOnlyList<string> Names { get; }

    /// <summary>Whether the enum is a <see cref="FlagsAttribute"/> set written as names joined by <c>", "</c>.</summary>
    bool IsFlags { get; }
}

/// <summary>
/// Writes an enum member as its wire name (<see cref="WireName"/>, declared by <see cref="JsonStringEnumMemberNameAttribute"/>)
/// and reads it back exactly: integers, other casings (<c>"Bone-Marrow"</c>, <c>"BoneMarrow"</c>) and unknown names are
/// rejected with the allowed values. <c>[Flags]</c> combinations are written as their member names joined by <c>", "</c>
/// (<c>"hospitalisation, important-medical-event"</c>), in ascending bit order. Registered for every model enum by
/// <see cref="ModelEnumConverters"/>.
/// </summary>
/// <typeparam name="TEnum">The enum type.</typeparam>
internal sealed class WireNameEnumConverter<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] TEnum>
    : JsonConverter<TEnum>, IWireNameEnumConverter
    where TEnum : struct, Enum
{
    private static readonly Dictionary<TEnum, JsonEncodedText> EncodedByValue =
        WireNames<TEnum>.ByValue.ToDictionary(p => p.Key, p => JsonEncodedText.Encode(p.Value));

    /// <inheritdoc/>
    public IReadOnlyList<string> Names => WireNames<TEnum>.Names;

    /// <inheritdoc/>
    public bool IsFlags => WireNames<TEnum>.IsFlags;

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
                && WireNames<TEnum>.TryParse(chars[..written], out var found))
            {
                return found;
            }
        }

        var text = reader.GetString()!;
        return WireNames<TEnum>.TryParse(text, out var value) ? value : throw new JsonException(WireName.NotAWireName<TEnum>(text));
    }

    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options)
    {
        if (EncodedByValue.TryGetValue(value, out var name))
        {
            writer.WriteStringValue(name);
        }
        else if (WireNames<TEnum>.TryFormat(value, out var flags))
        {
            writer.WriteStringValue(flags);
        }
        else
        {
            throw new JsonException($"{typeof(TEnum).Name} value {value} is not a defined member and cannot be written.");
        }
    }
}
