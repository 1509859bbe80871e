using MscDomain.Cli;

namespace MscDomain.Tests.Cli;

public sealed class EdssCommandTest : IDisposable
{
    private const string Header = "id,date,pyramidal,cerebellar,brainstem,sensory,bowel_bladder,visual,cerebral,ambulation";
    private readonly string _dir = Directory.CreateTempSubdirectory("edss-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private (int Code, string Out, string Err) Run(params string[] args)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        var code = CliApp.Run(args, o, e);
        return (code, o.ToString(), e.ToString());
    }

    private string File(string name, string text)
    {
        var p = Path.Combine(_dir, name);
        System.IO.File.WriteAllText(p, text);
        return p;
    }

    [Fact]
    public void Edss_command_writes_the_output_csv()
    {
        var input = File("fs.csv", Header + "\np1,2024-01-02,4,2,0,0,0,0,0,0\n");
        var output = Path.Combine(_dir, "out.csv");
        var (code, stdout, stderr) = Run("edss", "--input", input, "--output", output);
        code.Should().Be(0, stderr);
        stdout.Should().Contain("wrote 1 row(s)").And.Contain("1 contested");
        System.IO.File.ReadAllText(output).Should().Be(Header + ",edss,edss_rule\np1,2024-01-02,4,2,0,0,0,0,0,0,4.5,fs:OneGrade4WithGrade2=4.5;contested:D2\n");
    }

    [Theory]
    [InlineData("--preset", "r", "4.0")]
    [InlineData("--grade4-with-grade2", "4.0", "4.0")]
    [InlineData("--grade4-with-grade2", "4.5", "4.5")]
    public void Decision_point_options_change_the_result(string option, string value, string expected)
    {
        var input = File("fs.csv", Header + "\np1,2024-01-02,4,2,0,0,0,0,0,0\n");
        var output = Path.Combine(_dir, "out.csv");
        Run("edss", "--input", input, "--output", output, option, value).Code.Should().Be(0);
        System.IO.File.ReadAllLines(output)[1].Should().Contain($",{expected},");
    }

    [Fact]
    public void Each_decision_point_option_is_accepted()
    {
        var input = File("fs.csv", Header + "\np1,2024-01-02,0,0,0,0,0,0,1,0\np2,2024-01-02,5,0,0,0,0,0,0,1\np3,2024-01-02,5,0,0,0,0,0,0,2\n");
        var output = Path.Combine(_dir, "out.csv");
        Run("edss", "--input", input, "--output", output, "--cerebral-grade1", "count", "--ambulation1", "cap4.0", "--ambulation2", "fix4.5", "--grade4-with-three-grade3", "4.5")
            .Code.Should().Be(0);
        var lines = System.IO.File.ReadAllLines(output);
        lines[1].Should().Contain(",1.0,");
        lines[2].Should().Contain(",4.0,");
        lines[3].Should().Contain(",4.5,");
    }

    [Fact]
    public void Invalid_input_exits_1_naming_the_location_and_leaves_no_output()
    {
        var input = File("fs.csv", Header + "\np1,2024-01-02,0,0,0,0,0,9,0,0\n");
        var output = Path.Combine(_dir, "out.csv");
        var (code, _, stderr) = Run("edss", "--input", input, "--output", output);
        code.Should().Be(1);
        stderr.Should().Contain("fs.csv:2:25 [visual]: error MSC0203: '9': is out of range");
        System.IO.File.Exists(output).Should().BeFalse();
        Directory.GetFiles(_dir).Should().ContainSingle();
    }

    [Fact]
    public void Invalid_input_does_not_replace_an_existing_output()
    {
        var input = File("fs.csv", Header + "\np1,2024-01-02,0,0,0,0,0,x,0,0\n");
        var output = File("out.csv", "previous");
        Run("edss", "--input", input, "--output", output).Code.Should().Be(1);
        System.IO.File.ReadAllText(output).Should().Be("previous");
    }

    [Fact]
    public void Missing_input_file_exits_3()
    {
        var (code, _, stderr) = Run("edss", "--input", Path.Combine(_dir, "nope.csv"), "--output", Path.Combine(_dir, "o.csv"));
        code.Should().Be(3);
        stderr.Should().Contain("nope.csv");
    }

    [Theory]
    [InlineData("--preset", "python")]
    [InlineData("--ambulation1", "5")]
    [InlineData("--bogus", "1")]
    public void Bad_usage_exits_2(string option, string value)
    {
        var input = File("fs.csv", Header + "\n");
        Run("edss", "--input", input, "--output", Path.Combine(_dir, "o.csv"), option, value).Code.Should().Be(2);
    }

    [Fact]
    public void Missing_required_option_exits_2() =>
        Run("edss", "--input", "x.csv").Code.Should().Be(2);

    [Fact]
    public void Help_lists_the_columns_and_options()
    {
        var (code, stdout, _) = Run("edss", "--help");
        code.Should().Be(0);
        stdout.Should().Contain("bowel_bladder").And.Contain("--grade4-with-grade2").And.Contain("edss_rule");
        Run("--help").Out.Should().Contain("edss");
    }
}
