namespace MscDomain.Tests.Cli;

/// <summary><c>mscdomain milestone --methods</c>: the methods paragraph of <c>MilestoneOptions.Describe</c>.</summary>
public sealed class MilestoneMethodsCliTest
{
    private static string Visits => Path.Combine(CliRunner.MsprogDir, "visits.csv");

    [Fact]
    public void Milestone_methods_alone_prints_the_paragraph_for_the_options_given()
    {
        using var cli = new CliRunner();
        var r = cli.Run("milestone", "--methods", "--milestone", "6", "--conf-days", "84,168", "--require-sust-days", "inf");
        r.Code.Should().Be(0, r.Stderr);
        r.Stdout.Should().Contain("Expanded Disability Status Scale (EDSS)").And.Contain("≥ 6").And.Contain("12 weeks or 24 weeks")
            .And.Contain("sustained until the end of follow-up").And.Contain("value_milestone()").And.Contain("Montobbio");
        cli.Run("milestone", "--methods", "--milestone", "40", "--outcome", "sdmt").Stdout.Should().Contain("≤ 40");
    }

    [Fact]
    public void Milestone_methods_with_an_analysis_needs_an_output_file()
    {
        using var cli = new CliRunner();
        var bad = cli.Run("milestone", "--visits", Visits, "--milestone", "6", "--methods");
        bad.Code.Should().Be(2);
        bad.Stderr.Should().Contain("--results");

        var r = cli.Run("milestone", "--visits", Visits, "--milestone", "6", "--methods", "--results", cli.PathOf("m.csv"));
        r.Code.Should().Be(0, r.Stderr);
        r.Stdout.Should().Contain("Montobbio");
        File.ReadAllText(cli.PathOf("m.csv")).Should().StartWith("\"id\",");
    }

    [Fact]
    public void Milestone_methods_still_needs_the_milestone()
    {
        using var cli = new CliRunner();
        var r = cli.Run("milestone", "--methods");
        r.Code.Should().Be(2);
        r.Stderr.Should().Contain("--milestone");
    }

    [Fact]
    public void Milestone_help_documents_methods()
    {
        using var cli = new CliRunner();
        cli.Run("milestone", "--help").Stdout.Should().Contain("--methods");
    }
}
