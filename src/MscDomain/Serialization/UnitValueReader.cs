using System.Text.Json;
using System.Text.Json.Serialization;

namespace MscDomain.Serialization;

/// <summary>Fast reader of a unit value object written as <c>{ "unitName": number }</c> (<c>WeightKg</c>, <c>CellCount</c>, ...;
/// see <see cref="FastReaders"/> for the contract it keeps). The value goes through the type's validating constructor.</summary>
/// <typeparam name="T">The value object.</typeparam>
internal sealed class UnitValueReader<T>(byte[] member, Func<decimal, T> create) : JsonConverter<T>
    where T : struct
{
    /// <inheritdoc/>
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            FastReaders.Miss();
        }

        FastReaders.Next(ref reader);
        if (!FastReaders.Name(ref reader).SequenceEqual(member))
        {
            FastReaders.Miss();
        }

        FastReaders.Next(ref reader);
        var number = FastReaders.Decimal(ref reader);
        FastReaders.Next(ref reader);
        if (reader.TokenType != JsonTokenType.EndObject)
        {
            FastReaders.Miss();
        }

        return create(number);
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => FastReaders.Write(writer, value);
}
