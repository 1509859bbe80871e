using System.Text.Json;
using System.Text.Json.Serialization;
using MscDomain.Outcomes;
using NodaTime;

namespace MscDomain.Serialization;

/// <summary>Fast reader of <see cref="LabMeasurement"/> (see <see cref="FastReaders"/> for the contract it keeps).</summary>
internal sealed class LabMeasurementReader : JsonConverter<LabMeasurement>
{
    private const int AnalyteCode = 1, Value = 2, Unit = 4, Date = 8, Lower = 16, Upper = 32, Specimen = 64;
    private const int Required = AnalyteCode | Value | Unit | Date;

    /// <inheritdoc/>
    public override LabMeasurement Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            FastReaders.Miss();
        }

        var seen = 0;
        string? analyteCode = null, unit = null, specimen = null;
        decimal value = 0;
        decimal? lower = null, upper = null;
        LocalDate date = default;
        while (true)
        {
            FastReaders.Next(ref reader);
            if (reader.TokenType == JsonTokenType.EndObject)
            {
                break;
            }

            var bit = Member(FastReaders.Name(ref reader));
            FastReaders.Seen(ref seen, bit);
            FastReaders.Next(ref reader);
            switch (bit)
            {
                case AnalyteCode: analyteCode = FastReaders.String(ref reader); break;
                case Value: value = FastReaders.Decimal(ref reader); break;
                case Unit: unit = FastReaders.String(ref reader); break;
                case Date: date = FastReaders.Date(ref reader); break;
                case Lower: lower = FastReaders.NullableDecimal(ref reader); break;
                case Upper: upper = FastReaders.NullableDecimal(ref reader); break;
                default: specimen = FastReaders.NullableString(ref reader); break;
            }
        }

        if ((seen & Required) != Required)
        {
            FastReaders.Miss();
        }

        return new LabMeasurement(analyteCode!, value, unit!, date, lower, upper, specimen);
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, LabMeasurement value, JsonSerializerOptions options) => FastReaders.Write(writer, value);

    private static int Member(ReadOnlySpan<byte> name)
    {
        var bit = name.Length switch
        {
            4 when name.SequenceEqual("unit"u8) => Unit,
            4 when name.SequenceEqual("date"u8) => Date,
            5 when name.SequenceEqual("value"u8) => Value,
            8 when name.SequenceEqual("specimen"u8) => Specimen,
            11 when name.SequenceEqual("analyteCode"u8) => AnalyteCode,
            18 when name.SequenceEqual("lowerLimitOfNormal"u8) => Lower,
            18 when name.SequenceEqual("upperLimitOfNormal"u8) => Upper,
            _ => 0,
        };
        if (bit == 0)
        {
            FastReaders.Miss();
        }

        return bit;
    }
}
