using System.Text.Json;
using MscDomain.Serialization;

namespace MscDomain.Cli.Commands;

/// <summary>Writes the <c>--json</c> documents of <c>progression</c> and <c>milestone</c>: a small hand-written envelope
/// (tool, arguments, methods, input summary) around the library's result records, which are written by the public
/// facade <see cref="MscDomainJson"/> with the source-generated contract (camelCase, kebab-case enums, ISO dates).</summary>
/// <remarks>No reflection-based serialisation: the tool stays trim- and AOT-safe.</remarks>
internal static class ProgressionJson
{
    /// <summary>Serialises a <c>progression</c> document to <paramref name="writer"/>.</summary>
    /// <param name="writer">Destination.</param>
    /// <param name="value">The document.</param>
    public static void Write(TextWriter writer, ProgressionJsonDocument value) =>
        Write(writer, value.Tool, value.Arguments, value.Input, w => w.WriteString("methods", value.Methods), MscDomainJson.Serialize(value.Participants));

    /// <summary>Serialises a <c>milestone</c> document to <paramref name="writer"/>.</summary>
    /// <param name="writer">Destination.</param>
    /// <param name="value">The document.</param>
    public static void Write(TextWriter writer, MilestoneJsonDocument value) =>
        Write(writer, value.Tool, value.Arguments, value.Input, w => w.WriteNumber("milestone", value.Milestone), MscDomainJson.Serialize(value.Participants));

    private static void Write(TextWriter writer, string tool, IReadOnlyDictionary<string, string> arguments, Tabular.Progression.ProgressionReadSummary input, Action<Utf8JsonWriter> specific, string participantsJson)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("tool", tool);
            w.WriteStartObject("arguments");
            foreach (var (key, val) in arguments)
            {
                w.WriteString(key, val);
            }

            w.WriteEndObject();
            specific(w);
            w.WriteStartObject("input");
            w.WriteNumber("visitRows", input.VisitRows);
            w.WriteNumber("visitsKept", input.VisitsKept);
            w.WriteNumber("participants", input.Participants);
            w.WriteNumber("relapseRows", input.RelapseRows);
            w.WriteString("valueColumn", input.ValueColumn);
            WriteInts(w, "missingValueLines", input.MissingValueLines);
            WriteInts(w, "sameDayDuplicateLines", input.SameDayDuplicateLines);
            w.WriteEndObject();
            w.WritePropertyName("participants");
            w.WriteRawValue(participantsJson);
            w.WriteEndObject();
        }

        writer.Write(System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan));
        writer.Write('\n');
    }

    private static void WriteInts(Utf8JsonWriter w, string name, IReadOnlyList<int> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
        {
            w.WriteNumberValue(v);
        }

        w.WriteEndArray();
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
