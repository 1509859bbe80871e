using MscDomain.Cli;
using MscDomain.Tabular;
using MscDomain.Tabular.Labs;

namespace MscDomain.Tests.Safety;

/// <summary><c>mscdomain grade-labs</c> and <see cref="LabGradingCsv"/> on temporary CSV files, in process.</summary>
public sealed class CtcaeGradeLabsCliTest : IDisposable
{
    private const string Header = "subject,term,direction,value,unit,lln,uln,baseline_value,baseline_status,ctcae_version,symptomatic,intervention_indicated";
    private readonly string _dir = Directory.CreateTempSubdirectory("ctcae-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private (int Code, string Out, string Err) Run(params string[] args)
    {
        var (o, e) = (new StringWriter(), new StringWriter());
        var code = CliApp.Run(args, o, e);
        return (code, o.ToString(), e.ToString());
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Grades_rows_passes_extra_columns_through_and_appends_grade_and_reason()
    {
        var input = Write("labs.csv", string.Join('\n',
            Header,
            "S-01,Hypokalemia,,3.2,mmol/L,3.5,5.1,,,v5.0,false,false",
            "S-02,potassium,high,6.1,mmol/L,3.5,5.1,,,v6.0,,",
            "S-03,Neutrophil count decreased,,1.6,10^9/L,,,,,v5.0,,",
            "S-04,Alanine aminotransferase increased,,74,U/L,,40,50,high,v5.0,,",
            "S-05,Not a term,,1,mmol/L,,,,,v5.0,,",
            "S-06,Hypokalemia,,3.2,mmol/L,3.5,5.1,,,v6.0,,") + "\n");
        var output = Path.Combine(_dir, "graded.csv");

        var (code, stdout, stderr) = Run("grade-labs", "--input", input, "--output", output);

        code.Should().Be(0, stderr);
        stdout.Should().Contain("6 rows, 4 graded, 2 not gradable");
        var lines = File.ReadAllLines(output);
        lines[0].Should().Be(Header + ",grade,reason");
        lines[1].Should().Be("S-01,Hypokalemia,,3.2,mmol/L,3.5,5.1,,,v5.0,false,false,1,");
        lines[2].Should().Be("S-02,potassium,high,6.1,mmol/L,3.5,5.1,,,v6.0,,,3,");
        lines[3].Should().Be("S-03,Neutrophil count decreased,,1.6,10^9/L,,,,,v5.0,,,,missing-lln");
        lines[4].Should().Be("S-04,Alanine aminotransferase increased,,74,U/L,,40,50,high,v5.0,,,0,");
        lines[5].Should().Be("S-05,Not a term,,1,mmol/L,,,,,v5.0,,,,unknown-term");
        lines[6].Should().Be("S-06,Hypokalemia,,3.2,mmol/L,3.5,5.1,,,v6.0,,,2,clinical-policy-applied");
    }

    [Theory]
    [InlineData("S-01,Hypokalemia,,3.2x,mmol/L,3.5,5.1,,,v5.0,,", "value", "3.2x")]
    [InlineData("S-01,Hypokalemia,,3.2,mmol/L,3.5,5.1,,,7.0,,", "ctcae_version", "7.0")]
    [InlineData("S-01,Hypokalemia,sideways,3.2,mmol/L,3.5,5.1,,,v5.0,,", "direction", "sideways")]
    [InlineData("S-01,Hypokalemia,,3.2,mmol/L,3.5,5.1,,abnormal,v5.0,,", "baseline_status", "abnormal")]
    [InlineData("S-01,Hypokalemia,,3.2,mmol/L,3.5,5.1,,,v5.0,maybe,", "symptomatic", "maybe")]
    [InlineData("S-01,Hypokalemia,high,3.2,mmol/L,3.5,5.1,,,v5.0,,", "direction", "high")]
    public void Bad_value_fails_with_file_line_column_and_value_and_writes_no_output(string row, string column, string value)
    {
        var input = Write("bad.csv", Header + "\nS-00,Hyperkalemia,,5,mmol/L,3.5,5.1,,,v5.0,,\n" + row + "\n");
        var output = Path.Combine(_dir, "out.csv");

        var (code, _, stderr) = Run("grade-labs", "--input", input, "--output", output);

        code.Should().Be(1);
        stderr.Should().Contain("bad.csv:3").And.Contain($"[{column}]: error MSC0").And.Contain(value);
        File.Exists(output).Should().BeFalse();
        Directory.GetFiles(_dir).Should().ContainSingle("no temporary file is left behind");
    }

    [Fact]
    public void Missing_required_column_fails_and_keeps_an_existing_output_file_untouched()
    {
        var input = Write("nocol.csv", "term,value,unit\nHypokalemia,3,mmol/L\n");
        var output = Write("existing.csv", "old");

        var (code, _, stderr) = Run("grade-labs", "--input", input, "--output", output);

        code.Should().Be(1);
        stderr.Should().Contain("nocol.csv:1").And.Contain("direction");
        File.ReadAllText(output).Should().Be("old");
    }

    [Fact]
    public void Help_and_usage_errors()
    {
        var (code, stdout, _) = Run("grade-labs", "--help");
        code.Should().Be(0);
        stdout.Should().Contain("--input").And.Contain("ctcae_version");
        Run("grade-labs", "--input", "x.csv").Code.Should().Be(2);
        Run("grade-labs", "--input", "x.csv", "--output", "y.csv", "--integer-gap", "middle").Code.Should().Be(2);
        Run("--help").Out.Should().Contain("grade-labs");
    }

    [Fact]
    public void Missing_input_file_is_a_file_error() =>
        Run("grade-labs", "--input", Path.Combine(_dir, "none.csv"), "--output", Path.Combine(_dir, "o.csv")).Code.Should().Be(3);

    [Fact]
    public void Library_entry_point_rejects_an_existing_grade_column()
    {
        var act = () => LabGradingCsv.Grade(new StringReader("term,direction,value,unit,lln,uln,baseline_value,baseline_status,ctcae_version,grade\n"), new StringWriter(), "g.csv");
        act.Should().Throw<TabularInputException>().Which.Column.Should().Be("grade");
    }

    [Fact]
    public void Admiral_conformance_rows_give_the_same_grades_through_the_CSV_path()
    {
        // A sample of conformance rows, round-tripped through LabGradingCsv; expected values from the admiral file.
        var rows = new[]
        {
            ("Anemia", "99", "G/L", "140", "", "", "", "v5.0", "2"),
            ("INR increased", "1.2", "", "", "", "1", "", "v6.0", "1"),
            ("Creatinine increased", "121", "", "", "41", "40", "low", "v6.0", "3"),
            ("Thrombocytopenia", "9", "10^3/uL", "100", "150", "", "", "v6.0", "4"),
        };
        var text = "term,direction,value,unit,lln,uln,baseline_value,baseline_status,ctcae_version\n"
            + string.Join("\n", rows.Select(r => $"{r.Item1},,{r.Item2},{r.Item3},{r.Item4},{r.Item5},{r.Item6},{r.Item7},{r.Item8}")) + "\n";
        var output = new StringWriter();
        LabGradingCsv.Grade(new StringReader(text), output, "mem.csv").Graded.Should().Be(4);
        var grades = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')[^2]).ToArray();
        grades.Should().Equal(rows.Select(r => r.Item9));
    }
}
