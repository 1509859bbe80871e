using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using MscDomain.Outcomes;
using NodaTime;

namespace MscDomain.Serialization;

/// <summary>
/// Fast reader of a list of <see cref="Observation"/>s that are all EDSS observations whose first member is
/// <c>"kind": "edss"</c> (see <see cref="FastReaders"/> for the contract it keeps). An element of any other kind, or with its
/// <c>kind</c> later in the object, is handed to the contract's own reader for that element (it accepts the discriminator in
/// any position), so such documents stay on the fast read.
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

            builder.Add(IsEdssKindFirst(reader) ? ReadOne(ref reader) : ReadWithContract(ref reader));
        }

        return builder.Count == builder.Capacity ? builder.MoveToImmutable() : builder.ToImmutable();
    }

    /// <summary>Whether the element at <paramref name="reader"/> (a copy: the caller's position does not move) is an object
    /// whose first member is an unescaped <c>"kind": "edss"</c>.</summary>
    private static bool IsEdssKindFirst(Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.StartObject
        && reader.Read() && reader.TokenType == JsonTokenType.PropertyName && !reader.ValueIsEscaped && !reader.HasValueSequence && reader.ValueSpan.SequenceEqual("kind"u8)
        && reader.Read() && reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped && !reader.HasValueSequence && reader.ValueSpan.SequenceEqual("edss"u8);

    /// <summary>Any other element (another kind, the discriminator later in the object, a non-object) is read by the contract
    /// itself, so a document with measure observations or sorted keys stays on the fast read. Should the contract fail here,
    /// the facade's re-read reports it with the full path.</summary>
    private static Observation ReadWithContract(ref Utf8JsonReader reader) =>
        JsonSerializer.Deserialize(ref reader, (System.Text.Json.Serialization.Metadata.JsonTypeInfo<Observation>)MscDomainJsonOptions.Compact.GetTypeInfo(typeof(Observation)))
        ?? throw FastReadMiss.Instance;

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
