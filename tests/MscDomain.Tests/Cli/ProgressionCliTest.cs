using System.Text.Json;
using MscDomain.Tests.Disability;
using CcOptions = MscDomain.Disability.ConfirmedChangeOptions;

namespace MscDomain.Tests.Cli;

/// <summary>The <c>progression</c> and <c>milestone</c> commands: help, methods, stderr summary, day-number dates,
/// aliases, JSON and stdout output.</summary>
public sealed class ProgressionCliTest
{
    private static string Visits => Path.Combine(CliRunner.MsprogDir, "visits.csv");

    private static string Relapses => Path.Combine(CliRunner.MsprogDir, "relapses.csv");

    /// <summary>The options the issue requires, by name.</summary>
    public static TheoryData<string> RequiredProgressionOptions() =>
    [
        "visits", "relapses", "id-column", "date-column", "value-column", "date-format", "outcome", "event", "baseline",
        "proceed-from", "sub-threshold-rebl", "relapse-rebl", "bl-geq", "skip-local-extrema", "validconf-col", "conf-days",
        "conf-tol-days", "check-intermediate", "require-sust-days", "relapse-to-bl", "relapse-to-event", "relapse-to-conf",
        "relapse-assoc", "relapse-indep", "relapse-indep-prec", "raw-pira", "impute-last-visit", "delta-table",
        "threshold-arithmetic", "pira-preset", "results", "event-count", "json", "methods",
    ];

    [Theory]
    [MemberData(nameof(RequiredProgressionOptions))]
    public void Progression_help_documents_every_option(string option)
    {
        using var cli = new CliRunner();
        var r = cli.Run("progression", "--help");
        r.Code.Should().Be(0);
        r.Stdout.Should().Contain("--" + option + " ");
    }

    [Fact]
    public void Every_msprog_argument_the_engine_understands_has_a_documented_option()
    {
        using var cli = new CliRunner();
        var help = cli.Run("progression", "--help").Stdout;
        var missing = CcOptions.MsprogArgumentNames
            .Select(n => n switch { "delta" => "delta-table", _ => n.ToLowerInvariant().Replace('_', '-') })
            .Where(o => !help.Contains("--" + o + " ", StringComparison.Ordinal))
            .ToList();
        missing.Should().BeEmpty();
    }

    [Theory]
    [InlineData("milestone")]
    [InlineData("visits")]
    [InlineData("relapses")]
    [InlineData("conf-days")]
    [InlineData("conf-tol-days")]
    [InlineData("require-sust-days")]
    [InlineData("relapse-to-event")]
    [InlineData("relapse-to-conf")]
    [InlineData("impute-last-visit")]
    [InlineData("validconf-col")]
    [InlineData("results")]
    [InlineData("json")]
    public void Milestone_help_documents_its_options(string option)
    {
        using var cli = new CliRunner();
        var r = cli.Run("milestone", "--help");
        r.Code.Should().Be(0);
        r.Stdout.Should().Contain("--" + option + " ");
    }

    [Fact]
    public void Tool_help_lists_both_commands()
    {
        using var cli = new CliRunner();
        var r = cli.Run("--help");
        r.Stdout.Should().Contain("progression").And.Contain("milestone");
    }

    [Fact]
    public void Methods_alone_prints_the_paragraph_for_the_options_given()
    {
        using var cli = new CliRunner();
        var r = cli.Run("progression", "--methods", "--event", "firstPIRA", "--pira-preset", "kappos2020", "--conf-days", "84,168");
        r.Code.Should().Be(0, r.Stderr);
        r.Stdout.Should().Contain("Expanded Disability Status Scale").And.Contain("progression independent of relapse activity (PIRA)")
            .And.Contain("Kappos2020").And.Contain("Montobbio");
        var defaults = cli.Run("progression", "--methods").Stdout;
        defaults.Should().Contain("the first confirmed disability worsening (CDW)").And.NotContain("Kappos2020");
        cli.Run("progression", "--methods", "--raw-pira").Stdout.Should().Contain("Muller2023");
        cli.Run("progression", "--methods", "--outcome", "sdmt").Stdout.Should().Contain("Symbol Digit Modalities Test");
    }

    [Fact]
    public void Methods_with_an_analysis_prints_the_paragraph_and_writes_files()
    {
        using var cli = new CliRunner();
        var r = cli.Run("progression", "--visits", Visits, "--methods", "--results", cli.PathOf("r.csv"));
        r.Code.Should().Be(0, r.Stderr);
        r.Stdout.Should().Contain("Montobbio");
        File.Exists(cli.PathOf("r.csv")).Should().BeTrue();
    }

    [Fact]
    public void Stderr_summary_counts_missing_values_and_same_day_duplicates_with_their_lines()
    {
        using var cli = new CliRunner();
        var v = cli.WriteFile("v.csv", """
            id,date,EDSS
            A,2020-01-01,2.0
            A,2020-04-01,
            A,2020-04-01,3.0
            A,2020-07-01,NA
            A,2020-07-01,3.0
            B,2020-01-01,1.0
            B,2020-01-01,1.5
            B,2020-06-01,1.5
            """ + "\n");
        var rel = cli.WriteFile("r.csv", "id,date\nB,2020-03-01\n");
        var r = cli.Run("progression", "--visits", v, "--relapses", rel, "--results", cli.PathOf("out.csv"));
        r.Code.Should().Be(0, r.Stderr);
        // Lines 3 and 5 carry no EDSS: dropped. Line 7 (B on 2020-01-01) has a later row that day (line 8): dropped.
        // Lines 3 and 5 are not counted as duplicates of lines 4 and 6: missing rows are dropped first, as msprog does.
        r.Stderr.Should().Contain("read 8 visits for 2 participants and 1 relapses")
            .And.Contain("skipped 2 rows with missing EDSS (lines 3, 5)")
            .And.Contain("merged 1 same-day duplicates (dropped line 7")
            .And.Contain("analysing 5 visits");
    }

    [Fact]
    public void The_last_row_of_a_day_is_kept()
    {
        using var cli = new CliRunner();
        // Baseline 1.0 then (same day) 1.5 kept: 2.5 later is +1.0 from 1.5 → CDW; from 1.0 it would be 1.5 → also CDW;
        // so use 0 → 1.0 (kept) where 1.5 from 0 would not be a CDW but 1.0 from 1.0 is.
        var v = cli.WriteFile("v.csv", "id,date,EDSS\nA,2020-01-01,0\nA,2020-01-01,1.0\nA,2020-04-01,2.0\nA,2020-07-01,2.0\n");
        var r = cli.Run("progression", "--visits", v, "--results", cli.PathOf("out.csv"));
        r.Code.Should().Be(0, r.Stderr);
        var rows = MsprogConformanceData.ReadCsv(cli.PathOf("out.csv"));
        rows[1][Array.IndexOf(rows[0], "bl_value")].Should().Be("1");
        rows[1][Array.IndexOf(rows[0], "nevent")].Should().Be("1");
    }

    [Fact]
    public void Day_number_dates_give_the_same_results_as_ISO_dates_in_days()
    {
        using var cli = new CliRunner();
        var common = new[] { "--relapses", Relapses, "--event", "multiple", "--baseline", "roving", "--raw-pira" };
        var iso = cli.Run(["progression", "--visits", Visits, "--results", cli.PathOf("iso.csv"), .. common]);
        var day = cli.Run(["progression", "--visits", Visits, "--results", cli.PathOf("day.csv"), "--date-format", "day", "--date-column", "day", .. common]);
        iso.Code.Should().Be(0, iso.Stderr);
        day.Code.Should().Be(0, day.Stderr);
        var a = MsprogConformanceData.ReadCsv(cli.PathOf("iso.csv"));
        var b = MsprogConformanceData.ReadCsv(cli.PathOf("day.csv"));
        b.Count.Should().Be(a.Count);
        b[0].Should().Equal(a[0]);
        var origin = new DateOnly(2020, 1, 1); // day 0 in visits.csv
        var checkedDates = 0;
        for (var r = 1; r < a.Count; r++)
        {
            for (var c = 0; c < a[0].Length; c++)
            {
                if (a[0][c].EndsWith("date", StringComparison.Ordinal) && a[r][c].Length > 0)
                {
                    var expectedDay = DateOnly.ParseExact(a[r][c], "yyyy-MM-dd").DayNumber - origin.DayNumber;
                    b[r][c].Should().Be(expectedDay.ToString(System.Globalization.CultureInfo.InvariantCulture), $"row {r} column {a[0][c]}");
                    checkedDates++;
                }
                else
                {
                    b[r][c].Should().Be(a[r][c], $"row {r} column {a[0][c]}");
                }
            }
        }

        checkedDates.Should().BeGreaterThan(50);
    }

    [Fact]
    public void Day_number_milestone_dates_are_day_numbers()
    {
        using var cli = new CliRunner();
        var r = cli.Run("milestone", "--visits", Visits, "--relapses", Relapses, "--milestone", "6", "--date-format", "day", "--date-column", "day");
        r.Code.Should().Be(0, r.Stderr);
        r.Stdout.Should().StartWith("\"id\",\"day\",\"EDSS\",\"time2event\",\"observed\"\n\"E01\",450,,450,FALSE\n");
    }

    [Fact]
    public void Kebab_case_values_are_aliases_of_msprog_spellings()
    {
        using var cli = new CliRunner();
        var msprog = cli.Run("progression", "--visits", Visits, "--relapses", Relapses, "--event", "firstPIRA", "--baseline", "roving_wors", "--relapse-indep", "0,null,null,30,30,30", "--relapse-indep-prec", "last_delta", "--conf-tol-days", "0,Inf");
        var kebab = cli.Run("progression", "--visits", Visits, "--relapses", Relapses, "--event", "first-pira", "--baseline", "roving-wors", "--relapse-indep", "0,NULL,NULL,30,30,30", "--relapse-indep-prec", "last-delta", "--conf-tol-days", "0,inf");
        msprog.Code.Should().Be(0, msprog.Stderr);
        kebab.Stdout.Should().Be(msprog.Stdout);
    }

    [Fact]
    public void Pira_preset_kappos2020_equals_its_bounds()
    {
        using var cli = new CliRunner();
        var preset = cli.Run("progression", "--visits", Visits, "--relapses", Relapses, "--event", "firstPIRA", "--pira-preset", "kappos2020", "--relapse-rebl");
        var bounds = cli.Run("progression", "--visits", Visits, "--relapses", Relapses, "--event", "firstPIRA", "--relapse-indep", "0,null,null,30,30,30", "--relapse-rebl", "true");
        preset.Code.Should().Be(0, preset.Stderr);
        preset.Stdout.Should().Be(bounds.Stdout);
        var s05 = MsprogConformanceData.ReadCsv(Path.Combine(CliRunner.MsprogDir, "expected", "S05_edss_firstPIRA_kappos2020_relapse_rebl__results.csv"));
        preset.Stdout.Should().NotBeEmpty();
        s05.Count.Should().BeGreaterThan(1);
    }

    [Fact]
    public void Threshold_arithmetic_exact_and_msprog_differ_at_an_exact_20_percent_T25FW_threshold()
    {
        using var cli = new CliRunner();
        // 6.6 − 5.5 = 1.1 = 20 % of 5.5 exactly; in binary doubles 1.0999999999999996 < 1.1 (msprog misses it).
        var v = cli.WriteFile("v.csv", "id,date,T25FW\nA,2020-01-01,5.5\nA,2020-04-01,6.6\nA,2020-07-01,6.6\n");
        var exact = cli.Run("progression", "--visits", v, "--outcome", "t25fw");
        var binary = cli.Run("progression", "--visits", v, "--outcome", "t25fw", "--threshold-arithmetic", "msprog");
        exact.Stdout.Split('\n')[1].Should().StartWith("\"A\",1,\"CDW\"");
        binary.Stdout.Split('\n')[1].Should().StartWith("\"A\",0,");
    }

    [Fact]
    public void Custom_column_names_are_used_for_input_and_output()
    {
        using var cli = new CliRunner();
        var v = cli.WriteFile("v.csv", "patient,visit,score\nA,2020-01-01,2.0\nA,2020-04-01,3.0\nA,2020-07-01,3.0\n");
        var rel = cli.WriteFile("r.csv", "patient,onset\nA,2019-06-01\n");
        var r = cli.Run("progression", "--visits", v, "--relapses", rel, "--id-column", "patient", "--date-column", "visit", "--value-column", "score", "--relapse-date-column", "onset");
        r.Code.Should().Be(0, r.Stderr);
        r.Stdout.Should().StartWith("\"patient\",\"nevent\"");
        r.Stdout.Split('\n')[1].Should().StartWith("\"A\",1,\"CDW\",182,\"2020-04-01\",3,\"2020-01-01\",2,");
    }

    [Fact]
    public void Msprog_column_argument_names_are_aliases()
    {
        using var cli = new CliRunner();
        var v = cli.WriteFile("v.csv", "patient,visit,score\nA,2020-01-01,2.0\nA,2020-04-01,3.0\nA,2020-07-01,3.0\n");
        var rel = cli.WriteFile("r.csv", "pid,onset\nA,2020-03-20\n");
        var r = cli.Run("progression", "--visits", v, "--relapses", rel, "--subj-col", "patient", "--date-col", "visit", "--value-col", "score", "--rsubj-col", "pid", "--rdate-col", "onset", "--event-count", cli.PathOf("c.csv"));
        r.Code.Should().Be(0, r.Stderr);
        r.Stderr.Should().Contain("and 1 relapses");
        File.ReadAllText(cli.PathOf("c.csv")).Should().Be("\"patient\",\"CDW\"\n\"A\",1\n");
        var both = cli.Run("progression", "--visits", v, "--id-column", "patient", "--subj-col", "patient");
        both.Code.Should().Be(2);
        both.Stderr.Should().Contain("either --id-column or --subj-col");
    }

    [Fact]
    public void Json_output_holds_the_library_result_records()
    {
        using var cli = new CliRunner();
        var r = cli.Run("progression", "--visits", Visits, "--relapses", Relapses, "--event", "multiple", "--baseline", "roving", "--json", cli.PathOf("r.json"));
        r.Code.Should().Be(0, r.Stderr);
        r.Stdout.Should().BeEmpty();
        using var doc = JsonDocument.Parse(File.ReadAllText(cli.PathOf("r.json")));
        var root = doc.RootElement;
        root.GetProperty("arguments").GetProperty("event").GetString().Should().Be("multiple");
        root.GetProperty("input").GetProperty("participants").GetInt32().Should().Be(32);
        var participants = root.GetProperty("participants");
        participants.GetArrayLength().Should().Be(32);
        var e01 = participants[0];
        e01.GetProperty("participantId").GetString().Should().Be("E01");
        e01.GetProperty("result").GetProperty("events")[0].GetProperty("onset").GetProperty("date").GetString().Should().Be("2020-03-31");
    }

    [Fact]
    public void Json_participants_use_the_library_contract_and_read_back_through_the_facade()
    {
        using var cli = new CliRunner();
        var r = cli.Run("progression", "--visits", Visits, "--relapses", Relapses, "--event", "multiple", "--baseline", "roving", "--json", cli.PathOf("r.json"));
        r.Code.Should().Be(0, r.Stderr);
        using var doc = JsonDocument.Parse(File.ReadAllText(cli.PathOf("r.json")));
        var participants = doc.RootElement.GetProperty("participants").GetRawText();
        var kinds = doc.RootElement.GetProperty("participants").EnumerateArray()
            .SelectMany(p => p.GetProperty("result").GetProperty("events").EnumerateArray())
            .Select(e => e.GetProperty("kind").GetString()).ToList();
        kinds.Should().NotBeEmpty().And.OnlyContain(k => k == k!.ToLowerInvariant(), "enums are kebab-case as in the library contract");
        var back = MscDomain.Serialization.MscDomainJson.Deserialize<IReadOnlyList<MscDomain.Disability.ParticipantConfirmedChange>>(participants);
        back.Should().HaveCount(32);
        back[0].ParticipantId.Should().Be("E01");
    }

    [Fact]
    public void Milestone_json_output_holds_the_records()
    {
        using var cli = new CliRunner();
        var r = cli.Run("milestone", "--visits", Visits, "--milestone", "4", "--json", cli.PathOf("m.json"), "--results", cli.PathOf("m.csv"));
        r.Code.Should().Be(0, r.Stderr);
        using var doc = JsonDocument.Parse(File.ReadAllText(cli.PathOf("m.json")));
        doc.RootElement.GetProperty("milestone").GetDecimal().Should().Be(4m);
        doc.RootElement.GetProperty("participants").GetArrayLength().Should().Be(32);
        r.Stderr.Should().Contain("reached by");
    }

    [Fact]
    public void Without_output_files_the_results_table_goes_to_stdout_and_the_summary_to_stderr()
    {
        using var cli = new CliRunner();
        var r = cli.Run("progression", "--visits", Visits);
        r.Code.Should().Be(0, r.Stderr);
        r.Stdout.Should().StartWith("\"id\",\"nevent\",\"event_type\",\"total_fu\",\"date\"");
        r.Stdout.Should().NotContain("read ");
        r.Stderr.Should().Contain("read 181 visits for 32 participants");
        r.Stderr.Should().NotContain("\r", "progress is shown only when stderr is a terminal");
    }

    [Fact]
    public void Existing_output_files_are_replaced_only_after_success()
    {
        using var cli = new CliRunner();
        var output = cli.WriteFile("out.csv", "old");
        var bad = cli.WriteFile("bad.csv", "id,date,EDSS\nA,2020-01-01,0.5\n");
        cli.Run("progression", "--visits", bad, "--results", output).Code.Should().Be(1);
        File.ReadAllText(output).Should().Be("old");
        cli.Run("progression", "--visits", Visits, "--results", output).Code.Should().Be(0);
        File.ReadAllText(output).Should().StartWith("\"id\"");
        Directory.GetFiles(cli.Dir).Should().HaveCount(2);
    }
}
