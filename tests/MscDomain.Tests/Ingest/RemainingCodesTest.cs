using MscDomain.Common;
using MscDomain.Ingest;
using MscDomain.Tests.Cli;

namespace MscDomain.Tests.Ingest;

/// <summary>Every issue code is produced at least once by the tests (the others are in the neighbouring test classes).</summary>
public sealed class RemainingCodesTest
{
    private static string Run(string file, string csv, Func<string, string, string[]> args, int expectedExit = 1)
    {
        using var cli = new CliRunner();
        var path = cli.WriteFile(file, csv);
        var r = cli.Run(args(cli.Dir, path));
        r.Code.Should().Be(expectedExit, r.Stderr);
        return r.Stderr;
    }

    [Fact]
    public void A_stray_quote_is_MSC0107() =>
        Run("s.csv", "time,event\n5,1\n7,\"x\"y\n", (d, f) => ["plot", "km", "--input", f, "--time-column", "time", "--event-column", "event", "--output", Path.Combine(d, "k.png")])
            .Should().Contain("s.csv:3:6: error " + DataIssueCodes.MalformedCsv, "the text after the closing quote, line 3 column 6, is the offending character");

    [Fact]
    public void An_input_column_named_like_an_output_column_is_MSC0109() =>
        Run("labs.csv", "term,direction,value,unit,lln,uln,baseline_value,baseline_status,ctcae_version,grade\nHypokalemia,,3.2,mmol/L,3.5,5.1,,,v5.0,1\n",
            (d, f) => ["grade-labs", "--input", f, "--output", Path.Combine(d, "o.csv")])
            .Should().Contain("[grade]: error " + DataIssueCodes.OutputColumnExists);

    [Theory]
    [InlineData("180", false)]
    [InlineData("180.5", true)]
    public void A_T25FW_above_the_180_s_limit_is_kept_with_MSC0204(string value, bool flagged)
    {
        var header = RawHeader.Create(["id", "date", "T25FW"], "v.csv");
        var r = DisabilityVisitIngest.Read(header, [new RawRow(2, ["A", "2020-01-01", value])], null, null, new DisabilityIngestOptions { Outcome = MscDomain.Disability.OutcomeKind.T25fw });
        r.HasErrors.Should().BeFalse();
        r.Participants[0].Visits.Should().ContainSingle();
        r.Issues.Any(i => i.Code == DataIssueCodes.AboveTestLimit && i.Severity == DataIssueSeverity.Note).Should().Be(flagged);
    }

    [Fact]
    public void A_participant_id_twice_in_participants_csv_is_MSC0303()
    {
        using var cli = new CliRunner();
        var dir = Directory.CreateDirectory(cli.PathOf("csv")).FullName;
        File.WriteAllText(Path.Combine(dir, "participants.csv"), "id,birth_date,sex,enrolment_date\nA,1980,female,2020-01-10\nA,1981,male,2020-01-11\n");
        var r = cli.Run("import-csv", "--dir", dir, "--output", cli.PathOf("c.json"), "--id", "c");
        r.Code.Should().Be(1);
        r.Stderr.Should().Contain("participants.csv:3:1 [id]: error " + DataIssueCodes.DuplicateRecord);
    }

    [Fact]
    public void Plot_edss_for_a_participant_without_visits_is_MSC0304() =>
        Run("visits.csv", "id,date,EDSS\nP1,2020-01-01,2.0\n", (d, f) => ["plot", "edss", "--visits", f, "--id", "P9", "--output", Path.Combine(d, "p.svg")])
            .Should().Contain("error " + DataIssueCodes.NoParticipantRecords).And.Contain("'P9'");

    [Fact]
    public void A_direction_that_contradicts_the_term_is_MSC0603() =>
        Run("labs.csv", "term,direction,value,unit,lln,uln,baseline_value,baseline_status,ctcae_version\nHypokalemia,high,3.2,mmol/L,3.5,5.1,,,v5.0\n",
            (d, f) => ["grade-labs", "--input", f, "--output", Path.Combine(d, "o.csv")])
            .Should().Contain("[direction]: error " + DataIssueCodes.LabDirectionContradictsTerm);
}
