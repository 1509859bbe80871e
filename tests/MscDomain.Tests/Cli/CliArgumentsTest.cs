using MscDomain.Cli;

namespace MscDomain.Tests.Cli;

public sealed class CliArgumentsTest
{
    private static (int Code, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        return (CliApp.Run(args, stdout, stderr), stderr.ToString());
    }

    [Theory]
    [InlineData("progression", "--visits", "v.csv")]
    [InlineData("milestone", "--milestone", "6")]
    [InlineData("edss", "--input", "in.csv", "--output", "out.csv")]
    [InlineData("grade-labs", "--input", "in.csv", "--output", "out.csv")]
    [InlineData("version")]
    public void A_stray_positional_argument_is_a_usage_error_not_ignored(string command, params string[] options)
    {
        var (code, err) = Run([command, "stray.csv", .. options]);
        code.Should().Be(2);
        err.Should().Contain("'stray.csv'");
    }

    [Fact]
    public void A_misspelled_option_is_a_usage_error() =>
        Run("version", "--verbos").Code.Should().Be(2);

    [Fact]
    public void Commands_that_take_a_positional_argument_still_accept_it()
    {
        var (code, err) = Run("validate", "no-such-file.json");
        err.Should().NotContain("options are written");
        err.Should().Contain("no-such-file.json");
        code.Should().NotBe(0);
    }

    [Fact]
    public void Schema_takes_no_positional_argument() =>
        Run("schema", "unexpected").Err.Should().Contain("'unexpected'");
}
