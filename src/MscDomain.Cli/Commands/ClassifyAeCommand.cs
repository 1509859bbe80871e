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
        "specialInterest", "unblindBeforeReporting", "investigatorReportDue",
    ];

    public string Name => "classify-ae";

    public string Summary => "Classify adverse events: seriousness, causality, expectedness, SUSAR and deadlines.";

    public IReadOnlyList<CliOption> Options { get; } =
    [
        CliOption.Input("input", "the adverse-event JSON document (required).") with { Required = true },
        CliOption.Output("output", "where to write; the extension (.csv or .json) picks the format; without it, CSV on stdout."),
        CliOption.Value("format", "csv|json", "the output format, overriding the extension."),
        CliOption.Value(
            "jurisdiction",
            string.Join("|", WireName.Names<ReportingJurisdiction>()),
            "the regulation whose SUSAR rules apply: eu-ctr (EU CTR 536/2014; the investigator's or the sponsor's suspicion makes an event related) "
                + "or us-ind-safety-report (21 CFR 312.32; the sponsor's causality, when assessed, governs).",
            () => WireName.Of(SusarOptions.Default.Jurisdiction)),
    ];

    public string Description =>
        """
        Reads an adverse-event document ({"schemaVersion": 1, "events": [...]}, camelCase, kebab-case enum values, ISO dates) and writes,
        per event: the reported CTCAE grade, ICH E2A seriousness with its criteria, causality (investigator, sponsor
        and the single "related" answer for expedited reporting), expectedness, SUSAR status, and the reporting
        deadlines from day 0 (the sponsor's awareness): 7 days for fatal/life-threatening SUSARs (complete report by
        day 15), 15 days otherwise. The JSON output is the library's AdverseEventClassificationReport (the same
        document MscDomainJson.Serialize writes).

        Missing or conditional/unassessable causality counts as related until assessed; unknown expectedness
        counts as unexpected. Validation issues are listed per event.

        --jurisdiction picks the SUSAR causality rule: eu-ctr (default; Regulation (EU) 536/2014 Annex III §2.3, the
        sponsor may not downgrade the investigator's causality) or us-ind-safety-report (21 CFR 312.32(a): the
        sponsor's "not related" governs). The 7/15-day clocks are the same in both.
        """;

    public int Run(CliArguments args, TextWriter stdout, TextWriter stderr)
    {
        var input = args.Require("input");
        var output = args.Get("output");
        var format = args.Get("format");
        var jurisdictionText = args.Get("jurisdiction");
        args.EnsureAllUsed();

        var jurisdiction = SusarOptions.Default.Jurisdiction;
        if (jurisdictionText is not null && !WireName.TryParse(jurisdictionText, out jurisdiction))
        {
            throw new CliUsageException(
                $"option --jurisdiction takes {string.Join(" or ", WireName.Names<ReportingJurisdiction>())}, not '{jurisdictionText}'.");
        }

        if (output is not null && format is null && !output.EndsWith(".json", StringComparison.OrdinalIgnoreCase) && !output.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
        {
            throw new CliUsageException($"cannot tell the format of '{output}': use a .csv or .json extension or --format.");
        }

        format ??= output is not null && output.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? "json" : "csv";
        if (format is not ("csv" or "json"))
        {
            throw new CliUsageException($"option --format takes csv or json, not '{format}'.");
        }

        var options = AdverseEventClassifierOptions.Default with
        {
            Susar = AdverseEventClassifierOptions.Default.Susar with { Jurisdiction = jurisdiction },
        };
        return Classify(input, output, format == "json", options, stdout);
    }

    /// <summary>The computation, separate from option parsing: reads, classifies and writes.</summary>
    private static int Classify(string input, string? output, bool json, AdverseEventClassifierOptions options, TextWriter stdout)
    {
        var document = MscDomain.Serialization.MscDomainJson.DeserializeAdverseEvents(File.ReadAllText(input));
        var results = document.Events.Select(e => AdverseEventClassifier.Classify(e, null, options)).ToList();
        if (output is null)
        {
            stdout.Write(json ? ToJson(results) : ToCsv(results));
            return 0;
        }

        if (json)
        {
            MscDomain.IO.AtomicFile.WriteAllText(output, ToJson(results));
        }
        else
        {
            MscDomain.IO.AtomicFile.WriteAllText(output, ToCsv(results));
        }

        stdout.WriteLine($"classified {results.Count} adverse event(s), {results.Count(r => r.Susar.IsSusar)} SUSAR(s); wrote {output}");
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
        r.SpecialInterest is { IsSpecialInterest: true } aesi ? "Y" + (aesi.Name is { } n ? ": " + n : string.Empty) : "N",
        r.Susar.UnblindBeforeReporting ? "Y" : "N",
        Date(r.Seriousness.InvestigatorReportDue),
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

    /// <summary>The library's report, exactly as the facade writes it (so library users get the same document).</summary>
    private static string ToJson(IReadOnlyList<AdverseEventClassification> results) =>
        MscDomain.Serialization.MscDomainJson.Serialize(AdverseEventClassificationReport.From(results)) + "\n";
}
