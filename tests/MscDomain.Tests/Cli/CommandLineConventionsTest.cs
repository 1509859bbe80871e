using MscDomain.Cli;
using MscDomain.Disability;
using MscDomain.Safety;

namespace MscDomain.Tests.Cli;

/// <summary>Issue 8 point 2: the command line follows the platform's conventions (System.CommandLine): --version,
/// -h/--help everywhere with defaults read from the core's options records, bare flags that never consume the next
/// token, '--', response files, suggestions for mistyped options, and the documented exit codes.</summary>
public sealed class CommandLineConventionsTest : IDisposable
{
    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    private string Visits => _cli.WriteFile("visits.csv", File.ReadAllText(Path.Combine(CliRunner.MsprogDir, "visits.csv")));

    public static TheoryData<string> CommandNames() => [.. CliApp.Commands.Select(c => c.Name)];

    [Fact]
    public void Version_option_prints_the_tool_version_and_exits_0()
    {
        var r = _cli.Run("--version");
        r.Code.Should().Be(0, r.Stderr);
        r.Stdout.Should().StartWith("mscdomain ").And.Contain(".");
        r.Stderr.Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(CommandNames))]
    public void Every_command_has_help_under_both_spellings(string command)
    {
        foreach (var flag in new[] { "-h", "--help" })
        {
            var r = _cli.Run(command, flag);
            r.Code.Should().Be(0, r.Stderr);
            r.Stdout.Should().StartWith($"Usage: mscdomain {command}").And.Contain("Exit codes: 0 success, 1 invalid input data, 2 usage error, 3 a file cannot be read or written, 130 interrupted.");
        }
    }

    [Theory]
    [MemberData(nameof(CommandNames))]
    public void Help_documents_every_declared_option(string command)
    {
        var help = _cli.Run(command, "--help").Stdout;
        foreach (var o in CliApp.Commands.Single(c => c.Name == command).Options)
        {
            help.Should().Contain($"--{o.Name} ", command);
        }
    }

    [Theory]
    [InlineData("conf_days", "--conf-days")]
    [InlineData("conf_tol_days", "--conf-tol-days")]
    [InlineData("relapse_to_bl", "--relapse-to-bl")]
    [InlineData("relapse_assoc", "--relapse-assoc")]
    [InlineData("event", "--event")]
    [InlineData("baseline", "--baseline")]
    [InlineData("RAW_PIRA", "--raw-pira")]
    [InlineData("check_intermediate", "--check-intermediate")]
    public void Progression_help_shows_the_defaults_of_ConfirmedChangeOptions(string msprog, string option)
    {
        var expected = new ConfirmedChangeOptions().ToMsprogArguments()[msprog];
        var lines = _cli.Run("progression", "--help").Stdout.Split('\n');
        var at = Array.FindIndex(lines, l => l.StartsWith("  " + option + " ", StringComparison.Ordinal));
        at.Should().BeGreaterThan(-1);
        var entry = lines[at].TrimEnd().EndsWith(']') && lines[at].Contains("[default:", StringComparison.Ordinal) ? lines[at] : lines[at] + lines[at + 1];
        entry.TrimEnd().Should().EndWith($"[default: {expected}]");
    }

    [Fact]
    public void Grade_labs_help_shows_the_defaults_of_LabGradingOptions()
    {
        var help = _cli.Run("grade-labs", "--help").Stdout;
        LabGradingOptions.Default.ClinicalQualifierPolicy.Should().Be(ClinicalQualifierPolicy.WorstCase, "the help line below spells this default");
        help.Split('\n').Single(l => l.Contains("--clinical-policy ", StringComparison.Ordinal)).Should().EndWith("[default: worst-case]");
    }

    [Fact]
    public void Msprog_arguments_round_trip_through_the_options_record()
    {
        foreach (var o in new[]
        {
            new ConfirmedChangeOptions(),
            new ConfirmedChangeOptions { Events = EventSelection.Multiple, Baseline = BaselineScheme.RovingWorsening, ConfirmationDays = [84, 168], Pira = PiraDefinition.Kappos2020, RequireSustainedDays = ConfirmedChangeOptions.SustainedToEnd, ConfirmationTolerance = ConfirmationTolerance.OrMore, ClassifyRawPira = true },
        })
        {
            var args = o.ToMsprogArguments();
            ConfirmedChangeOptions.FromMsprogArguments(args).ToMsprogArguments().Should().BeEquivalentTo(args);
            ConfirmedChangeOptions.FromMsprogArguments(args).Describe().Should().Be(o.Describe());
        }
    }

    [Fact]
    public void A_bare_flag_never_consumes_the_next_token()
    {
        var r = _cli.Run("progression", "--raw-pira", Visits);
        r.Code.Should().Be(2);
        r.Stderr.Should().Contain("visits.csv'");

        var ok = _cli.Run("progression", "--raw-pira", "--visits", Visits, "--results", _cli.PathOf("r.csv"));
        ok.Code.Should().Be(0, ok.Stderr);
        File.ReadAllText(_cli.PathOf("r.csv")).Should().Contain("CDW_type", "--raw-pira was taken as set");
    }

    [Fact]
    public void A_flag_takes_an_explicit_true_or_false()
    {
        var r = _cli.Run("progression", "--visits", Visits, "--raw-pira", "false", "--results", _cli.PathOf("r.csv"));
        r.Code.Should().Be(0, r.Stderr);
        File.ReadAllText(_cli.PathOf("r.csv")).Should().NotContain("CDW_type");
    }

    [Fact]
    public void Response_files_expand_to_arguments()
    {
        var rsp = _cli.WriteFile("args.rsp", $"--visits {Visits}\n--results {_cli.PathOf("r.csv")}\n");
        var r = _cli.Run("progression", "@" + rsp);
        r.Code.Should().Be(0, r.Stderr);
        File.Exists(_cli.PathOf("r.csv")).Should().BeTrue();
    }

    [Fact]
    public void Double_dash_ends_the_options()
    {
        // After '--' a token that looks like an option is an argument: validate reads it as its file name.
        var file = _cli.WriteFile("doc.json", "{}");
        _cli.Run("validate", "--", file).Code.Should().Be(1, "the file was read and validated (an empty object is not a document)");
        var r = _cli.Run("validate", "--", "--type");
        r.Code.Should().Be(3, "'--type' after '--' is the file name, which does not exist");
        r.Stderr.Should().Contain("--type: error MSC0110: '--type': cannot read");
    }

    [Fact]
    public void A_mistyped_option_gets_a_suggestion_and_exit_2()
    {
        var r = _cli.Run("progression", "--visits", Visits, "--conf-dys", "84");
        r.Code.Should().Be(2);
        r.Stderr.Should().Contain("did you mean '--conf-days'?");
        _cli.Run("progresion").Stderr.Should().Contain("did you mean 'progression'?");
    }

    [Fact]
    public void An_option_given_twice_is_a_usage_error() =>
        _cli.Run("progression", "--visits", Visits, "--visits", Visits).Code.Should().Be(2);

    [Fact]
    public void No_arguments_prints_the_command_list_and_exits_2()
    {
        var r = _cli.Run();
        r.Code.Should().Be(2);
        r.Stdout.Should().Contain("progression").And.Contain("Exit codes");
    }

    [Theory]
    [InlineData(typeof(System.Text.Json.JsonException), 1)]
    [InlineData(typeof(ArgumentOutOfRangeException), 1)]
    [InlineData(typeof(OverflowException), 1)]
    [InlineData(typeof(IOException), 3)]
    [InlineData(typeof(UnauthorizedAccessException), 3)]
    [InlineData(typeof(OperationCanceledException), 130)]
    [InlineData(typeof(NullReferenceException), 1)]
    public void Every_failure_maps_to_a_documented_code_and_one_line(Type type, int code)
    {
        var e = (Exception)Activator.CreateInstance(type, "first line\n   at Somewhere.Method()")!;
        var (c, message) = CliApp.Classify(new AggregateException(e));
        c.Should().Be(code);
        message.Should().NotContain("\n");
    }
}

/// <summary>README documents the exit codes and the error format the tool really uses.</summary>
public sealed class CommandLineReadmeTest
{
    private static string Readme => File.ReadAllText(Path.Combine(MscDomain.Tests.Serialization.Hostile.HostileJsonSamples.RepoRoot(), "README.md"));

    [Theory]
    [InlineData(CliExitCodes.Success)]
    [InlineData(CliExitCodes.InvalidInput)]
    [InlineData(CliExitCodes.Usage)]
    [InlineData(CliExitCodes.FileError)]
    [InlineData(CliExitCodes.Interrupted)]
    public void Every_exit_code_is_in_the_readme_table(int code) =>
        Readme.Should().Contain($"\n| {code} | ");

    [Fact]
    public void The_readme_error_example_is_what_DataIssue_prints()
    {
        var issue = MscDomain.Common.DataIssue.Error(MscDomain.Common.DataIssueCodes.OutOfRange, MscDomain.Common.SourceLocation.AtCell("visits.csv", 12, 3, "EDSS"), "10.5", "EDSS is 0 or 1.0 to 10 in steps of 0.5");
        Readme.Should().Contain("# e.g. " + issue);
    }
}
