using System.Text.Json;
using MscDomain.Serialization;

namespace MscDomain.Cli.Commands;

/// <summary>Writes the <c>--json</c> documents of <c>progression</c> and <c>milestone</c>: a small hand-written envelope
/// (tool, arguments, methods, input summary) around the library's result records, which are written one participant at a time by the public
/// facade <see cref="MscDomainJson"/> with the source-generated contract (camelCase, kebab-case enums, ISO dates).</summary>
/// <remarks>No reflection-based serialisation: the tool stays trim- and AOT-safe.</remarks>
internal static class ProgressionJson
{
    /// <summary>Streams a <c>progression</c> document to <paramref name="stream"/>, one participant at a time.</summary>
    /// <param name="stream">Destination.</param>
    /// <param name="value">The document.</param>
    public static void Write(Stream stream, ProgressionJsonDocument value) =>
        Write(stream, value.Tool, value.Arguments, value.Input, w => w.WriteString("methods", value.Methods), w => Participants(w, value.Participants));

    /// <summary>Streams a <c>milestone</c> document to <paramref name="stream"/>, one participant at a time.</summary>
    /// <param name="stream">Destination.</param>
    /// <param name="value">The document.</param>
    public static void Write(Stream stream, MilestoneJsonDocument value) =>
        Write(stream, value.Tool, value.Arguments, value.Input, w => w.WriteNumber("milestone", value.Milestone), w => Participants(w, value.Participants));

    private static void Participants<T>(Utf8JsonWriter w, IReadOnlyList<T> participants)
    {
        w.WriteStartArray("participants");
        foreach (var p in participants)
        {
            MscDomainJson.Serialize(w, p);
            if (w.BytesPending > 1 << 16)
            {
                w.Flush(); // keep the writer's buffer small: the document is never held in memory
            }
        }

        w.WriteEndArray();
    }

    private static void Write(Stream stream, string tool, IReadOnlyDictionary<string, string> arguments, Tabular.Progression.ProgressionReadSummary input, Action<Utf8JsonWriter> specific, Action<Utf8JsonWriter> participants)
    {
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
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
            participants(w);
            w.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
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
