using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace MscDomain.Serialization;

/// <summary>Reads and writes a NodaTime <see cref="LocalDate"/> as an ISO 8601 string ("2024-03-01"); usable by the source generator.</summary>
internal sealed class LocalDateJsonConverter : JsonConverter<LocalDate>
{
    private static readonly IPattern<LocalDate> Pattern = LocalDatePattern.Iso;

    public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"A LocalDate must be an ISO 8601 JSON string such as 2024-03-01, not {reader.TokenType}.");
        }

        var text = reader.GetString()!;
        var result = Pattern.Parse(text);
        if (!result.Success)
        {
            throw new JsonException($"'{text}' is not an ISO 8601 LocalDate (expected e.g. 2024-03-01): {result.Exception.Message}");
        }

        return result.Value;
    }

    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options) =>
        writer.WriteStringValue(Pattern.Format(value));
}
