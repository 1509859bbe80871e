using MscDomain.Cli;
using MscDomain.Tests.Plotting;

namespace MscDomain.Tests.Cli;

/// <summary><c>mscdomain plot swimmer</c>: the adverse-event swimmer plot from a CSV of AEs in days since first administration.</summary>
public sealed class PlotSwimmerCommandTest : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("mscdomain-cli-swimmer-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string P(string name) => Path.Combine(_dir, name);

    private static (int Rc, string Out, string Err) Run(params string[] args)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        var rc = CliApp.Run(args, o, e);
        return (rc, o.ToString(), e.ToString());
    }

    private string WriteAes()
    {
        File.WriteAllLines(P("aes.csv"),
        [
            "id,start_day,end_day,grade,term,follow_up_day",
            "P01,0,2,1,Infusion-related reaction,365",
            "P01,1,30,2,Headache,",
            "P01,200,,3,Lymphocyte count decreased,",
            "P02,-3,5,1,Nausea,",
            "P02,40,60,4,Neutrophil count decreased,180",
            "P03,,,,,90",
            "P04,10,12,5,Sepsis,",
        ]);
        return P("aes.csv");
    }

    [Theory]
    [InlineData("ae.png")]
    [InlineData("ae.svg")]
    public void Swimmer_writes_the_figure_and_summarises_lanes_and_events(string file)
    {
        var (rc, stdout, stderr) = Run("plot", "swimmer", "--input", WriteAes(), "--output", P(file), "--width", "900", "--height", "500");
        stderr.Should().BeEmpty();
        rc.Should().Be(0);
        stdout.Should().Contain("4 participants, 6 adverse events (1 ongoing), worst grade 5").And.Contain($"wrote {P(file)} (900x500");
        var bytes = File.ReadAllBytes(P(file));
        if (file.EndsWith(".png", StringComparison.Ordinal))
        {
            ImageAssertions.ShouldBePng(bytes, 900, 500);
        }
        else
        {
            ImageAssertions.ShouldBeSvg(bytes, 900, 500);
            var svg = System.Text.Encoding.UTF8.GetString(bytes);
            svg.Should().Contain("P01").And.Contain("P03").And.Contain("Days since first administration");
        }
    }

    [Fact]
    public void Swimmer_custom_column_names_and_title()
    {
        File.WriteAllLines(P("x.csv"), ["subject,onset,resolved,aetoxgr", "S1,5,9,2"]);
        var (rc, stdout, stderr) = Run("plot", "swimmer", "--input", P("x.csv"), "--output", P("x.svg"), "--id-column", "subject",
            "--start-column", "onset", "--end-column", "resolved", "--grade-column", "aetoxgr", "--title", "Cohort A AEs");
        rc.Should().Be(0, stderr);
        stdout.Should().Contain("1 participants, 1 adverse events (0 ongoing), worst grade 2");
        File.ReadAllText(P("x.svg")).Should().Contain("Cohort A AEs");
    }

    [Theory]
    [InlineData("P01,0,2,6,x,", ":2:9 [grade]: error MSC0203: '6': is not a CTCAE grade")]
    [InlineData("P01,0,2,two,x,", ":2:9 [grade]: error MSC0203: 'two': is not a CTCAE grade")]
    [InlineData("P01,10,2,1,x,", ":2:8 [end_day]: error MSC0203: '2': is before the start day 10")]
    [InlineData("P01,,,,,", ":2:5 [start_day]: error MSC0201: (missing): the value is empty; a row without an adverse event")]
    [InlineData("P01,,5,1,x,", ":2:5 [start_day]: error MSC0201: (missing): the value is empty but the row has an end day or grade")]
    [InlineData("P01,0,2,1,x,-1", ":2:13 [follow_up_day]: error MSC0203: '-1': is negative")]
    [InlineData("P01,0,200,1,x,100", "participant 'P01' has follow-up 100 days but an adverse event up to day 200")]
    [InlineData("P01,abc,2,1,x,", ":2:5 [start_day]: error MSC0202: 'abc': is not a number")]
    public void Swimmer_bad_rows_are_input_errors_naming_line_column_and_rule_and_write_nothing(string row, string message)
    {
        File.WriteAllLines(P("bad.csv"), ["id,start_day,end_day,grade,term,follow_up_day", row]);
        var (rc, _, stderr) = Run("plot", "swimmer", "--input", P("bad.csv"), "--output", P("out.png"));
        rc.Should().Be(1);
        stderr.Should().Contain(message);
        File.Exists(P("out.png")).Should().BeFalse();
    }

    [Fact]
    public void Swimmer_missing_required_column_and_empty_file_are_input_errors()
    {
        File.WriteAllLines(P("nocol.csv"), ["id,start_day,grade", "P01,0,1"]);
        var r = Run("plot", "swimmer", "--input", P("nocol.csv"), "--output", P("out.png"));
        r.Rc.Should().Be(1);
        r.Err.Should().Contain("error MSC0105").And.Contain("required column 'end_day'");

        File.WriteAllLines(P("empty.csv"), ["id,start_day,end_day,grade"]);
        var e = Run("plot", "swimmer", "--input", P("empty.csv"), "--output", P("out.png"));
        e.Rc.Should().Be(1);
        e.Err.Should().Contain("no rows");
    }

    [Fact]
    public void Swimmer_usage_errors_exit_2_and_help_documents_the_columns()
    {
        Run("plot", "swimmer", "--input", WriteAes(), "--output", P("ae.jpg")).Rc.Should().Be(2);
        Run("plot", "swimmer", "--output", P("ae.png")).Rc.Should().Be(2);
        Run("plot", "swimmer", "--input", WriteAes(), "--output", P("ae.png"), "--bogus", "1").Rc.Should().Be(2);
        var help = Run("plot", "--help").Out;
        help.Should().Contain("plot swimmer").And.Contain("start_day").And.Contain("end_day").And.Contain("follow_up_day").And.Contain("CTCAE grade 1-5");
    }
}
