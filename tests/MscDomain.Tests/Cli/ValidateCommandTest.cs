using System.Text.Json.Nodes;
using FluentAssertions;
using MscDomain.Serialization;
using MscDomain.Tests.Tabular.Timelines;
using MscDomain.Tests.Trials;
using Xunit;

namespace MscDomain.Tests.Cli;

public sealed class ValidateCommandTest : IDisposable
{
    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    private static JsonObject TimelineNode() => JsonNode.Parse(MscDomainJson.Serialize(SampleDocuments.Timeline()))!.AsObject();

    private (int Code, string Stdout, string Stderr) Validate(string json, params string[] extra) =>
        _cli.Run(["validate", _cli.WriteFile("doc.json", json), .. extra]);

    [Fact]
    public void Valid_timeline_exits_0()
    {
        var (code, stdout, _) = Validate(MscDomainJson.Serialize(SampleDocuments.Timeline()));

        code.Should().Be(0, stdout);
        stdout.Should().Contain("valid timeline document");
    }

    [Fact]
    public void Valid_trial_exits_0()
    {
        var trial = Validate(MscDomainJson.Serialize(SampleDocuments.Petrou2020()));
        trial.Code.Should().Be(0, trial.Stdout);
    }

    [Fact]
    public void An_impossible_trial_fails_the_consistency_pass_with_code_and_path()
    {
        var node = JsonNode.Parse(MscDomainJson.Serialize(SampleDocuments.Petrou2020()))!.AsObject();
        node["counts"] = new JsonObject { ["enrolled"] = 5, ["treated"] = 20 };
        var (code, stdout, _) = Validate(node.ToJsonString());
        code.Should().Be(1, stdout);
        stdout.Should().Contain("[consistency] error $.counts.treated: MSC1001: '20'");
    }

    [Fact]
    public void A_consistency_warning_is_printed_and_the_trial_stays_valid()
    {
        var node = JsonNode.Parse(File.ReadAllText(Path.Combine(MscDomain.Tests.Trials.PublishedTrialsTest.RepoRoot(), "samples", "data", "trials", "petrou-2020.json")))!.AsObject();
        node["results"]![0]!["statistic"]!["reportedPercent"] = 7.4m; // 2/30 = 6.667%: 0.73 points off, more than rounding
        var (code, stdout, _) = Validate(node.ToJsonString());
        code.Should().Be(0, stdout);
        stdout.Should().Contain("1 warning(s)").And.Contain("MSC1005");
    }

    [Fact]
    public void A_version_1_trial_validates_after_its_upgrade()
    {
        var v1 = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "trials-v1", "connick-2012.json"));
        var (code, stdout, _) = Validate(v1);
        code.Should().Be(0, stdout);
    }

    [Fact]
    public void Valid_cohort_exits_0()
    {
        var cohort = Validate(MscDomainJson.Serialize(TimelineCsvFixtures.Cohort()));
        cohort.Code.Should().Be(0, cohort.Stdout);
    }

    [Fact]
    public void Wrong_type_is_reported_with_its_path()
    {
        var node = TimelineNode();
        node["baseline"]!["sex"] = 3;

        var (code, stdout, _) = Validate(node.ToJsonString());

        code.Should().Be(1);
        stdout.Should().Contain("[schema] $.baseline.sex").And.Contain("[model] $.baseline.sex");
    }

    [Fact]
    public void Unknown_member_is_reported_with_its_path()
    {
        var node = TimelineNode();
        node["relapses"]![0]!["severity"] = "mild";

        var (code, stdout, _) = Validate(node.ToJsonString());

        code.Should().Be(1);
        stdout.Should().Contain("[schema] $.relapses[0].severity: unknown member 'severity' at $.relapses[0]");
        stdout.Should().NotContain("false schema");
        stdout.Should().Contain("[model] $.relapses[0].severity: Unknown member 'severity' at $.relapses[0]");
    }

    [Fact]
    public void Edss_half_point_is_reported_with_its_path()
    {
        var node = TimelineNode();
        node["observations"]![0]!["score"] = 0.5;

        var (code, stdout, _) = Validate(node.ToJsonString());

        code.Should().Be(1);
        stdout.Should().Contain("[schema] $.observations[0].score").And.Contain("[model] $.observations[0].score");
        stdout.Should().Contain("Kurtzke");
        stdout.Should().NotContain("anyOf/1", "the measure branch of the kind-discriminated anyOf is not what the document meant");
    }

    [Fact]
    public void Visit_before_birth_is_a_model_problem_with_its_path()
    {
        var node = TimelineNode();
        node["observations"]![0]!["date"] = "1974-12-31"; // born 1975 (partial date)

        var (code, stdout, _) = Validate(node.ToJsonString());

        code.Should().Be(1);
        stdout.Should().Contain("[model] $.observations[0]:").And.Contain("before birth");
        stdout.Should().NotContain("[schema]").And.NotContain("(Parameter");
    }

    [Fact]
    public void Every_problem_is_printed_schema_problems_and_one_model_problem_per_broken_participant()
    {
        var cohort = JsonNode.Parse(MscDomainJson.Serialize(TimelineCsvFixtures.Cohort()))!.AsObject();
        cohort["participants"]![0]!["baseline"]!["sex"] = 3;
        cohort["participants"]![0]!["colour"] = "blue";
        cohort["participants"]![1]!["observations"]![1]!["score"] = 0.5;

        var (code, stdout, _) = Validate(cohort.ToJsonString());

        code.Should().Be(1);
        stdout.Should().Contain("[schema] $.participants[0].baseline.sex");
        stdout.Should().Contain("[schema] $.participants[0]").And.Contain("colour");
        stdout.Should().Contain("[schema] $.participants[1].observations[1].score");
        stdout.Should().Contain("[model] $.participants[0]").And.Contain("[model] $.participants[1]");
    }

    [Fact]
    public void Trial_problems_are_found_by_the_model_pass()
    {
        var node = JsonNode.Parse(MscDomainJson.Serialize(SampleDocuments.Petrou2020()))!.AsObject();
        node["schemaVersion"] = 99;

        var (code, stdout, _) = Validate(node.ToJsonString());

        code.Should().Be(1);
        stdout.Should().Contain("trial document").And.Contain("[model] $").And.Contain("99");
    }

    [Fact]
    public void Model_problems_of_cohort_participants_carry_the_participant_path()
    {
        var cohort = JsonNode.Parse(MscDomainJson.Serialize(new MscDomain.Trials.CohortDocument(MscDomainSchemaVersion.Current, "c", [SampleDocuments.Timeline()])))!.AsObject();
        cohort["participants"]![0]!["relapses"]![0]!["onset"] = "1974-06-01";

        var (code, stdout, _) = Validate(cohort.ToJsonString());

        code.Should().Be(1);
        stdout.Should().Contain("[model] $.participants[0]").And.Contain("before birth").And.NotContain("Path: $.relapses");
    }

    [Fact]
    public void Adverse_event_document_gets_the_model_pass()
    {
        var ok = new MscDomain.AdverseEvents.AdverseEventDocument([new MscDomain.AdverseEvents.AdverseEvent("ae-1", "headache", onsetDate: new NodaTime.LocalDate(2020, 1, 1))]);
        var node = JsonNode.Parse(MscDomainJson.Serialize(ok))!.AsObject();

        Validate(node.ToJsonString()).Code.Should().Be(0);
        node["events"]![0]!["verbatimTerm"] = " ";
        var (code, stdout, _) = Validate(node.ToJsonString());
        code.Should().Be(1);
        stdout.Should().Contain("adverse-events document").And.Contain("[model] $");
    }

    [Fact]
    public void Unknown_observation_kind_reports_every_branch()
    {
        var node = TimelineNode();
        node["observations"]![0]!["kind"] = "mri";

        var (code, stdout, _) = Validate(node.ToJsonString());

        code.Should().Be(1);
        stdout.Should().Contain("[schema] $.observations[0].kind").And.Contain("anyOf/0/properties/kind").And.Contain("anyOf/1/properties/kind");
    }

    [Fact]
    public void Type_option_overrides_detection()
    {
        var (code, stdout, _) = Validate(MscDomainJson.Serialize(SampleDocuments.Timeline()), "--type", "cohort");

        code.Should().Be(1);
        stdout.Should().Contain("cohort document").And.Contain("participantId", "a timeline read as a cohort has members a cohort does not know");
    }

    [Fact]
    public void Undetectable_document_and_malformed_json_exit_1()
    {
        Validate("{\"hello\": 1}").Code.Should().Be(1);
        var (code, stdout, _) = Validate("{ not json");
        code.Should().Be(1);
        stdout.Should().Contain("[json] $");
    }

    [Fact]
    public void Bad_usage_exits_2()
    {
        _cli.Run("validate").Code.Should().Be(2);
        Validate("{}", "--type", "recipe").Code.Should().Be(2);
        _cli.Run("validate", _cli.PathOf("missing.json")).Code.Should().Be(3, "a file that cannot be read is exit code 3");
    }

    [Fact]
    public void Json_pointer_becomes_json_path()
    {
        MscDomain.Cli.Commands.ValidateCommand.ToPath("/participants/0/a~1b").Should().Be("$.participants[0].a/b");
        MscDomain.Cli.Commands.ValidateCommand.ToPath(string.Empty).Should().Be("$");
    }
}
