using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using MscDomain.Outcomes;
using NodaTime;

namespace MscDomain.Serialization;

/// <summary>
/// Fast reader of a list of <see cref="Observation"/>s that are all EDSS observations whose first member is
/// <c>"kind": "edss"</c> (see <see cref="FastReaders"/> for the contract it keeps). Any other kind, or a <c>kind</c> that is not
/// first, is declined: the contract reads it (it accepts the discriminator in any position).
/// </summary>
/// <remarks>It reads the list rather than the element because System.Text.Json does not let a custom converter stand for a
/// polymorphic type. Besides the per-object constructor state, this avoids System.Text.Json's look-ahead for an out-of-order
/// discriminator, and builds the lists into exactly sized arrays rather than through intermediate lists.</remarks>
internal sealed class ObservationReader : JsonConverter<ImmutableArray<Observation>>
{
    private const int DateBit = 1, ScoreBit = 2, SystemsBit = 4, AmbulationBit = 8;
    private const int Required = DateBit | ScoreBit;

    /// <summary>More grades than this is not a valid observation (one grade per system): declined, the contract reports it.</summary>
    private const int MaxSystems = 16;

    /// <summary>Observations per list read without growing a buffer.</summary>
    private const int Chunk = 32;

    /// <inheritdoc/>
    public override ImmutableArray<Observation> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            FastReaders.Miss();
        }

        var builder = ImmutableArray.CreateBuilder<Observation>(Chunk);
        while (true)
        {
            FastReaders.Next(ref reader);
            if (reader.TokenType == JsonTokenType.EndArray)
            {
                break;
            }

            builder.Add(ReadOne(ref reader));
        }

        return builder.Count == builder.Capacity ? builder.MoveToImmutable() : builder.ToImmutable();
    }

    private static EdssObservation ReadOne(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            FastReaders.Miss();
        }

        FastReaders.Next(ref reader);
        if (!FastReaders.Name(ref reader).SequenceEqual("kind"u8))
        {
            FastReaders.Miss();
        }

        FastReaders.Next(ref reader);
        if (reader.TokenType != JsonTokenType.String || reader.ValueIsEscaped || reader.HasValueSequence || !reader.ValueSpan.SequenceEqual("edss"u8))
        {
            FastReaders.Miss();
        }

        var seen = 0;
        LocalDate date = default;
        decimal score = 0;
        int? ambulation = null;
        var systems = default(ImmutableArray<FunctionalSystemScore>);
        while (true)
        {
            FastReaders.Next(ref reader);
            if (reader.TokenType == JsonTokenType.EndObject)
            {
                break;
            }

            var name = FastReaders.Name(ref reader);
            var bit = name.Length switch
            {
                4 when name.SequenceEqual("date"u8) => DateBit,
                5 when name.SequenceEqual("score"u8) => ScoreBit,
                17 when name.SequenceEqual("functionalSystems"u8) => SystemsBit,
                15 when name.SequenceEqual("ambulationScore"u8) => AmbulationBit,
                _ => 0,
            };
            if (bit == 0)
            {
                FastReaders.Miss();
            }

            FastReaders.Seen(ref seen, bit);
            FastReaders.Next(ref reader);
            switch (bit)
            {
                case DateBit: date = FastReaders.Date(ref reader); break;
                case ScoreBit: score = FastReaders.Decimal(ref reader); break;
                case SystemsBit: systems = Systems(ref reader); break;
                default: ambulation = reader.TokenType == JsonTokenType.Null ? null : FastReaders.Int32(ref reader); break;
            }
        }

        if ((seen & Required) != Required || !EdssScore.IsValid(score))
        {
            FastReaders.Miss();
        }

        return new EdssObservation(date, new EdssScore(score), systems, ambulation);
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, ImmutableArray<Observation> value, JsonSerializerOptions options) => FastReaders.Write(writer, value);

    private static ImmutableArray<FunctionalSystemScore> Systems(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            FastReaders.Miss();
        }

        Span<FunctionalSystemScore> buffer = stackalloc FunctionalSystemScore[MaxSystems];
        var count = 0;
        while (true)
        {
            FastReaders.Next(ref reader);
            if (reader.TokenType == JsonTokenType.EndArray)
            {
                break;
            }

            if (count == MaxSystems)
            {
                FastReaders.Miss();
            }

            buffer[count++] = FunctionalSystemScoreReader.ReadScore(ref reader);
        }

        return ImmutableArray.Create(buffer[..count]);
    }
}
