using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace MscDomain.Outcomes;

/// <summary>Reads and writes an <see cref="EdssScore"/> as a plain JSON number, rejecting invalid steps.</summary>
internal sealed class EdssScoreJsonConverter : JsonConverter<EdssScore>
{
    public override EdssScore Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            throw new JsonException($"EDSS must be a JSON number, not {reader.TokenType}.");
        }

        var value = reader.GetDecimal();
        if (!EdssScore.IsValid(value))
        {
            throw new JsonException(
                $"EDSS {value.ToString(CultureInfo.InvariantCulture)} is not a valid step: it must be 0 or 1.0 to 10 in steps of 0.5 (Kurtzke 1983).");
        }

        return new EdssScore(value);
    }

    public override void Write(Utf8JsonWriter writer, EdssScore value, JsonSerializerOptions options) =>
        writer.WriteNumberValue(value.Value);
}
