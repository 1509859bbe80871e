using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using MscDomain.Common;
using MscDomain.Serialization;
using MscDomain.Trials;
using MscDomain.AdverseEvents;

namespace MscDomain.Cli.Commands;

/// <summary>
/// <c>mscdomain validate FILE.json</c>: checks a document against the checked-in JSON Schema (<see cref="CheckedInSchema"/>) and
/// the model's rules (the strict facade <see cref="MscDomainJson"/>), printing every problem with its JSON path.
/// </summary>
internal sealed class ValidateCommand : ICliCommand
{
    private static readonly string[] Types = ["trial", "timeline", "cohort", "adverse-events"];

    // JsonSchema.Net registers schemas by $id process-wide: build each type's schema once, under ids of its own.
    private static readonly Dictionary<string, Lazy<JsonSchema>> Schemas = new()
    {
        ["trial"] = new(() => Build("TrialDocument")),
        ["timeline"] = new(() => Build("ParticipantTimeline")),
        ["cohort"] = new(() => Build("CohortDocument")),
    };

    private static readonly Dictionary<string, string> DocumentTypes = new()
    {
        ["trial"] = "TrialDocument",
        ["timeline"] = "ParticipantTimeline",
        ["cohort"] = "CohortDocument",
        ["adverse-events"] = "AdverseEventDocument",
    };

    public string Name => "validate";

    public string Summary => "Check a JSON document against the schema and the model's rules.";

    public CliPositional? Positional => new("FILE.json", "the document to check.", CliPathRole.InputFile);

    public IReadOnlyList<CliOption> Options { get; } =
    [
        CliOption.Value("type", "TYPE", "trial | timeline | cohort | adverse-events; detected from the content when absent."),
    ];

    public string Description => """
        Checks a trial document, participant timeline, cohort document or adverse-event document
        in two passes and prints every problem with its JSON path ($.participants[0].baseline.sex):
          1. the JSON Schema (draft 2020-12) the library exports (schema/mscdomain.schema.json;
             adverse-event documents have no schema and get the model pass only);
          2. the model's rules, by reading the document through the strict JSON facade (EDSS steps,
             no visit before birth, no dose before enrolment, unknown members, wrong types...).
             Cohorts are checked participant by participant, so each broken timeline is reported.
          3. for trial documents, the consistency pass (codes MSC1001-MSC1018, docs/issue-codes.md):
             counts against each other, n/N against arm sizes, printed percentages against n/N,
             estimates inside their CIs, timepoints within follow-up, periods in order, sequences
             against randomised counts, positive dose caps, provenance that resolves. Errors make
             the document invalid; warnings are printed and leave it valid.

        Older schema versions (schemaVersion 1) are upgraded on read (docs/schema-versions.md).

        The type is detected from the content (participants -> cohort, participantId -> timeline,
        events -> adverse-events, title/arms -> trial) unless --type is given.

        The exit code is 0 for a valid document and 1 for an invalid one (problems on stdout).
        """.Replace("\r\n", "\n", StringComparison.Ordinal);

    public int Run(CliArguments args, TextWriter stdout, TextWriter stderr)
    {
        var type = args.Get("type");
        if (args.Positional.Count != 1)
        {
            throw new CliUsageException("give exactly one FILE.json to validate.");
        }

        args.EnsureAllUsed();

        if (type is not null && !Types.Contains(type))
        {
            throw new CliUsageException($"--type '{type}' is not one of: {string.Join(", ", Types)}.");
        }

        var file = args.Positional[0];
        string json;
        try
        {
            json = File.ReadAllText(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw CliFiles.Error(MscDomain.Common.DataIssueCodes.FileUnreadable, file, $"cannot read: {e.Message}", e);
        }

        var all = Validate(json, ref type);
        var problems = all.Where(p => !p.StartsWith(WarningPrefix, StringComparison.Ordinal)).ToList();
        var warnings = all.Where(p => p.StartsWith(WarningPrefix, StringComparison.Ordinal)).ToList();
        if (problems.Count == 0)
        {
            stdout.WriteLine(warnings.Count == 0 ? $"{file}: valid {type} document." : $"{file}: valid {type} document, {warnings.Count} warning(s):");
            foreach (var w in warnings)
            {
                stdout.WriteLine($"  {w}");
            }

            return 0;
        }

        stdout.WriteLine($"{file}: {problems.Count} problem(s) in {type ?? "unknown"} document:");
        foreach (var p in problems.Concat(warnings))
        {
            stdout.WriteLine($"  {p}");
        }

        return 1;
    }

    /// <summary>Every problem of <paramref name="json"/>, schema problems first, each as "[schema|model] PATH: message".</summary>
    internal static List<string> Validate(string json, ref string? type)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json);
        }
        catch (JsonException e)
        {
            return [$"[json] $: not valid JSON: {e.Message}"];
        }

        type ??= Detect(root);
        if (type is null)
        {
            return ["[model] $: cannot tell the document type (expected an object with participants, participantId, events or title/arms); pass --type."];
        }

        var problems = new List<string>();
        if (Schemas.TryGetValue(type, out var schema))
        {
            // The schema describes the current version: an older document is checked as the library upgrades it.
            var schemaJson = json;
            if (root is JsonObject o && o["schemaVersion"] is JsonValue v && v.TryGetValue<int>(out var version)
                && version >= MscDomainSchemaVersion.Oldest && version < MscDomainSchemaVersion.Current)
            {
                var copy = o.DeepClone().AsObject();
                MscDomainJson.UpgradeToCurrent(copy, DocumentTypes[type]);
                schemaJson = copy.ToJsonString();
            }

            using var doc = JsonDocument.Parse(schemaJson);
            var result = schema.Value.Evaluate(doc.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.Hierarchical });
            CollectSchemaErrors(result, problems);
            if (!result.IsValid && problems.Count == 0)
            {
                problems.Add("[schema] $: the document does not match the schema.");
            }
        }

        problems.AddRange(ModelProblems(json, root, type));
        return problems;
    }

    /// <summary>
    /// Errors of failing evaluation nodes only: a passing node (e.g. the matching branch of an <c>anyOf</c>, or the null
    /// branch of a nullable member) hides the failures of its sibling branches, which are not problems of the document.
    /// </summary>
    private static void CollectSchemaErrors(EvaluationResults node, List<string> problems)
    {
        if (node.IsValid)
        {
            return;
        }

        foreach (var (keyword, message) in node.Errors ?? new Dictionary<string, string>())
        {
            var path = ToPath(node.InstanceLocation.ToString());
            var evaluation = node.EvaluationPath.ToString();
            var line = evaluation.EndsWith("additionalProperties", StringComparison.Ordinal) || evaluation.EndsWith("unevaluatedProperties", StringComparison.Ordinal)
                ? $"[schema] {path}: unknown member '{path[(Math.Max(path.LastIndexOf('.'), path.LastIndexOf('[')) + 1)..].TrimEnd(']')}' at {Parent(path)}"
                : $"[schema] {path}: {message} (keyword '{keyword}' at {evaluation})";
            if (!problems.Contains(line))
            {
                problems.Add(line);
            }
        }

        var children = node.Details ?? [];
        var branches = children.Where(IsBranch).ToList();
        var kindMismatches = branches.Where(b => FailsOnKind(b, b.InstanceLocation.ToString() + "/kind")).ToList();
        foreach (var child in children)
        {
            // A branch of a kind-discriminated anyOf/oneOf whose "kind" const does not match is not the branch the
            // document meant; report it only when every branch mismatches (then the kind itself is the problem).
            if (kindMismatches.Contains(child) && kindMismatches.Count < branches.Count)
            {
                continue;
            }

            CollectSchemaErrors(child, problems);
        }
    }

    private static bool IsBranch(EvaluationResults r) =>
        System.Text.RegularExpressions.Regex.IsMatch(r.EvaluationPath.ToString(), "/(anyOf|oneOf)/[0-9]+$");

    private static bool FailsOnKind(EvaluationResults r, string kindLocation) =>
        (!r.IsValid && r.InstanceLocation.ToString() == kindLocation && r.Errors is { } e && e.ContainsKey("const"))
        || (r.Details ?? []).Any(d => FailsOnKind(d, kindLocation));

    /// <summary>The prefix of a consistency warning (printed, but the document stays valid).</summary>
    internal const string WarningPrefix = "[consistency] warning";

    private static IEnumerable<string> ModelProblems(string json, JsonNode? root, string type)
    {
        var first = Model(json, type);
        if (first is null)
        {
            if (type == "trial")
            {
                // Third pass: values compared with each other (TrialDocument.CheckConsistency, codes MSC10xx).
                foreach (var issue in MscDomainJson.DeserializeTrial(json).CheckConsistency())
                {
                    var severity = issue.Severity.ToString().ToLowerInvariant();
                    yield return $"[consistency] {severity} {issue.Location}: {issue.Code}: {(issue.Value is null ? "(missing)" : "'" + issue.Value + "'")}: {issue.Rule}";
                }
            }

            yield break;
        }

        // A cohort stops at its first broken participant: check each participant on its own to report them all.
        if (type == "cohort" && root?["participants"] is JsonArray participants)
        {
            var any = false;
            for (var i = 0; i < participants.Count; i++)
            {
                if (participants[i] is { } p && Model(p.ToJsonString(), "timeline") is { } inner)
                {
                    any = true;
                    yield return Prefix(inner, $"$.participants[{i}]");
                }
            }

            if (any)
            {
                yield break;
            }
        }

        yield return first;
    }

    private static string? Model(string json, string type)
    {
        try
        {
            _ = type switch
            {
                "trial" => (object)MscDomainJson.DeserializeTrial(json),
                "timeline" => MscDomainJson.DeserializeTimeline(json),
                "cohort" => MscDomainJson.DeserializeCohort(json),
                _ => MscDomainJson.Deserialize<AdverseEventDocument>(json),
            };
            return null;
        }
        catch (JsonException e)
        {
            return $"[model] {ModelPath(e)}: {Tidy(e.Message)}";
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or FormatException)
        {
            return $"[model] $: {e.Message}";
        }
    }

    /// <summary>The exception's path, refined from "$" to the list entry a constructor message names (<c>ParticipantTimeline.Observations[1]</c> -> <c>$.observations[1]</c>).</summary>
    private static string ModelPath(JsonException e)
    {
        var path = e.Path ?? "$";
        var m = System.Text.RegularExpressions.Regex.Match(e.Message, @"ParticipantTimeline\.([A-Z]\w*)\[([0-9]+)\]");
        return path == "$" && m.Success ? $"$.{char.ToLowerInvariant(m.Groups[1].Value[0])}{m.Groups[1].Value[1..]}[{m.Groups[2].Value}]" : path;
    }

    /// <summary>One line: drops .NET's "(Parameter 'x')" and "Actual value was ..." additions.</summary>
    private static string Tidy(string message) =>
        System.Text.RegularExpressions.Regex.Replace(message.Split('\n')[0].TrimEnd('\r'), @" \(Parameter '[^']*'\)", string.Empty);

    private static string Prefix(string problem, string prefix) =>
        problem.Replace("[model] $", "[model] " + prefix, StringComparison.Ordinal).Replace("Path: $", "Path: " + prefix, StringComparison.Ordinal)
            .Replace("Invalid value at $", "Invalid value at " + prefix, StringComparison.Ordinal);

    private static string? Detect(JsonNode? root) => root is JsonObject o
        ? o.ContainsKey("participants") ? "cohort"
        : o.ContainsKey("participantId") ? "timeline"
        : o.ContainsKey("events") ? "adverse-events"
        : o.ContainsKey("title") || o.ContainsKey("arms") ? "trial"
        : null
        : null;

    private static string Parent(string path)
    {
        var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
        return cut > 1 ? path[..cut] : "$";
    }

    /// <summary>A JSON Pointer (<c>/participants/0/sex</c>) as a JSON path (<c>$.participants[0].sex</c>).</summary>
    internal static string ToPath(string pointer)
    {
        var path = "$";
        foreach (var raw in pointer.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var token = raw.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            path += token.All(char.IsAsciiDigit) ? $"[{token}]" : $".{token}";
        }

        return path;
    }

    private static JsonSchema Build(string definition)
    {
        var node = JsonNode.Parse(CheckedInSchema.Json)!.AsObject();
        node.Remove("oneOf");
        node["$id"] = $"urn:mscdomain:cli-validate:{definition}";
        node["$ref"] = $"#/$defs/{definition}";
        return JsonSchema.FromText(node.ToJsonString());
    }
}
