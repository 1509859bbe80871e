using MscDomain.Cli;
using MscDomain.Tests.Analysis;
using MscDomain.Tests.Plotting;

namespace MscDomain.Tests.Cli;

public sealed class PlotCommandTest : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("mscdomain-cli-plot-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string P(string name) => Path.Combine(_dir, name);

    private static (int Rc, string Out, string Err) Run(params string[] args)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        var rc = CliApp.Run(args, o, e);
        return (rc, o.ToString(), e.ToString());
    }

    private string WriteSurvivalCsv()
    {
        var lines = new List<string> { "id,arm,time,event" };
        lines.AddRange(Freireich.Both.Select(r => $"{r.Id},{r.Group},{r.TimeDays},{(r.EventObserved ? 1 : 0)}"));
        File.WriteAllLines(P("survival.csv"), lines);
        return P("survival.csv");
    }

    [Theory]
    [InlineData("km.png")]
    [InlineData("km.svg")]
    public void Km_writes_the_figure_and_prints_medians_and_log_rank(string file)
    {
        var input = WriteSurvivalCsv();
        var (rc, stdout, stderr) = Run("plot", "km", "--input", input, "--time-column", "time", "--event-column", "event", "--group-column", "arm",
            "--output", P(file), "--conf-type", "log", "--width", "800", "--height", "600");
        stderr.Should().BeEmpty();
        rc.Should().Be(0);
        // R survfit (conf.type = "log"): 6-MP median 23 (16, NA); placebo 8 (4, 12); survdiff chi2 16.8.
        stdout.Should().Contain("6-MP: n=21 events=9 median=23 (95% CI 16 to NA)")
            .And.Contain("placebo: n=21 events=21 median=8 (95% CI 4 to 12)")
            .And.Contain("log-rank: chi2=16.793 df=1 p=4.1688E-5");
        var bytes = File.ReadAllBytes(P(file));
        if (file.EndsWith(".png", StringComparison.Ordinal))
        {
            ImageAssertions.ShouldBePng(bytes, 800, 600);
        }
        else
        {
            ImageAssertions.ShouldBeSvg(bytes, 800, 600);
        }
    }

    [Fact]
    public void Km_bad_event_value_names_file_line_column_and_writes_nothing()
    {
        File.WriteAllLines(P("s.csv"), ["time,event", "5,1", "7,perhaps"]);
        var (rc, _, stderr) = Run("plot", "km", "--input", P("s.csv"), "--time-column", "time", "--event-column", "event", "--output", P("out.png"));
        rc.Should().Be(1);
        stderr.Should().Contain("s.csv:3:3 [event]: error MSC0202: 'perhaps': is not a boolean");
        File.Exists(P("out.png")).Should().BeFalse();
        Directory.GetFiles(_dir).Should().ContainSingle();
    }

    [Fact]
    public void Km_negative_time_is_input_error()
    {
        File.WriteAllLines(P("s.csv"), ["time,event", "-5,1"]);
        var (rc, _, stderr) = Run("plot", "km", "--input", P("s.csv"), "--time-column", "time", "--event-column", "event", "--output", P("out.png"));
        rc.Should().Be(1);
        stderr.Should().Contain(":2:1 [time]: error MSC0203: '-5': is negative");
    }

    [Fact]
    public void Km_missing_column_is_input_error_naming_it()
    {
        var input = WriteSurvivalCsv();
        var (rc, _, stderr) = Run("plot", "km", "--input", input, "--time-column", "days", "--event-column", "event", "--output", P("out.png"));
        rc.Should().Be(1);
        stderr.Should().Contain("error MSC0105").And.Contain("required column 'days'");
    }

    [Theory]
    [InlineData("--output", "km.jpg", "must end in .png or .svg")]
    [InlineData("--conf-type", "wide", "log-log, log or plain")]
    [InlineData("--times", "0,20,10", "ascending")]
    [InlineData("--bogus", "1", "'--bogus'")]
    public void Km_usage_errors_exit_2(string option, string value, string message)
    {
        var input = WriteSurvivalCsv();
        var args = new List<string> { "plot", "km", "--input", input, "--time-column", "time", "--event-column", "event", "--output", P("km.png") };
        var at = args.IndexOf(option);
        if (at >= 0)
        {
            args[at + 1] = value;
        }
        else
        {
            args.AddRange([option, value]);
        }

        var (rc, _, stderr) = Run([.. args]);
        rc.Should().Be(2);
        stderr.Should().Contain(message);
    }

    [Fact]
    public void Plot_without_kind_is_usage_error() =>
        Run("plot", "--input", "x.csv").Rc.Should().Be(2);

    [Fact]
    public void Edss_reads_msprog_visits_and_relapses()
    {
        File.WriteAllLines(P("visits.csv"), ["id,date,day,EDSS", "P001,2021-06-01,92,3.5", "P001,2021-03-01,0,3.0", "P002,2021-03-01,0,6.0", "P001,2021-09-01,184,4.0", "P001,2021-10-01,214,"]);
        File.WriteAllLines(P("relapses.csv"), ["id,date", "P001,2021-04-15", "P002,2021-04-15"]);
        File.WriteAllLines(P("admin.csv"), ["id,date,route", "P001,2021-03-10,IT"]);
        var (rc, stdout, stderr) = Run("plot", "edss", "--visits", P("visits.csv"), "--id", "P001", "--relapses", P("relapses.csv"),
            "--administrations", P("admin.csv"), "--onset", "2021-09-01", "--output", P("p.png"));
        stderr.Should().BeEmpty();
        rc.Should().Be(0);
        stdout.Should().Contain("P001: 3 EDSS visits, 1 relapses, 1 administrations; 1 visit rows without an EDSS value or superseded on the same day not drawn (all participants)");
        ImageAssertions.ShouldBePng(File.ReadAllBytes(P("p.png")), 1000, 600);
    }

    [Fact]
    public void Edss_invalid_score_names_line()
    {
        File.WriteAllLines(P("visits.csv"), ["id,date,EDSS", "P001,2021-03-01,3.0", "P001,2021-06-01,0.5"]);
        var (rc, _, stderr) = Run("plot", "edss", "--visits", P("visits.csv"), "--id", "P001", "--output", P("p.png"));
        rc.Should().Be(1);
        stderr.Should().Contain("visits.csv:3:17 [EDSS]: error MSC0203: '0.5': EDSS 0.5 is not an EDSS step");
        File.Exists(P("p.png")).Should().BeFalse();
    }

    [Fact]
    public void Edss_unknown_participant_is_input_error()
    {
        File.WriteAllLines(P("visits.csv"), ["id,date,EDSS", "P001,2021-03-01,3.0"]);
        var (rc, _, stderr) = Run("plot", "edss", "--visits", P("visits.csv"), "--id", "P404", "--output", P("p.svg"));
        rc.Should().Be(1);
        stderr.Should().Contain("no visits with an EDSS for participant 'P404'");
    }

    [Fact]
    public void Edss_same_day_duplicates_keep_the_last_row_as_in_progression()
    {
        // One rule for every command (issue 8): the last row of a day is kept, as msprog and `progression` do.
        File.WriteAllLines(P("visits.csv"), ["id,date,EDSS", "P001,2021-03-01,3.0", "P001,2021-03-01,3.5", "P001,2021-06-01,4.0"]);
        var (rc, stdout, stderr) = Run("plot", "edss", "--visits", P("visits.csv"), "--id", "P001", "--output", P("p.svg"));
        rc.Should().Be(0, stderr);
        stdout.Should().Contain("P001: 2 EDSS visits").And.Contain("1 visit rows without an EDSS value or superseded on the same day");
    }

    [Fact]
    public void Help_lists_plot_command() =>
        Run("--help").Out.Should().Contain("plot");
}
