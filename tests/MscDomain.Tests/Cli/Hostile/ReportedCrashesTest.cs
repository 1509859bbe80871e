namespace MscDomain.Tests.Cli.Hostile;

/// <summary>The crashes and silent answers issue 8 lists that belong to the command line and JSON (part B), each
/// pinned: a documented exit code, one line, nothing written.</summary>
public sealed class ReportedCrashesTest
{
    [Fact]
    public void A_duplicated_expectedness_is_rejected_not_silently_last_wins()
    {
        using var c = new HostileCase();
        var earlier = c.Earlier("ae.json");
        var json = HostileCliTest.AeJson.Replace("\"expectedness\": \"unexpected-by-type\"", "\"expectedness\": \"unexpected-by-type\", \"expectedness\": \"expected\"", StringComparison.Ordinal);
        var (code, text) = c.RunChecked("classify-ae", "--input", c.Input("ae.json", json), "--output", earlier);
        code.Should().Be(1);
        text.Should().Contain("expectedness").And.Contain("$.events[0]");
    }

    [Theory]
    [InlineData("\"onsetDate\": \"9999-12-31\"")]
    [InlineData("\"sponsorAwareDate\": \"9999-12-31\"")]
    [InlineData("\"sponsorAwareDate\": \"9999-12-25\"")]
    public void Dates_at_the_end_of_the_calendar_in_classify_ae_never_crash(string replacement)
    {
        using var c = new HostileCase();
        var json = HostileCliTest.AeJson
            .Replace("\"onsetDate\": \"2025-12-20\"", replacement.StartsWith("\"onsetDate\"", StringComparison.Ordinal) ? replacement : "\"onsetDate\": \"2025-12-20\"", StringComparison.Ordinal)
            .Replace("\"sponsorAwareDate\": \"2025-12-28\"", replacement.StartsWith("\"sponsorAwareDate\"", StringComparison.Ordinal) ? replacement : "\"sponsorAwareDate\": \"2025-12-28\"", StringComparison.Ordinal);
        var (code, _) = c.RunChecked("classify-ae", "--input", c.Input("ae.json", json), "--output", c.OutPath("ae.json"));
        code.Should().BeOneOf(0, 1);
    }

    [Theory]
    [InlineData("-2147483648")]
    [InlineData("-99999999")]
    [InlineData("2147483647")]
    public void Extreme_day_numbers_never_crash(string day)
    {
        using var c = new HostileCase();
        var visits = c.Input("visits.csv", $"id,date,EDSS\nP1,{day},2.0\nP1,100,3.5\nP1,200,3.5\n");
        var (code, _) = c.RunChecked("progression", "--visits", visits, "--date-format", "day", "--results", c.OutPath("r.csv"));
        code.Should().BeOneOf(0, 1);
    }

    [Fact]
    public void A_number_out_of_range_in_a_document_is_invalid_input()
    {
        using var c = new HostileCase();
        var json = HostileCliTest.AeJson.Replace("\"grade\": 4, \"version\": \"v5.0\"", "\"grade\": 1e400, \"version\": \"v5.0\"", StringComparison.Ordinal);
        var (code, text) = c.RunChecked("classify-ae", "--input", c.Input("ae.json", json));
        code.Should().Be(1);
        text.Should().Contain("$.events[0].severity");
    }
}
