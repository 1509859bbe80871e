using System.Text.Json;
using MscDomain.Tests.Disability;

namespace MscDomain.Tests.Cli;

/// <summary>Every msprog run in TestData/msprog/settings.json (16 MSprog, 2 value_milestone) reproduced through the
/// command line: each msprog argument mapped to its kebab-case option, run on visits.csv + relapses.csv, and every
/// column msprog wrote compared cell by cell, row by row.</summary>
public sealed class ProgressionConformanceTest
{
    private static readonly JsonElement Settings = JsonDocument.Parse(File.ReadAllText(Path.Combine(CliRunner.MsprogDir, "settings.json"))).RootElement;

    /// <summary>Runs whose output differs from msprog under the default exact decimal arithmetic. None on this data: every
    /// EDSS step and these T25FW/NHPT/SDMT values give the same comparison in binary and in decimal. The synthetic case in
    /// <see cref="ProgressionCliTest.Threshold_arithmetic_exact_and_msprog_differ_at_an_exact_20_percent_T25FW_threshold"/>
    /// shows where they do differ.</summary>
    private static readonly string[] DifferUnderExact = [];

    public static TheoryData<string> ProgressionRuns()
    {
        var d = new TheoryData<string>();
        foreach (var r in Settings.GetProperty("runs").EnumerateObject())
        {
            d.Add(r.Name);
        }

        return d;
    }

    public static TheoryData<string> MilestoneRuns()
    {
        var d = new TheoryData<string>();
        foreach (var r in Settings.GetProperty("milestones").EnumerateObject())
        {
            d.Add(r.Name);
        }

        return d;
    }

    /// <summary>Maps one settings.json run to command-line arguments: <c>snake_case</c> → <c>--kebab-case</c>, arrays joined
    /// by commas, R's Inf and NULL as <c>inf</c>/<c>null</c>, logicals as true/false, relapse_indep's bounds as
    /// <c>--relapse-indep p0,p1,e0,e1,c0,c1</c> plus <c>--relapse-indep-prec</c>.</summary>
    internal static List<string> ArgumentsFor(JsonElement run)
    {
        var args = new List<string>();
        foreach (var p in run.EnumerateObject())
        {
            switch (p.Name)
            {
                case "value_col":
                    args.AddRange(["--value-column", p.Value.GetString()!]);
                    break;
                case "relapse_indep":
                    args.AddRange(["--relapse-indep", string.Join(",", new[] { "p0", "p1", "e0", "e1", "c0", "c1" }.Select(k => Scalar(p.Value.GetProperty(k))))]);
                    args.AddRange(["--relapse-indep-prec", p.Value.GetProperty("prec_type").GetString()!]);
                    break;
                default:
                    var name = "--" + p.Name.ToLowerInvariant().Replace('_', '-');
                    if (p.Value.ValueKind == JsonValueKind.True)
                    {
                        args.Add(name); // bare flag
                    }
                    else
                    {
                        args.AddRange([name, p.Value.ValueKind == JsonValueKind.Array ? string.Join(",", p.Value.EnumerateArray().Select(Scalar)) : Scalar(p.Value)]);
                    }

                    break;
            }
        }

        return args;
    }

    private static string Scalar(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Null => "null",
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.String => e.GetString() == "Inf" ? "inf" : e.GetString()!,
        _ => e.GetRawText(),
    };

    private static (List<string[]> Results, List<string[]> Counts) RunProgression(string run, string arithmetic)
    {
        using var cli = new CliRunner();
        var args = new List<string>
        {
            "progression", "--visits", Path.Combine(CliRunner.MsprogDir, "visits.csv"), "--relapses", Path.Combine(CliRunner.MsprogDir, "relapses.csv"),
            "--results", cli.PathOf("results.csv"), "--event-count", cli.PathOf("event_count.csv"), "--threshold-arithmetic", arithmetic,
        };
        args.AddRange(ArgumentsFor(Settings.GetProperty("runs").GetProperty(run)));
        var (code, _, stderr) = cli.Run([.. args]);
        code.Should().Be(0, stderr);
        return (MsprogConformanceData.ReadCsv(cli.PathOf("results.csv")), MsprogConformanceData.ReadCsv(cli.PathOf("event_count.csv")));
    }

    [Theory]
    [MemberData(nameof(ProgressionRuns))]
    public void Results_and_event_count_match_msprog_with_msprog_arithmetic(string run)
    {
        var (results, counts) = RunProgression(run, "msprog");
        CompareMsprogColumns(run + " results", Expected(run, "results"), results).Should().BeEmpty();
        CompareMsprogColumns(run + " event_count", Expected(run, "event_count"), counts).Should().BeEmpty();
    }

    [Fact]
    public void Under_exact_arithmetic_only_the_documented_runs_differ_from_msprog()
    {
        var differing = new List<string>();
        foreach (var run in Settings.GetProperty("runs").EnumerateObject().Select(r => r.Name))
        {
            var (results, counts) = RunProgression(run, "exact");
            if (CompareMsprogColumns(run, Expected(run, "results"), results).Count + CompareMsprogColumns(run, Expected(run, "event_count"), counts).Count > 0)
            {
                differing.Add(run);
            }
        }

        differing.Should().BeEquivalentTo(DifferUnderExact);
    }

    [Theory]
    [MemberData(nameof(MilestoneRuns))]
    public void Milestone_matches_msprog_value_milestone(string run)
    {
        using var cli = new CliRunner();
        var spec = Settings.GetProperty("milestones").GetProperty(run);
        var args = new List<string>
        {
            "milestone", "--visits", Path.Combine(CliRunner.MsprogDir, "visits.csv"), "--relapses", Path.Combine(CliRunner.MsprogDir, "relapses.csv"),
            "--results", cli.PathOf("milestone.csv"),
        };
        args.AddRange(ArgumentsFor(spec));
        var (code, _, stderr) = cli.Run([.. args]);
        code.Should().Be(0, stderr);
        CompareMsprogColumns(run, Expected(run, "milestone"), MsprogConformanceData.ReadCsv(cli.PathOf("milestone.csv"))).Should().BeEmpty();
    }

    private static List<string[]> Expected(string run, string table) =>
        MsprogConformanceData.ReadCsv(Path.Combine(CliRunner.MsprogDir, "expected", $"{run}__{table}.csv"));

    /// <summary>Every column of <paramref name="expected"/> must exist in <paramref name="actual"/> with identical cells in
    /// the same row order (extra columns in the output are allowed).</summary>
    internal static List<string> CompareMsprogColumns(string what, List<string[]> expected, List<string[]> actual)
    {
        var problems = new List<string>();
        var header = actual[0];
        if (expected.Count != actual.Count)
        {
            problems.Add($"{what}: {expected.Count - 1} rows expected, {actual.Count - 1} written");
        }

        foreach (var (col, ei) in expected[0].Select((c, i) => (c, i)))
        {
            var ai = Array.IndexOf(header, col);
            if (ai < 0)
            {
                problems.Add($"{what}: column {col} missing");
                continue;
            }

            for (var r = 1; r < Math.Min(expected.Count, actual.Count); r++)
            {
                if (expected[r][ei] != actual[r][ai])
                {
                    problems.Add($"{what}: row {r} ({expected[r][0]}) column {col}: expected '{expected[r][ei]}', got '{actual[r][ai]}'");
                }
            }
        }

        return problems;
    }
}
