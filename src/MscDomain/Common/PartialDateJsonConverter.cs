using System.Text.Json;
using System.Text.Json.Serialization;

namespace MscDomain.Common;

/// <summary>Reads and writes a <see cref="PartialDate"/> as "yyyy", "yyyy-MM" or "yyyy-MM-dd".</summary>
internal sealed class PartialDateJsonConverter : JsonConverter<PartialDate>
{
    public override PartialDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"A partial date must be a JSON string (yyyy, yyyy-MM or yyyy-MM-dd), not {reader.TokenType}.");
        }

        var text = reader.GetString();
        return PartialDate.TryParse(text, out var value)
            ? value
            : throw new JsonException($"'{text}' is not a valid partial date: expected yyyy, yyyy-MM or yyyy-MM-dd naming a real calendar date.");
    }

    public override void Write(Utf8JsonWriter writer, PartialDate value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}
