using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;

namespace MscDomain.Cli.Commands;

/// <summary>Writes the library's result records as JSON for <c>--json</c>: camelCase names, enums as strings, ISO dates,
/// as the library's JSON context does.</summary>
/// <remarks>Uses reflection-based System.Text.Json with the library's conventions because the public facade
/// (<c>MscDomainJson</c>) is not yet on this branch; swap <see cref="Write{T}"/> to <c>MscDomainJson</c> once merged
/// (the result types are already registered in <c>MscDomainJsonContext</c>).</remarks>
internal static class ProgressionJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Converters = { new JsonStringEnumConverter(), new LocalDateConverter() },
    };

    /// <summary>Serialises <paramref name="value"/> to <paramref name="writer"/>.</summary>
    /// <typeparam name="T">The document type.</typeparam>
    /// <param name="writer">Destination.</param>
    /// <param name="value">The document.</param>
    public static void Write<T>(TextWriter writer, T value)
    {
        writer.Write(JsonSerializer.Serialize(value, Options));
        writer.Write('\n');
    }

    private sealed class LocalDateConverter : JsonConverter<LocalDate>
    {
        public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            LocalDate.FromDateOnly(DateOnly.ParseExact(reader.GetString()!, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

        public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }
}

/// <summary>The <c>--json</c> document of <c>progression</c>.</summary>
/// <param name="Tool">Command that produced it.</param>
/// <param name="Arguments">msprog arguments as given (msprog names).</param>
/// <param name="Methods">The methods paragraph for the options.</param>
/// <param name="Input">What was read.</param>
/// <param name="Participants">One result per participant.</param>
internal sealed record ProgressionJsonDocument(string Tool, IReadOnlyDictionary<string, string> Arguments, string Methods, Tabular.Progression.ProgressionReadSummary Input, IReadOnlyList<Disability.ParticipantConfirmedChange> Participants);

/// <summary>The <c>--json</c> document of <c>milestone</c>.</summary>
/// <param name="Tool">Command that produced it.</param>
/// <param name="Arguments">msprog arguments as given (msprog names).</param>
/// <param name="Milestone">The milestone value.</param>
/// <param name="Input">What was read.</param>
/// <param name="Participants">One result per participant.</param>
internal sealed record MilestoneJsonDocument(string Tool, IReadOnlyDictionary<string, string> Arguments, decimal Milestone, Tabular.Progression.ProgressionReadSummary Input, IReadOnlyList<Disability.ParticipantMilestone> Participants);
