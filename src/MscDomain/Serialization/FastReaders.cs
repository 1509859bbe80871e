using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;
using MscDomain.Common;
using NodaTime;

namespace MscDomain.Serialization;

/// <summary>
/// Hand-written readers for the most frequent objects of a document (laboratory measurements, EDSS observations, functional-system
/// grades, the unit value objects), used only by the facade's first, optimistic read (<see cref="MscDomainJsonOptions.Reading"/>).
/// </summary>
/// <remarks>
/// <para>Why: System.Text.Json reads a record through its validating constructor with a per-object argument buffer (boxed
/// arguments beyond four parameters) and a per-object required-member bit set; for the ~41,000 lab and functional-system
/// objects of the demonstration cohort that was about half of the deserialisation allocations.</para>
/// <para>How strictness is kept: each reader accepts only the plain case (an object; exact, unescaped camelCase member names,
/// each at most once; every required member present; the exact JSON token type per member; numbers that
/// <see cref="Utf8JsonReader.TryGetDecimal(out decimal)"/>/<see cref="Utf8JsonReader.TryGetInt32(out int)"/> accept; ISO dates in
/// their canonical form; exact wire names) and builds the value through the same public constructor, so every domain rule
/// still runs. On anything else it throws <see cref="FastReadMiss"/>, and the facade reads the document again through the
/// unchanged source-generated contract, which accepts it or reports it with the same message, path and position as before.
/// A fast reader can therefore only decline, never accept, what the contract rejects; <c>FastReadersTest</c> checks this
/// member by member against the contract.</para>
/// </remarks>
internal static class FastReaders
{
    /// <summary>The readers, in the order they are added to <see cref="MscDomainJsonOptions.Reading"/>.</summary>
    internal static JsonConverter[] All() =>
    [
        new LabMeasurementReader(),
        new FunctionalSystemScoreReader(),
        new ObservationReader(),
        new UnitValueReader<MscDomain.Dosing.WeightKg>("kilograms"u8.ToArray(), v => new(v)),
        new UnitValueReader<MscDomain.Dosing.CellCount>("millions"u8.ToArray(), v => new(v)),
        new UnitValueReader<MscDomain.Dosing.CellsPerKg>("millionsPerKg"u8.ToArray(), v => new(v)),
        new UnitValueReader<MscDomain.Dosing.VolumeMl>("millilitres"u8.ToArray(), v => new(v)),
    ];

    /// <summary>Declines the input (see <see cref="FastReadMiss"/>).</summary>
    [DoesNotReturn]
    internal static void Miss() => throw FastReadMiss.Instance;

    /// <summary>Moves to the next token, which must exist.</summary>
    internal static void Next(ref Utf8JsonReader reader)
    {
        if (!reader.Read())
        {
            Miss();
        }
    }

    /// <summary>The current property name's bytes when it is unescaped; otherwise declines.</summary>
    internal static ReadOnlySpan<byte> Name(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.PropertyName || reader.ValueIsEscaped || reader.HasValueSequence)
        {
            Miss();
        }

        return reader.ValueSpan;
    }

    /// <summary>Records member <paramref name="bit"/> as seen; declines a duplicate.</summary>
    internal static void Seen(ref int seen, int bit)
    {
        if ((seen & bit) != 0)
        {
            Miss();
        }

        seen |= bit;
    }

    /// <summary>A non-null string.</summary>
    internal static string String(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            Miss();
        }

        return reader.GetString()!;
    }

    /// <summary>A string or null.</summary>
    internal static string? NullableString(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Null ? null : String(ref reader);

    /// <summary>A JSON number that fits a decimal.</summary>
    internal static decimal Decimal(ref Utf8JsonReader reader)
    {
        return reader.TokenType == JsonTokenType.Number && reader.TryGetDecimal(out var value) ? value : throw FastReadMiss.Instance;
    }

    /// <summary>A decimal or null.</summary>
    internal static decimal? NullableDecimal(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Null ? null : Decimal(ref reader);

    /// <summary>A JSON number that is a 32-bit integer.</summary>
    internal static int Int32(ref Utf8JsonReader reader)
    {
        return reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var value) ? value : throw FastReadMiss.Instance;
    }

    /// <summary>An unescaped canonical ISO date (<see cref="LocalDateJsonConverter.TryParseFast"/>).</summary>
    internal static LocalDate Date(ref Utf8JsonReader reader)
    {
        return reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped && !reader.HasValueSequence
            && LocalDateJsonConverter.TryParseFast(reader.ValueSpan, out var date)
            ? date
            : throw FastReadMiss.Instance;
    }

    /// <summary>An unescaped exact wire name of <typeparamref name="TEnum"/>.</summary>
    internal static TEnum Enum<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] TEnum>(ref Utf8JsonReader reader)
        where TEnum : struct, Enum
    {
        if (reader.TokenType != JsonTokenType.String || reader.ValueIsEscaped || reader.HasValueSequence || reader.ValueSpan.Length > 64)
        {
            Miss();
        }

        Span<char> chars = stackalloc char[64];
        return System.Text.Unicode.Utf8.ToUtf16(reader.ValueSpan, chars, out _, out var written) == System.Buffers.OperationStatus.Done
            && WireNames<TEnum>.TryParse(chars[..written], out var value)
            ? value
            : throw FastReadMiss.Instance;
    }

    /// <summary>Writes with the contract (the fast readers only read; <see cref="MscDomainJsonOptions.Reading"/> is never used to write).</summary>
    internal static void Write<T>(Utf8JsonWriter writer, T value) =>
        JsonSerializer.Serialize(writer, value, (System.Text.Json.Serialization.Metadata.JsonTypeInfo<T>)MscDomainJsonOptions.Compact.GetTypeInfo(typeof(T)));
}
