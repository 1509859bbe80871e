using System.Text;
using MscDomain.Common;
using MscDomain.Tests.Cli;

namespace MscDomain.Tests.Ingest;

/// <summary>
/// Issue 8: the same bad value gets the same issue code from every command that reads it. Each case starts from a valid
/// file for a command (a control that must pass), applies one mutation and expects exit code 1 and the code on stderr.
/// </summary>
public sealed class SameCodeInEveryReaderTest
{
    /// <summary>A command with its one input CSV (valid) and the arguments that run it.</summary>
    public sealed record Case(string Name, string File, string Csv, Func<string, string, string[]> Args)
    {
        public override string ToString() => Name;
    }

    private const string FsHeader = "id,date,pyramidal,cerebellar,brainstem,sensory,bowel_bladder,visual,cerebral,ambulation";
    private const string LabHeader = "term,direction,value,unit,lln,uln,baseline_value,baseline_status,ctcae_version,symptomatic";

    private static readonly Case[] Cases =
    [
        new("progression", "visits.csv", "id,date,EDSS,conf\nP1,2020-01-01,2.0,TRUE\nP1,2020-07-01,3.0,TRUE\n",
            (c, f) => ["progression", "--visits", f, "--validconf-col", "conf", "--results", Path.Combine(c, "out.csv")]),
        new("milestone", "visits.csv", "id,date,EDSS,conf\nP1,2020-01-01,2.0,TRUE\nP1,2020-07-01,3.0,TRUE\n",
            (c, f) => ["milestone", "--visits", f, "--milestone", "6", "--results", Path.Combine(c, "out.csv")]),
        new("plot edss", "visits.csv", "id,date,EDSS,conf\nP1,2020-01-01,2.0,TRUE\nP1,2020-07-01,3.0,TRUE\n",
            (c, f) => ["plot", "edss", "--visits", f, "--id", "P1", "--output", Path.Combine(c, "p.svg")]),
        new("edss", "fs.csv", FsHeader + "\np1,2024-01-02,1,0,0,0,0,0,0,0\np2,2024-01-03,0,0,0,0,0,0,0,0\n",
            (c, f) => ["edss", "--input", f, "--output", Path.Combine(c, "out.csv")]),
        new("grade-labs", "labs.csv", LabHeader + "\nHypokalemia,,3.2,mmol/L,3.5,5.1,,,v5.0,true\nHyperkalemia,,5,mmol/L,3.5,5.1,,,v5.0,false\n",
            (c, f) => ["grade-labs", "--input", f, "--output", Path.Combine(c, "out.csv")]),
        new("plot km", "s.csv", "time,event\n5,1\n7,0\n",
            (c, f) => ["plot", "km", "--input", f, "--time-column", "time", "--event-column", "event", "--output", Path.Combine(c, "k.png")]),
        new("plot swimmer", "ae.csv", "id,start_day,end_day,grade,term,follow_up_day\nP01,0,2,1,x,100\nP02,1,3,2,y,100\n",
            (c, f) => ["plot", "swimmer", "--input", f, "--output", Path.Combine(c, "s.png")]),
        new("import-csv", "participants.csv", "id,birth_date,sex,enrolment_date\nA,1980-05-01,female,2020-01-10\nB,1981-05-01,male,2020-01-11\n",
            (c, f) => ["import-csv", "--dir", Path.GetDirectoryName(f)!, "--output", Path.Combine(c, "c.json"), "--id", "c"]),
    ];

    public static TheoryData<Case> AllCases() => [.. Cases];

    private static (int Code, string Stderr) Run(Case c, byte[] bytes)
    {
        using var cli = new CliRunner();
        var dir = Directory.CreateDirectory(cli.PathOf("in")).FullName;
        var path = Path.Combine(dir, c.File);
        File.WriteAllBytes(path, bytes);
        var r = cli.Run(c.Args(cli.Dir, path));
        return (r.Code, r.Stderr);
    }

    private static byte[] Utf8(string s) => Encoding.UTF8.GetBytes(s);

    private static string[] Lines(Case c) => c.Csv.TrimEnd('\n').Split('\n');

    [Theory]
    [MemberData(nameof(AllCases))]
    public void Control_the_valid_file_passes(Case c)
    {
        var (code, stderr) = Run(c, Utf8(c.Csv));
        code.Should().Be(0, stderr);
    }

    [Theory]
    [MemberData(nameof(AllCases))]
    public void Invalid_UTF8_in_an_id_is_MSC0101_everywhere(Case c)
    {
        var lines = Lines(c);
        var bytes = Utf8(lines[0] + "\n").Concat(new byte[] { 0xFF }).Concat(Utf8(string.Join("\n", lines.Skip(1)) + "\n")).ToArray();
        var (code, stderr) = Run(c, bytes);
        code.Should().Be(1, stderr);
        stderr.Should().Contain(":2:1: error " + DataIssueCodes.InvalidUtf8);
    }

    [Theory]
    [MemberData(nameof(AllCases))]
    public void A_NUL_character_is_MSC0102_everywhere(Case c)
    {
        var (code, stderr) = Run(c, Utf8(c.Csv.Replace("\n", "\0\n", StringComparison.Ordinal)));
        code.Should().Be(1, stderr);
        stderr.Should().Contain("error " + DataIssueCodes.NulCharacter);
    }

    [Theory]
    [MemberData(nameof(AllCases))]
    public void A_duplicated_column_is_MSC0103_everywhere(Case c)
    {
        var lines = Lines(c);
        var first = lines[0].Split(',')[0];
        var text = string.Join("\n", lines.Select((l, i) => i == 0 ? l + "," + first.ToUpperInvariant() : l + ",x")) + "\n";
        var (code, stderr) = Run(c, Utf8(text));
        code.Should().Be(1, stderr);
        stderr.Should().Contain("error " + DataIssueCodes.DuplicateColumn);
    }

    [Theory]
    [MemberData(nameof(AllCases))]
    public void A_short_row_is_MSC0104_everywhere(Case c)
    {
        var lines = Lines(c);
        lines[1] = lines[1][..lines[1].LastIndexOf(',')];
        var (code, stderr) = Run(c, Utf8(string.Join("\n", lines) + "\n"));
        code.Should().Be(1, stderr);
        stderr.Should().Contain(":2: error " + DataIssueCodes.RaggedRow);
    }

    [Theory]
    [MemberData(nameof(AllCases))]
    public void A_BOM_and_CRLF_are_accepted_everywhere(Case c)
    {
        var (code, stderr) = Run(c, [0xEF, 0xBB, 0xBF, .. Utf8(c.Csv.Replace("\n", "\r\n", StringComparison.Ordinal))]);
        code.Should().Be(0, stderr);
    }

    [Theory]
    [InlineData("progression", "TRUE", "maybe")]
    [InlineData("grade-labs", "true", "maybe")]
    [InlineData("plot km", "\n5,1", "\n5,maybe")]
    public void An_unreadable_boolean_is_MSC0202_everywhere(string name, string good, string bad)
    {
        var c = Cases.Single(x => x.Name == name);
        var text = ReplaceFirst(c.Csv, good, bad);
        var (code, stderr) = Run(c, Utf8(text));
        code.Should().Be(1, stderr);
        stderr.Should().Contain("'maybe'").And.Contain("error " + DataIssueCodes.UnreadableValue);
    }

    [Theory]
    [InlineData("progression", "2020-01-01")]
    [InlineData("milestone", "2020-01-01")]
    [InlineData("plot edss", "2020-01-01")]
    [InlineData("edss", "2024-01-02")]
    [InlineData("import-csv", "1980-05-01")]
    public void An_impossible_date_is_MSC0202_everywhere(string name, string good)
    {
        var c = Cases.Single(x => x.Name == name);
        var (code, stderr) = Run(c, Utf8(ReplaceFirst(c.Csv, good, "2021-02-30")));
        code.Should().Be(1, stderr);
        stderr.Should().Contain("'2021-02-30'").And.Contain("error " + DataIssueCodes.UnreadableValue);
    }

    [Fact]
    public void Two_ids_that_differ_only_in_invalid_bytes_never_merge()
    {
        // Before issue 8 both decoded to U+FFFD and became one participant with an invented worsening.
        byte[] bytes = [.. Utf8("id,date,EDSS\nP"), 0xFE, .. Utf8(",2020-01-01,2.0\nP"), 0xFF, .. Utf8(",2020-07-01,4.0\n")];
        var (code, stderr) = Run(Cases[0], bytes);
        code.Should().Be(1);
        stderr.Should().Contain("error " + DataIssueCodes.InvalidUtf8);
    }

    private static string ReplaceFirst(string s, string a, string b)
    {
        var i = s.IndexOf(a, StringComparison.Ordinal);
        i.Should().BeGreaterThanOrEqualTo(0);
        return s[..i] + b + s[(i + a.Length)..];
    }
}
