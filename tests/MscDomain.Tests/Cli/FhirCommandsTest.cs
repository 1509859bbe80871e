using MscDomain.Samples;
using MscDomain.Serialization;

namespace MscDomain.Tests.Cli;

public sealed class FhirCommandsTest : IDisposable
{
    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    private static string SmallCohortJson() => MscDomainJson.Serialize(DemonstrationCohort.Generate(3, 4));

    [Theory]
    [InlineData("collection")]
    [InlineData("transaction")]
    public void Export_then_import_round_trips_the_cohort(string type)
    {
        var json = SmallCohortJson();
        var input = _cli.WriteFile("cohort.json", json);
        var bundle = _cli.PathOf("bundle.json");
        var back = _cli.PathOf("back.json");

        var export = _cli.Run("export-fhir", "--input", input, "--output", bundle, "--bundle-type", type);
        export.Code.Should().Be(0, export.Stderr);
        File.ReadAllText(bundle).Should().Contain($"\"type\":\"{type}\"");
        var import = _cli.Run("import-fhir", "--input", bundle, "--output", back);
        import.Code.Should().Be(0, import.Stderr);
        File.ReadAllText(back).Should().Be(json);
    }

    [Fact]
    public void Export_with_the_trial_puts_the_study_in_the_bundle()
    {
        var input = _cli.WriteFile("cohort.json", SmallCohortJson());
        var trial = _cli.WriteFile("trial.json", MscDomainJson.Serialize(DemonstrationCohort.Trial));
        var bundle = _cli.PathOf("bundle.json");
        _cli.Run("export-fhir", "--input", input, "--output", bundle, "--trial", trial).Code.Should().Be(0);
        File.ReadAllText(bundle).Should().Contain("\"resourceType\":\"ResearchStudy\"");
    }

    [Fact]
    public void An_unknown_bundle_type_is_a_usage_error_and_writes_nothing()
    {
        var input = _cli.WriteFile("cohort.json", SmallCohortJson());
        var r = _cli.Run("export-fhir", "--input", input, "--output", _cli.PathOf("b.json"), "--bundle-type", "batch");
        r.Code.Should().Be(2);
        File.Exists(_cli.PathOf("b.json")).Should().BeFalse();
    }

    [Fact]
    public void A_bad_bundle_exits_1_with_located_MSC12xx_issues_and_writes_nothing()
    {
        var input = _cli.WriteFile("bundle.json", "{\"resourceType\":\"Bundle\",\"type\":\"collection\"}");
        var r = _cli.Run("import-fhir", "--input", input, "--output", _cli.PathOf("c.json"));
        r.Code.Should().Be(1);
        r.Stderr.Should().Contain("MSC1203").And.Contain("bundle.json");
        File.Exists(_cli.PathOf("c.json")).Should().BeFalse();
    }

    [Fact]
    public void Output_equal_to_input_is_a_file_error()
    {
        var input = _cli.WriteFile("cohort.json", SmallCohortJson());
        _cli.Run("export-fhir", "--input", input, "--output", input).Code.Should().Be(3);
        File.ReadAllText(input).Should().Be(SmallCohortJson());
    }

    [Fact]
    public void A_missing_input_is_a_file_error() =>
        _cli.Run("import-fhir", "--input", _cli.PathOf("none.json"), "--output", _cli.PathOf("c.json")).Code.Should().Be(3);
}
