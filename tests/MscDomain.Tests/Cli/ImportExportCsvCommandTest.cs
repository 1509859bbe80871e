using FluentAssertions;
using MscDomain.Serialization;
using MscDomain.Tests.Tabular.Timelines;
using MscDomain.Tests.Trials;
using Xunit;

namespace MscDomain.Tests.Cli;

public sealed class ImportExportCsvCommandTest : IDisposable
{
    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Export_then_import_round_trips_the_cohort()
    {
        var json = MscDomainJson.Serialize(TimelineCsvFixtures.Cohort());
        var input = _cli.WriteFile("cohort.json", json);
        var dir = _cli.PathOf("csv");
        var output = _cli.PathOf("back.json");

        var export = _cli.Run("export-csv", "--input", input, "--output-dir", dir);
        var import = _cli.Run("import-csv", "--dir", dir, "--output", output);

        export.Code.Should().Be(0, export.Stderr);
        Directory.GetFiles(dir).Select(Path.GetFileName).Should().BeEquivalentTo(
            "participants.csv", "visits.csv", "relapses.csv", "administrations.csv", "labs.csv", "adverse_events.csv", "cohort.csv");
        import.Code.Should().Be(0, import.Stderr);
        File.ReadAllText(output).Should().Be(json);
        import.Stderr.Should().Contain("participants: 2");
    }

    [Fact]
    public void Demonstration_cohort_validates_and_round_trips_through_the_cli()
    {
        var json = MscDomainJson.Serialize(MscDomain.Samples.DemonstrationCohort.Load());
        var input = _cli.WriteFile("demo.json", json);
        var dir = _cli.PathOf("csv");
        var output = _cli.PathOf("back.json");

        _cli.Run("validate", input).Code.Should().Be(0);
        _cli.Run("export-csv", "--input", input, "--output-dir", dir).Code.Should().Be(0);
        _cli.Run("import-csv", "--dir", dir, "--output", output).Code.Should().Be(0);

        File.ReadAllText(output).Should().Be(json);
    }

    [Fact]
    public void Single_timeline_exports_without_cohort_file_and_imports_with_an_id()
    {
        var input = _cli.WriteFile("t.json", MscDomainJson.Serialize(SampleDocuments.Timeline()));
        var dir = _cli.PathOf("csv");

        _cli.Run("export-csv", "--input", input, "--output-dir", dir).Code.Should().Be(0);
        File.Exists(Path.Combine(dir, "cohort.csv")).Should().BeFalse();

        _cli.Run("import-csv", "--dir", dir, "--output", _cli.PathOf("c.json")).Code.Should().Be(2);
        _cli.Run("import-csv", "--dir", dir, "--output", _cli.PathOf("c.json"), "--id", "one").Code.Should().Be(0);
        MscDomainJson.DeserializeCohort(File.ReadAllText(_cli.PathOf("c.json"))).Participants.Should().ContainSingle().Which.ParticipantId.Should().Be("P-001");
    }

    [Fact]
    public void Bad_csv_value_exits_1_names_the_location_and_writes_nothing()
    {
        var dir = Directory.CreateDirectory(_cli.PathOf("csv")).FullName;
        File.WriteAllText(Path.Combine(dir, "participants.csv"), "id,birth_date,sex,enrolment_date\nA,1980,female,2020-01-10\n");
        File.WriteAllText(Path.Combine(dir, "visits.csv"), "id,date,edss\nA,2020-01-10,0.5\n");
        var output = _cli.PathOf("c.json");

        var (code, _, stderr) = _cli.Run("import-csv", "--dir", dir, "--output", output, "--id", "c");

        code.Should().Be(1);
        stderr.Should().Contain("visits.csv:2:14 [edss]").And.Contain("'0.5'");
        File.Exists(output).Should().BeFalse();
    }

    [Fact]
    public void Invalid_json_input_to_export_exits_1_and_writes_no_directory()
    {
        var input = _cli.WriteFile("bad.json", "{\"schemaVersion\":1,\"id\":\"c\",\"participants\":[],\"colour\":1}");
        var dir = _cli.PathOf("csv");

        var (code, _, stderr) = _cli.Run("export-csv", "--input", input, "--output-dir", dir);

        code.Should().Be(1);
        stderr.Should().Contain("colour");
        Directory.Exists(dir).Should().BeFalse();
    }
}
