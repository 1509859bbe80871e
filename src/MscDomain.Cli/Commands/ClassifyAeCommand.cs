using System.Globalization;
using System.Text;
using System.Text.Json;
using MscDomain.Common;
using MscDomain.Safety;
using NodaTime;
using MscDomain.AdverseEvents;

namespace MscDomain.Cli.Commands;

/// <summary><c>mscdomain classify-ae</c>: classifies adverse events (seriousness, causality, expectedness, SUSAR status and deadlines).</summary>
internal sealed class ClassifyAeCommand : ICliCommand
{
    private static readonly string[] Columns =
    [
        "id", "term", "grade", "ctcaeVersion", "serious", "seriousnessCriteria", "investigatorCausality", "sponsorCausality",
        "related", "causalityPending", "expectedness", "susar", "fatalOrLifeThreatening", "day0", "timelineDays",
        "initialReportDue", "completeReportDue", "issues", "reasons",
    ];

    public string Name => "classify-ae";

    public string Summary => "Classify adverse events: seriousness, causality, expectedness, SUSAR and deadlines.";

    public string Help =>
        """
        Usage: mscdomain classify-ae --input events.json [--output out.csv|out.json] [--format csv|json]

        Reads an adverse-event document ({"schemaVersion": 1, "events": [...]}, camelCase, kebab-case enum values, ISO dates) and writes,
        per event: the reported CTCAE grade, ICH E2A seriousness with its criteria, causality (investigator, sponsor
        and the single "related" answer for expedited reporting), expectedness, SUSAR status, and the reporting
        deadlines from day 0 (the sponsor's awareness): 7 days for fatal/life-threatening SUSARs (complete report by
        day 15), 15 days otherwise.

        Options:
          --input PATH     the adverse-event JSON document (required)
          --output PATH    where to write; the extension (.csv or .json) picks the format; default: CSV on stdout
          --format F       csv or json, overriding the extension

        Defaults: missing or conditional/unassessable causality counts as related until assessed; unknown expectedness
        counts as unexpected. Validation issues are listed per event; the exit code is 0 when the file could be read,
        1 for unreadable or invalid input, 2 for bad usage.

        """;

    public int Run(CliArguments args, TextWriter stdout, TextWriter stderr)
    {
        var input = args.Require("input");
        var output = args.Get("output");
        var format = args.Get("format");
        args.EnsureAllUsed();

        format ??= output is not null && output.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? "json" : "csv";
        if (format is not ("csv" or "json"))
        {
            throw new CliUsageException($"option --format takes csv or json, not '{format}'.");
        }

        if (output is not null && !output.EndsWith(".json", StringComparison.OrdinalIgnoreCase) && !output.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) && args.Get("format") is null)
        {
            throw new CliUsageException($"cannot tell the format of '{output}': use a .csv or .json extension or --format.");
        }

        AdverseEventDocument document;
        try
        {
            document = MscDomain.Serialization.MscDomainJson.DeserializeAdverseEvents(File.ReadAllText(input));
        }
        catch (IOException e)
        {
            stderr.WriteLine($"mscdomain {Name}: cannot read '{input}': {e.Message}");
            return 1;
        }
        catch (UnauthorizedAccessException e)
        {
            stderr.WriteLine($"mscdomain {Name}: cannot read '{input}': {e.Message}");
            return 1;
        }
        catch (JsonException e)
        {
            stderr.WriteLine($"mscdomain {Name}: '{input}' is not a valid adverse-event document: {e.Message}");
            return 1;
        }

        var results = document.Events.Select(e => AdverseEventClassifier.Classify(e)).ToList();
        var text = format == "json" ? ToJson(results) : ToCsv(results);
        if (output is null)
        {
            stdout.Write(text);
        }
        else
        {
            File.WriteAllText(output, text);
            stdout.WriteLine($"classified {results.Count} adverse event(s), {results.Count(r => r.Susar.IsSusar)} SUSAR(s); wrote {output}");
        }

        return 0;
    }

    private static string Date(LocalDate? d) => d?.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;

    private static string Version(CtcaeVersion v) => WireName.Of(v);

    private static string Criteria(SeriousnessCriteria c) => string.Join(";", SeriousnessClassifier.Split(c).Select(WireName.Of));

    private static string? Causality(CausalityAssessment? c) => c is null ? null : WireName.Of(c.Category);

    private static string Expect(ExpectednessResult e) => e.Expectedness is { } x ? WireName.Of(x) : "unknown";

    private static string[] Row(AdverseEventClassification r) =>
    [
        r.Event.Id,
        r.Event.VerbatimTerm,
        r.Grade?.Grade.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
        r.Grade is { } g ? Version(g.Version) : string.Empty,
        r.Seriousness.IsSerious ? "Y" : "N",
        Criteria(r.Seriousness.Criteria),
        Causality(r.Event.InvestigatorCausality) ?? string.Empty,
        Causality(r.Event.SponsorCausality) ?? string.Empty,
        r.Causality.IsRelated ? "Y" : "N",
        r.Causality.CausalityPending ? "Y" : "N",
        Expect(r.Expectedness),
        r.Susar.IsSusar ? "Y" : "N",
        r.Susar.FatalOrLifeThreatening ? "Y" : "N",
        Date(r.Susar.Day0),
        r.Susar.TimelineDays?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
        Date(r.Susar.InitialReportDue),
        Date(r.Susar.CompleteReportDue),
        string.Join(" | ", r.Seriousness.Issues.Select(i => i.ToString())),
        string.Join(" | ", r.Susar.Reasons),
    ];

    private static string ToCsv(IReadOnlyList<AdverseEventClassification> results)
    {
        var sb = new StringBuilder();
        sb.AppendJoin(',', Columns).Append('\n');
        foreach (var r in results)
        {
            sb.AppendJoin(',', Row(r).Select(Quote)).Append('\n');
        }

        return sb.ToString();
    }

    private static string Quote(string s) =>
        s.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : s;

    private static string ToJson(IReadOnlyList<AdverseEventClassification> results)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteNumber("schemaVersion", MscDomain.Serialization.MscDomainSchemaVersion.Current);
            w.WriteStartArray("classifications");
            foreach (var r in results)
            {
                w.WriteStartObject();
                w.WriteString("id", r.Event.Id);
                w.WriteString("term", r.Event.VerbatimTerm);
                if (r.Grade is { } g)
                {
                    w.WriteNumber("grade", g.Grade);
                    w.WriteString("ctcaeVersion", Version(g.Version));
                }
                else
                {
                    w.WriteNull("grade");
                    w.WriteNull("ctcaeVersion");
                }

                w.WriteBoolean("serious", r.Seriousness.IsSerious);
                w.WriteStartArray("seriousnessCriteria");
                foreach (var c in SeriousnessClassifier.Split(r.Seriousness.Criteria))
                {
                    w.WriteStringValue(WireName.Of(c));
                }

                w.WriteEndArray();
                w.WriteString("seriousnessExplanation", r.Seriousness.Explanation);
                WriteNullableString(w, "investigatorCausality", Causality(r.Event.InvestigatorCausality));
                WriteNullableString(w, "sponsorCausality", Causality(r.Event.SponsorCausality));
                w.WriteBoolean("related", r.Causality.IsRelated);
                w.WriteBoolean("causalityPending", r.Causality.CausalityPending);
                w.WriteString("causalityReason", r.Causality.Reason);
                w.WriteString("expectedness", Expect(r.Expectedness));
                w.WriteBoolean("susar", r.Susar.IsSusar);
                w.WriteBoolean("fatalOrLifeThreatening", r.Susar.FatalOrLifeThreatening);
                w.WriteStartArray("clocks");
                foreach (var c in r.Susar.Clocks)
                {
                    w.WriteStartObject();
                    w.WriteString("trigger", c.Trigger);
                    w.WriteString("day0", Date(c.Day0));
                    w.WriteNumber("timelineDays", c.TimelineDays);
                    w.WriteString("initialReportDue", Date(c.InitialReportDue));
                    WriteNullableString(w, "completeReportDue", c.CompleteReportDue is { } d ? Date(d) : null);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteStartArray("issues");
                foreach (var i in r.Seriousness.Issues)
                {
                    w.WriteStartObject();
                    w.WriteString("field", i.Field);
                    WriteNullableString(w, "value", i.Value);
                    w.WriteString("rule", i.Rule);
                    w.WriteString("severity", i.Severity == SafetyIssueSeverity.Error ? "error" : "warning");
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteStartArray("reasons");
                foreach (var s in r.Susar.Reasons)
                {
                    w.WriteStringValue(s);
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteNullableString(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }
}
