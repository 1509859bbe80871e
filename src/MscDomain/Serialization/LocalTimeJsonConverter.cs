using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace MscDomain.Serialization;

/// <summary>Reads and writes a NodaTime <see cref="LocalTime"/> as an ISO 8601 string ("14:30:00"); usable by the source generator.</summary>
internal sealed class LocalTimeJsonConverter : JsonConverter<LocalTime>
{
    private static readonly IPattern<LocalTime> Pattern = LocalTimePattern.ExtendedIso;

    public override LocalTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"A LocalTime must be an ISO 8601 JSON string such as 14:30:00, not {reader.TokenType}.");
        }

        var text = reader.GetString()!;
        var result = Pattern.Parse(text);
        if (!result.Success)
        {
            throw new JsonException($"'{text}' is not an ISO 8601 LocalTime (expected e.g. 14:30:00): {result.Exception.Message}");
        }

        return result.Value;
    }

    public override void Write(Utf8JsonWriter writer, LocalTime value, JsonSerializerOptions options) =>
        writer.WriteStringValue(Pattern.Format(value));
}
