using FsCheck;
using FsCheck.Fluent;
using MscDomain.Tests.Serialization.Hostile;

namespace MscDomain.Tests.Cli.Hostile;

/// <summary>
/// Issue 8 point 8: every command on mutated copies of valid files (bytes and encodings, columns, rows, JSON members
/// reordered, duplicated, retyped, dropped, numbers at the extremes, dates at the calendar's ends), with the invariants of
/// <see cref="HostileCase"/>. FsCheck drives the mutation seeds with a bounded case count; a valid-input control set must
/// keep passing.
/// </summary>
public sealed class HostileCliTest
{
    private const int Cases = 20;

    internal static string Visits => File.ReadAllText(Path.Combine(CliRunner.MsprogDir, "visits.csv"));

    internal static string Relapses => File.ReadAllText(Path.Combine(CliRunner.MsprogDir, "relapses.csv"));

    internal const string FsCsv = "id,date,pyramidal,cerebellar,brainstem,sensory,bowel_bladder,visual,cerebral,ambulation\np1,2024-01-02,4,2,0,0,0,0,0,0\np2,2024-01-02,5,0,0,0,0,0,0,1\np3,2024-03-02,3X,3,3,1,0,2,1,2\n";

    internal const string LabsCsv = "subject,term,direction,value,unit,lln,uln,baseline_value,baseline_status,ctcae_version,symptomatic,intervention_indicated\n"
        + "S-01,Hypokalemia,,3.2,mmol/L,3.5,5.1,,,v5.0,,\nS-02,potassium,high,6.1,mmol/L,3.5,5.1,,,v6.0,,\nS-03,Alanine aminotransferase increased,,74,U/L,,40,50,high,v5.0,,\n";

    internal const string SurvivalCsv = "id,arm,time,event\n1,a,6,1\n2,a,7,0\n3,a,10,1\n4,b,3,1\n5,b,4,1\n6,b,12,0\n";

    internal const string AesCsv = "id,start_day,end_day,grade,term,follow_up_day\nP01,0,2,1,Infusion-related reaction,365\nP01,1,30,2,Headache,\nP02,-3,5,1,Nausea,90\n";

    internal const string AeJson = """
        {"schemaVersion": 1, "events": [
          {"id": "AE-1", "verbatimTerm": "pulmonary embolism", "onsetDate": "2025-12-20", "severity": {"grade": 4, "version": "v5.0"},
           "seriousnessCriteria": "life-threatening, hospitalisation", "investigatorCausality": {"category": "possible"},
           "sponsorCausality": {"category": "not-related"}, "expectedness": "unexpected-by-type", "sponsorAwareDate": "2025-12-28"},
          {"id": "AE-2", "verbatimTerm": "headache", "onsetDate": "2025-12-21", "severity": {"grade": 4, "version": "v6.0"}, "expectedness": "expected"}]}
        """;

    /// <summary>Every CSV-reading command: name, the valid input, and the command line for an input path.</summary>
    internal static readonly (string Name, Func<string> Input, Func<HostileCase, string, string[]> Args)[] CsvCommands =
    [
        ("progression", () => Visits, (c, v) => ["progression", "--visits", v, "--relapses", c.Input("relapses.csv", Relapses), "--raw-pira", "--event", "multiple", "--results", c.OutPath("results.csv"), "--json", c.OutPath("results.json")]),
        ("progression-relapses", () => Relapses, (c, r) => ["progression", "--visits", c.Input("visits.csv", Visits), "--relapses", r, "--event-count", c.OutPath("counts.csv")]),
        ("progression-day", () => "id,date,EDSS\nP1,0,2.0\nP1,100,3.5\nP1,200,3.5\nP1,400,4.0\n", (c, v) => ["progression", "--visits", v, "--date-format", "day", "--results", c.OutPath("results.csv")]),
        ("milestone", () => Visits, (c, v) => ["milestone", "--visits", v, "--milestone", "4", "--results", c.OutPath("m.csv"), "--json", c.OutPath("m.json")]),
        ("edss", () => FsCsv, (c, f) => ["edss", "--input", f, "--output", c.OutPath("edss.csv")]),
        ("grade-labs", () => LabsCsv, (c, f) => ["grade-labs", "--input", f, "--output", c.OutPath("graded.csv")]),
        ("plot-km", () => SurvivalCsv, (c, f) => ["plot", "km", "--input", f, "--time-column", "time", "--event-column", "event", "--group-column", "arm", "--output", c.OutPath("km.svg")]),
        ("plot-edss", () => Visits, (c, f) => ["plot", "edss", "--visits", f, "--id", "E01", "--output", c.OutPath("edss.svg")]),
        ("plot-swimmer", () => AesCsv, (c, f) => ["plot", "swimmer", "--input", f, "--output", c.OutPath("ae.svg")]),
    ];

    /// <summary>Every JSON-reading command: name, document, command line.</summary>
    internal static readonly (string Name, Func<string> Input, Func<HostileCase, string, string[]> Args)[] JsonCommands =
    [
        ("classify-ae", () => AeJson, (c, f) => ["classify-ae", "--input", f, "--output", c.OutPath("ae.json")]),
        ("validate-trial", () => HostileJsonSamples.All[0].Json, (c, f) => ["validate", f]),
        ("validate-cohort", () => HostileJsonSamples.All.Single(s => s.Type == "cohort").Json, (c, f) => ["validate", f]),
        ("export-csv", () => HostileJsonSamples.All.Single(s => s.Type == "cohort").Json, (c, f) => ["export-csv", "--input", f, "--output-dir", c.OutPath("csv"), "--overwrite"]),
        ("export-csv-timeline", () => HostileJsonSamples.All.Single(s => s.Type == "timeline").Json, (c, f) => ["export-csv", "--input", f, "--output-dir", c.OutPath("csv"), "--overwrite"]),
    ];

    public static TheoryData<string> CsvNames() => [.. CsvCommands.Select(c => c.Name)];

    public static TheoryData<string> JsonNames() => [.. JsonCommands.Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(CsvNames))]
    public void Control_valid_csv_input_succeeds(string name)
    {
        var (_, input, args) = CsvCommands.Single(c => c.Name == name);
        using var c = new HostileCase();
        var (code, text) = c.RunChecked(args(c, c.Input("input.csv", input())));
        code.Should().Be(0, text);
    }

    [Theory]
    [MemberData(nameof(JsonNames))]
    public void Control_valid_json_input_succeeds(string name)
    {
        var (_, input, args) = JsonCommands.Single(c => c.Name == name);
        using var c = new HostileCase();
        var (code, text) = c.RunChecked(args(c, c.Input("input.json", input())));
        code.Should().Be(0, text);
    }

    [Fact]
    public void Control_import_csv_reads_an_export_back()
    {
        using var c = new HostileCase();
        var cohort = c.Input("cohort.json", HostileJsonSamples.All.Single(s => s.Type == "cohort").Json);
        c.RunChecked("export-csv", "--input", cohort, "--output-dir", c.OutPath("csv")).Code.Should().Be(0);
        c.RunChecked("import-csv", "--dir", c.OutPath("csv"), "--output", c.OutPath("back.json")).Code.Should().Be(0);
        c.RunChecked("validate", c.OutPath("back.json")).Code.Should().Be(0);
    }

    [Fact]
    public void Every_csv_command_keeps_the_invariants_on_mutated_files() =>
        Prop.ForAll(Gen.Choose(0, CsvCommands.Length - 1).ToArbitrary(), Gen.Choose(0, 13).ToArbitrary(), ArbMap.Default.ArbFor<int>(), (command, kind, seed) =>
        {
            var (_, input, args) = CsvCommands[command];
            using var c = new HostileCase();
            c.Earlier("results.csv");
            c.Earlier("edss.csv");
            c.RunChecked(args(c, c.Input("input.csv", Mutations.Csv(input(), kind, seed))));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(Cases * 3));

    [Fact]
    public void Every_json_command_keeps_the_invariants_on_mutated_documents() =>
        Prop.ForAll(Gen.Choose(0, JsonCommands.Length - 1).ToArbitrary(), Gen.Choose(0, 8).ToArbitrary(), ArbMap.Default.ArbFor<int>(), (command, kind, seed) =>
        {
            var (name, input, args) = JsonCommands[command];
            using var c = new HostileCase();
            c.Earlier("ae.json");
            var mutated = Mutations.Json(input(), kind, seed);
            var (code, text) = c.RunChecked(args(c, c.Input("input.json", mutated)));
            if (kind % 9 == 0)
            {
                code.Should().Be(0, $"{name}: a document with its members sorted (json.dump sort_keys) stays valid\n{text}");
            }
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(Cases * 2));

    [Fact]
    public void Import_csv_keeps_the_invariants_on_mutated_files()
    {
        using var seedCase = new HostileCase();
        var cohort = seedCase.Input("cohort.json", HostileJsonSamples.All.Single(s => s.Type == "cohort").Json);
        seedCase.RunChecked("export-csv", "--input", cohort, "--output-dir", seedCase.OutPath("csv")).Code.Should().Be(0);
        var files = Directory.GetFiles(seedCase.OutPath("csv")).Order(StringComparer.Ordinal).ToArray();
        Prop.ForAll(Gen.Choose(0, files.Length - 1).ToArbitrary(), Gen.Choose(0, 13).ToArbitrary(), ArbMap.Default.ArbFor<int>(), (file, kind, seed) =>
        {
            using var c = new HostileCase();
            var dir = Path.Combine(c.Dir, "csv");
            Directory.CreateDirectory(dir);
            foreach (var f in files)
            {
                File.Copy(f, Path.Combine(dir, Path.GetFileName(f)));
            }

            File.WriteAllBytes(Path.Combine(dir, Path.GetFileName(files[file])), Mutations.Csv(File.ReadAllText(files[file]), kind, seed));
            c.Earlier("cohort.json");
            c.RunChecked("import-csv", "--dir", dir, "--output", c.OutPath("cohort.json"));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(Cases));
    }
}
