namespace MscDomain.Tests.Cli;

/// <summary>Bad input stops the run with a message naming file, line, column and rule, a non-zero exit code, and no
/// output file (not even a partial one).</summary>
public sealed class ProgressionBadInputTest
{
    private const string Header = "id,date,EDSS\n";
    private const string GoodRows = "P1,2020-01-01,2.0\nP1,2020-04-01,3.5\nP1,2020-07-01,3.5\n";

    private static void ShouldFailWithoutOutput(CliRunner cli, (int Code, string Stdout, string Stderr) r, int code, params string[] messageParts)
    {
        r.Code.Should().Be(code);
        foreach (var part in messageParts)
        {
            r.Stderr.Should().Contain(part);
        }

        Directory.GetFiles(cli.Dir).Select(Path.GetFileName).Should().BeEquivalentTo(["visits.csv", "relapses.csv"], "no output and no temporary file may be left");
    }

    private static (int, string, string) Progression(CliRunner cli, string visits, string relapses = "id,date\n", params string[] extra)
    {
        var v = cli.WriteFile("visits.csv", visits);
        var r = cli.WriteFile("relapses.csv", relapses);
        return cli.Run(["progression", "--visits", v, "--relapses", r, "--results", cli.PathOf("out.csv"), "--event-count", cli.PathOf("count.csv"), "--json", cli.PathOf("out.json"), .. extra]);
    }

    [Theory]
    [InlineData("0.5", "0.5 does not exist")]
    [InlineData("10.5", "EDSS 10.5 is not an EDSS step")]
    [InlineData("-1", "EDSS -1 is not an EDSS step")]
    [InlineData("3.25", "EDSS 3.25 is not an EDSS step")]
    public void Invalid_EDSS_values_are_errors_naming_file_line_column_and_rule(string value, string rule)
    {
        using var cli = new CliRunner();
        var r = Progression(cli, Header + GoodRows + $"P1,2020-10-01,{value}\n");
        ShouldFailWithoutOutput(cli, r, 1, "visits.csv:5", "[EDSS]", rule);
    }

    [Fact]
    public void Text_in_the_value_column_is_an_error()
    {
        using var cli = new CliRunner();
        var r = Progression(cli, Header + "P1,2020-01-01,two\n" + GoodRows);
        ShouldFailWithoutOutput(cli, r, 1, "visits.csv:2", "[EDSS]", "'two': is not a number");
    }

    [Fact]
    public void EDSS_range_validation_accepts_off_step_values_in_0_to_10_but_not_10_5()
    {
        using var cli = new CliRunner();
        var ok = Progression(cli, Header + "P1,2020-01-01,0.5\n" + GoodRows, "id,date\n", "--edss-validation", "range");
        ok.Item1.Should().Be(0, ok.Item3);
        File.Delete(cli.PathOf("out.csv"));
        File.Delete(cli.PathOf("count.csv"));
        File.Delete(cli.PathOf("out.json"));
        var bad = Progression(cli, Header + "P1,2020-01-01,10.5\n" + GoodRows, "id,date\n", "--edss-validation", "range");
        ShouldFailWithoutOutput(cli, bad, 1, "visits.csv:2", "outside 0–10");
    }

    [Theory]
    [InlineData("2020-13-01")]
    [InlineData("01/02/2020")]
    [InlineData("2020-02-30")]
    [InlineData("")]
    public void Unparsable_visit_dates_are_errors(string date)
    {
        using var cli = new CliRunner();
        var r = Progression(cli, Header + GoodRows + $"P1,{date},2.0\n");
        ShouldFailWithoutOutput(cli, r, 1, "visits.csv:5", "[date]", date.Length == 0 ? "error MSC0201" : "is not an ISO date");
    }

    [Fact]
    public void Unparsable_relapse_dates_are_errors()
    {
        using var cli = new CliRunner();
        var r = Progression(cli, Header + GoodRows, "id,date\nP1,2020-05-01\nP1,May 2020\n");
        ShouldFailWithoutOutput(cli, r, 1, "relapses.csv:3", "[date]", "'May 2020': is not an ISO date");
    }

    [Fact]
    public void Day_numbers_must_be_whole_numbers()
    {
        using var cli = new CliRunner();
        var r = Progression(cli, "id,day,EDSS\nP1,0,2.0\nP1,90.5,3.0\n", "id,day\n", "--date-format", "day", "--date-column", "day");
        ShouldFailWithoutOutput(cli, r, 1, "visits.csv:3", "[day]", "not a whole day number");
    }

    [Theory]
    [InlineData("-1000000")]
    [InlineData("2921940")]
    public void Day_numbers_outside_the_calendar_are_errors_not_crashes(string day)
    {
        using var cli = new CliRunner();
        var r = Progression(cli, $"id,day,EDSS\nP1,0,2.0\nP1,{day},3.0\n", "id,day\n", "--date-format", "day", "--date-column", "day");
        ShouldFailWithoutOutput(cli, r, 1, "visits.csv:3:4 [day]: error MSC0203", "0001-01-01 … 9999-12-31");
    }

    [Theory]
    [InlineData("id,visit_date,EDSS\n", "[date]", "required column 'date'")]
    [InlineData("subject,date,EDSS\n", "[id]", "required column 'id'")]
    [InlineData("id,date,edss_score\n", "[EDSS]", "required column 'EDSS'")]
    public void Missing_visit_columns_are_errors_on_line_1(string header, string column, string rule)
    {
        using var cli = new CliRunner();
        var r = Progression(cli, header + "P1,2020-01-01,2.0\n");
        ShouldFailWithoutOutput(cli, r, 1, "visits.csv:1", column, rule);
    }

    [Fact]
    public void Missing_relapse_column_is_an_error()
    {
        using var cli = new CliRunner();
        var r = Progression(cli, Header + GoodRows, "id,onset\nP1,2020-05-01\n");
        ShouldFailWithoutOutput(cli, r, 1, "relapses.csv:1", "[date]", "required column 'date'");
    }

    [Fact]
    public void Missing_validconf_column_is_an_error()
    {
        using var cli = new CliRunner();
        var r = Progression(cli, Header + GoodRows, "id,date\n", "--validconf-col", "scheduled");
        ShouldFailWithoutOutput(cli, r, 1, "visits.csv:1", "[scheduled]", "required column 'scheduled'");
    }

    [Fact]
    public void Relapse_of_an_unknown_participant_is_an_error()
    {
        using var cli = new CliRunner();
        var r = Progression(cli, Header + GoodRows, "id,date\nP1,2020-05-01\nP9,2020-06-01\n");
        ShouldFailWithoutOutput(cli, r, 1, "relapses.csv:3", "[id]", "participant 'P9' has a relapse but no row in the visit table");
    }

    [Fact]
    public void Invalid_validconf_flag_is_an_error()
    {
        using var cli = new CliRunner();
        var r = Progression(cli, "id,date,EDSS,scheduled\nP1,2020-01-01,2.0,TRUE\nP1,2020-04-01,3.5,maybe\n", "id,date\n", "--validconf-col", "scheduled");
        ShouldFailWithoutOutput(cli, r, 1, "visits.csv:3", "[scheduled]", "'maybe': is not a boolean");
    }

    [Fact]
    public void Missing_visit_file_is_an_error_naming_it()
    {
        using var cli = new CliRunner();
        cli.WriteFile("visits.csv", Header);
        cli.WriteFile("relapses.csv", "id,date\n");
        var r = cli.Run("progression", "--visits", cli.PathOf("nope.csv"), "--results", cli.PathOf("out.csv"));
        ShouldFailWithoutOutput(cli, r, 3, "nope.csv", "does not exist");
    }

    [Theory]
    [InlineData("--event", "firstEver", "--event")]
    [InlineData("--baseline", "moving", "--baseline")]
    [InlineData("--conf-days", "12w", "--conf-days")]
    [InlineData("--relapse-indep", "0,0,90", "--relapse-indep")]
    [InlineData("--threshold-arithmetic", "float", "--threshold-arithmetic")]
    [InlineData("--pira-preset", "smith1999", "--pira-preset")]
    [InlineData("--frobnicate", "1", "--frobnicate")]
    [InlineData("--date-format", "dmy", "--date-format")]
    public void Bad_options_are_usage_errors_with_exit_code_2_and_no_output(string option, string value, string named)
    {
        using var cli = new CliRunner();
        var r = Progression(cli, Header + GoodRows, "id,date\n", option, value);
        ShouldFailWithoutOutput(cli, r, 2, named);
    }

    [Fact]
    public void Probabilistic_imputation_needs_a_seed()
    {
        using var cli = new CliRunner();
        var r = Progression(cli, Header + GoodRows, "id,date\n", "--impute-last-visit", "0.5");
        ShouldFailWithoutOutput(cli, r, 2, "--seed");
    }

    [Fact]
    public void Probabilistic_imputation_with_a_seed_is_reproducible()
    {
        using var cli = new CliRunner();
        var v = cli.WriteFile("v.csv", "id,date,EDSS\n" + string.Concat(Enumerable.Range(0, 200).Select(i => $"P{i},2020-01-01,2.0\nP{i},2020-04-01,3.5\n")));
        var a = cli.Run("progression", "--visits", v, "--impute-last-visit", "0.5", "--seed", "7");
        var b = cli.Run("progression", "--visits", v, "--impute-last-visit", "0.5", "--seed", "7");
        a.Code.Should().Be(0, a.Stderr);
        b.Stdout.Should().Be(a.Stdout);
        var events = a.Stdout.Split('\n').Count(l => l.Contains("\"CDW\"", StringComparison.Ordinal));
        events.Should().BeInRange(60, 140, "about half of 200 last-visit worsenings are accepted with p = 0.5");
    }

    [Fact]
    public void Pira_preset_and_relapse_indep_together_are_a_usage_error()
    {
        using var cli = new CliRunner();
        var r = Progression(cli, Header + GoodRows, "id,date\n", "--pira-preset", "kappos2020", "--relapse-indep", "0,null,null,30,30,30");
        ShouldFailWithoutOutput(cli, r, 2, "either --pira-preset or --relapse-indep");
    }

    [Fact]
    public void A_failing_later_output_leaves_no_earlier_output_behind()
    {
        using var cli = new CliRunner();
        var v = cli.WriteFile("visits.csv", Header + GoodRows);
        cli.WriteFile("relapses.csv", "id,date\n");
        var r = cli.Run("progression", "--visits", v, "--results", cli.PathOf("out.csv"), "--event-count", Path.Combine(cli.Dir, "no-such-dir", "count.csv"));
        ShouldFailWithoutOutput(cli, r, 3, "does not exist");
    }

    [Fact]
    public void Milestone_bad_input_is_reported_the_same_way()
    {
        using var cli = new CliRunner();
        var v = cli.WriteFile("visits.csv", Header + GoodRows + "P1,2021-01-01,10.5\n");
        cli.WriteFile("relapses.csv", "id,date\n");
        var r = cli.Run("milestone", "--visits", v, "--milestone", "6", "--results", cli.PathOf("m.csv"));
        ShouldFailWithoutOutput(cli, r, 1, "visits.csv:5", "[EDSS]", "EDSS 10.5 is not an EDSS step");
    }

    [Fact]
    public void Milestone_needs_a_milestone()
    {
        using var cli = new CliRunner();
        var v = cli.WriteFile("visits.csv", Header + GoodRows);
        cli.WriteFile("relapses.csv", "id,date\n");
        var r = cli.Run("milestone", "--visits", v, "--results", cli.PathOf("m.csv"));
        ShouldFailWithoutOutput(cli, r, 2, "--milestone' is required");
    }
}
