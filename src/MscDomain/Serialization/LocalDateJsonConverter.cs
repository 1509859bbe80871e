using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace MscDomain.Serialization;

/// <summary>Reads and writes a NodaTime <see cref="LocalDate"/> as an ISO 8601 string ("2024-03-01"); usable by the source generator.</summary>
/// <remarks>The common shape (<c>yyyy-MM-dd</c>, years 1-9999, no escapes) is parsed from and formatted into UTF-8 spans
/// without allocating; anything else goes through NodaTime's <see cref="LocalDatePattern.Iso"/>, which decides and words
/// the error exactly as before.</remarks>
internal sealed class LocalDateJsonConverter : JsonConverter<LocalDate>
{
    private static readonly IPattern<LocalDate> Pattern = LocalDatePattern.Iso;

    public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"A LocalDate must be an ISO 8601 JSON string such as 2024-03-01, not {reader.TokenType}.");
        }

        if (!reader.HasValueSequence && !reader.ValueIsEscaped && TryParseFast(reader.ValueSpan, out var fast))
        {
            return fast;
        }

        var text = reader.GetString()!;
        var result = Pattern.Parse(text);
        if (!result.Success)
        {
            throw new JsonException($"'{text}' is not an ISO 8601 LocalDate (expected e.g. 2024-03-01): {result.Exception.Message}");
        }

        return result.Value;
    }

    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options)
    {
        if (value.Calendar == CalendarSystem.Iso && value.Year is >= 1 and <= 9999)
        {
            Span<byte> utf8 = stackalloc byte[10];
            Digits(utf8[..4], value.Year);
            utf8[4] = (byte)'-';
            Digits(utf8.Slice(5, 2), value.Month);
            utf8[7] = (byte)'-';
            Digits(utf8.Slice(8, 2), value.Day);
            writer.WriteStringValue(utf8);
            return;
        }

        writer.WriteStringValue(Pattern.Format(value));
    }

    /// <summary>Parses exactly <c>yyyy-MM-dd</c> naming a real ISO date; false sends the text to the full pattern.</summary>
    internal static bool TryParseFast(ReadOnlySpan<byte> s, out LocalDate date)
    {
        date = default;
        if (s.Length != 10 || s[4] != (byte)'-' || s[7] != (byte)'-'
            || !TryDigits(s[..4], out var year) || !TryDigits(s.Slice(5, 2), out var month) || !TryDigits(s.Slice(8, 2), out var day)
            || year < 1 || month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return false;
        }

        date = new LocalDate(year, month, day);
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<byte> s, out int value)
    {
        value = 0;
        foreach (var b in s)
        {
            var d = b - (byte)'0';
            if ((uint)d > 9)
            {
                return false;
            }

            value = (value * 10) + d;
        }

        return true;
    }

    private static void Digits(Span<byte> into, int value)
    {
        for (var i = into.Length - 1; i >= 0; i--)
        {
            into[i] = (byte)('0' + (value % 10));
            value /= 10;
        }
    }
}
