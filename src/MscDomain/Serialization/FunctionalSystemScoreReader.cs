using System.Text.Json;
using System.Text.Json.Serialization;
using MscDomain.Outcomes;

namespace MscDomain.Serialization;

/// <summary>Fast reader of <see cref="FunctionalSystemScore"/> (see <see cref="FastReaders"/> for the contract it keeps).</summary>
internal sealed class FunctionalSystemScoreReader : JsonConverter<FunctionalSystemScore>
{
    private const int SystemBit = 1, GradeBit = 2;

    /// <inheritdoc/>
    public override FunctionalSystemScore Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadScore(ref reader);

    /// <summary>Reads one grade object (the reader is on its start).</summary>
    internal static FunctionalSystemScore ReadScore(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            FastReaders.Miss();
        }

        var seen = 0;
        FunctionalSystem system = default;
        var grade = 0;
        while (true)
        {
            FastReaders.Next(ref reader);
            if (reader.TokenType == JsonTokenType.EndObject)
            {
                break;
            }

            var name = FastReaders.Name(ref reader);
            var bit = name.SequenceEqual("system"u8) ? SystemBit : name.SequenceEqual("grade"u8) ? GradeBit : 0;
            if (bit == 0)
            {
                FastReaders.Miss();
            }

            FastReaders.Seen(ref seen, bit);
            FastReaders.Next(ref reader);
            if (bit == SystemBit)
            {
                system = FastReaders.Enum<FunctionalSystem>(ref reader);
            }
            else
            {
                grade = FastReaders.Int32(ref reader);
            }
        }

        if (seen != (SystemBit | GradeBit))
        {
            FastReaders.Miss();
        }

        return new FunctionalSystemScore(system, grade);
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, FunctionalSystemScore value, JsonSerializerOptions options) => FastReaders.Write(writer, value);
}
