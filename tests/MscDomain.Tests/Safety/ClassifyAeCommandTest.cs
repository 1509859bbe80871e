using System.Text.Json;
using MscDomain.Cli;

namespace MscDomain.Tests.Safety;

public sealed class ClassifyAeCommandTest : IDisposable
{
    /// <summary>Two events, one a SUSAR (also the input of eng/tool-smoke.sh's classify-ae cases).</summary>
    private static readonly string Document = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "safety", "classify-ae-events.json"));

    private readonly string _dir = Directory.CreateTempSubdirectory("classify-ae-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private (int Rc, string Out, string Err) Run(params string[] args)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        var rc = CliApp.Run(args, o, e);
        return (rc, o.ToString(), e.ToString());
    }

    private string Input(string? text = null)
    {
        var p = Path.Combine(_dir, "events.json");
        File.WriteAllText(p, text ?? Document);
        return p;
    }

    [Fact]
    public void Csv_on_stdout_has_one_row_per_event_with_susar_and_deadlines_across_the_year_end()
    {
        var (rc, stdout, stderr) = Run("classify-ae", "--input", Input());
        rc.Should().Be(0, stderr);
        var lines = stdout.TrimEnd('\n').Split('\n');
        lines.Should().HaveCount(3);
        lines[0].Should().StartWith("id,term,grade,ctcaeVersion,serious,seriousnessCriteria,");
        lines[1].Should().StartWith("AE-1,pulmonary embolism,4,v5.0,Y,life-threatening;hospitalisation,possible,not-related,Y,N,unexpected-by-type,Y,Y,2025-12-28,7,2026-01-04,2026-01-12,");
        lines[2].Should().StartWith("AE-2,headache,4,v6.0,N,,,,Y,Y,expected,N,N,,,,,");
        lines[2].Should().Contain("WARNING");
    }

    [Fact]
    public void Json_output_file_is_written_and_parseable()
    {
        var output = Path.Combine(_dir, "out.json");
        var (rc, stdout, _) = Run("classify-ae", "--input", Input(), "--output", output);
        rc.Should().Be(0);
        stdout.Should().Contain("classified 2 adverse event(s), 1 SUSAR(s)");
        using var doc = JsonDocument.Parse(File.ReadAllText(output));
        var first = doc.RootElement.GetProperty("classifications")[0];
        first.GetProperty("susar").GetBoolean().Should().BeTrue();
        first.GetProperty("clocks")[0].GetProperty("initialReportDue").GetString().Should().Be("2026-01-04");
        first.GetProperty("seriousnessCriteria").EnumerateArray().Select(e => e.GetString()).Should().Equal("life-threatening", "hospitalisation");
    }

    [Fact]
    public void Csv_output_file_by_extension()
    {
        var output = Path.Combine(_dir, "out.csv");
        Run("classify-ae", "--input", Input(), "--output", output).Rc.Should().Be(0);
        File.ReadAllText(output).Should().StartWith("id,term,");
    }

    [Fact]
    public void Invalid_event_is_bad_input_with_the_rule_named()
    {
        var (rc, _, stderr) = Run("classify-ae", "--input", Input("""{"schemaVersion":1,"events":[{"id":"A","verbatimTerm":"x","onsetDate":"2025-03-14","endDate":"2025-03-13"}]}"""));
        rc.Should().Be(1);
        stderr.Should().Contain("must not be before the onset date");
    }

    [Fact]
    public void Missing_input_file_is_a_file_error() =>
        Run("classify-ae", "--input", Path.Combine(_dir, "nope.json")).Rc.Should().Be(3);

    [Fact]
    public void Missing_input_option_and_unknown_option_are_usage_errors()
    {
        Run("classify-ae").Rc.Should().Be(2);
        Run("classify-ae", "--input", Input(), "--bogus", "1").Rc.Should().Be(2);
        Run("classify-ae", "--input", Input(), "--format", "xml").Rc.Should().Be(2);
        Run("classify-ae", "--input", Input(), "--output", Path.Combine(_dir, "out.txt")).Rc.Should().Be(2);
    }

    [Fact]
    public void Command_is_listed_in_help() =>
        Run("--help").Out.Should().Contain("classify-ae");

    [Fact]
    public void Blinding_awareness_and_special_interest_are_json_members_of_the_input_and_columns_of_the_output()
    {
        const string doc = """
            {
              "schemaVersion": 1,
              "events": [
                {
                  "id": "AE-P", "verbatimTerm": "pulmonary embolism", "onsetDate": "2025-12-20",
                  "seriousnessCriteria": "life-threatening", "investigatorCausality": { "category": "possible" },
                  "expectedness": "unexpected-by-type", "investigatorAwareDate": "2025-12-27", "sponsorAwareDate": "2025-12-28",
                  "treatmentReceived": "placebo"
                },
                {
                  "id": "AE-B", "verbatimTerm": "arachnoiditis", "onsetDate": "2025-12-20",
                  "seriousnessCriteria": "hospitalisation", "investigatorCausality": { "category": "possible" },
                  "expectedness": "unexpected-by-type", "sponsorAwareDate": "2025-12-28",
                  "treatmentReceived": "still-blinded", "specialInterest": true, "plannedAdmission": false,
                  "patientDeath": { "date": "2026-01-10", "reportedCause": "road traffic accident", "autopsyDone": false }
                }
              ]
            }
            """;
        var (rc, stdout, stderr) = Run("classify-ae", "--input", Input(doc));
        rc.Should().Be(0, stderr);
        var lines = stdout.TrimEnd('\n').Split('\n');
        lines[0].Should().EndWith(",specialInterest,unblindBeforeReporting,investigatorReportDue");
        lines[1].Should().StartWith("AE-P,pulmonary embolism,,,Y,life-threatening,possible,,Y,N,unexpected-by-type,N,");
        lines[1].Should().EndWith(",Y: Thromboembolism after intravenous cells,N,2025-12-28"); // MSC default AESI; route unchecked without exposures
        lines[2].Should().StartWith("AE-B,arachnoiditis,,,Y,hospitalisation,possible,,Y,N,unexpected-by-type,Y,");
        lines[2].Should().EndWith(",Y,Y,");
    }
    // AE-1: serious (life-threatening), unexpected by type, investigator "possible", sponsor "not related".
    // EU CTR 536/2014 Annex III §2.3: a reaction is suspected when the investigator or the sponsor suspects it, so it is a
    // 7-day SUSAR. 21 CFR 312.32(a): "suspected adverse reaction" is the sponsor's determination, so under the US rule it is not.
    [Theory]
    [InlineData(null, "Y")]
    [InlineData("eu-ctr", "Y")]
    [InlineData("us-ind-safety-report", "N")]
    public void Jurisdiction_decides_whether_the_sponsors_not_related_overrides_the_investigator(string? jurisdiction, string susar)
    {
        var args = jurisdiction is null
            ? new[] { "classify-ae", "--input", Input() }
            : new[] { "classify-ae", "--input", Input(), "--jurisdiction", jurisdiction };
        var (rc, stdout, stderr) = Run(args);
        rc.Should().Be(0, stderr);
        var row = stdout.TrimEnd('\n').Split('\n')[1].Split(',');
        row[0].Should().Be("AE-1");
        row[11].Should().Be(susar);
        row[14].Should().Be(susar == "Y" ? "7" : string.Empty, "a fatal or life-threatening SUSAR has a 7-day clock in both regulations");
    }

    [Fact]
    public void Jurisdiction_in_json_cites_21_cfr_312_32_when_the_sponsor_governs()
    {
        var (rc, stdout, stderr) = Run("classify-ae", "--input", Input(), "--format", "json", "--jurisdiction", "us-ind-safety-report");
        rc.Should().Be(0, stderr);
        stdout.Should().Contain("21 CFR 312.32(a)");
        var (rc2, stdout2, _) = Run("classify-ae", "--input", Input(), "--format", "json");
        rc2.Should().Be(0);
        stdout2.Should().NotContain("21 CFR 312.32(a)");
    }

    [Theory]
    [InlineData("us")]
    [InlineData("EU-CTR ")]
    [InlineData("")]
    public void Unknown_jurisdiction_is_a_usage_error_naming_the_value_and_the_choices(string value)
    {
        var (rc, stdout, stderr) = Run("classify-ae", "--input", Input(), "--jurisdiction", value);
        rc.Should().Be(2);
        stdout.Should().BeEmpty();
        stderr.Should().Contain("--jurisdiction").And.Contain($"'{value}'").And.Contain("eu-ctr").And.Contain("us-ind-safety-report");
    }

    [Fact]
    public void Help_shows_the_jurisdiction_default_read_from_the_options_record()
    {
        var (rc, stdout, stderr) = Run("classify-ae", "--help");
        rc.Should().Be(0, stderr);
        stdout.Should().Contain("--jurisdiction").And.Contain("eu-ctr");
    }
}
