using System.Text.Json;
using NodaTime;

using MscDomain.Trials;
using MscDomain.Common;
using MscDomain.AdverseEvents;

namespace MscDomain.Tests.AdverseEvents;

public sealed class AdverseEventTest
{
    internal static AdverseEvent Full() => new(
        id: "AE-001",
        verbatimTerm: "severe headache after lumbar puncture",
        meddra: new MeddraCoding("Post lumbar puncture syndrome", 10036628, 10036628, "27.1"),
        onsetDate: new LocalDate(2025, 3, 14),
        onsetTime: new LocalDateTime(2025, 3, 14, 22, 30),
        endDate: new LocalDate(2025, 3, 20),
        severity: new AdverseEventSeverity(3, CtcaeVersion.V5_0),
        seriousnessCriteria: SeriousnessCriteria.Hospitalisation | SeriousnessCriteria.ImportantMedicalEvent,
        recordedSerious: true,
        outcome: AdverseEventOutcome.Recovered,
        investigatorCausality: new CausalityAssessment(CausalityCategory.Probable, "WHO-UMC", new LocalDate(2025, 3, 16)),
        sponsorCausality: new CausalityAssessment(CausalityCategory.NotRelated),
        expectedness: Expectedness.UnexpectedBySeverity,
        sponsorAwareDate: new LocalDate(2025, 3, 15),
        sponsorAwareOfUpgradeDate: null,
        actionTaken: AdverseEventAction.NotApplicable);

    [Fact]
    public void Full_record_round_trips_through_json()
    {
        var doc = new AdverseEventDocument([Full(), new AdverseEvent("AE-002", "fever", partialOnset: new PartialDate(2025, 4))]);
        var json = doc.ToJson();
        var back = AdverseEventDocument.FromJson(json);
        back.SchemaVersion.Should().Be(MscDomain.Serialization.MscDomainSchemaVersion.Current);
        back.Events.Should().HaveCount(2);
        back.Events[0].Should().BeEquivalentTo(doc.Events[0]);
        back.Events[1].Should().BeEquivalentTo(doc.Events[1]);
        back.Events[0].Should().NotBeSameAs(doc.Events[0]);
        json.Should().Contain("\"onsetDate\": \"2025-03-14\"").And.Contain("\"onsetTime\": \"2025-03-14T22:30:00\"");
        json.Should().Contain("\"seriousnessCriteria\": \"hospitalisation, important-medical-event\"");
    }

    [Fact]
    public void Minimal_json_reads_with_defaults()
    {
        var doc = AdverseEventDocument.FromJson("""{"schemaVersion":1,"events":[{"id":"A","verbatimTerm":"nausea"}]}""");
        var ae = doc.Events.Single();
        ae.SeriousnessCriteria.Should().Be(SeriousnessCriteria.None);
        ae.IsSerious.Should().BeFalse();
        ae.OnsetDate.Should().BeNull();
    }

    [Fact]
    public void Json_with_end_before_onset_is_rejected_naming_the_rule() =>
        FluentActions.Invoking(() => AdverseEventDocument.FromJson(
                """{"schemaVersion":1,"events":[{"id":"A","verbatimTerm":"x","onsetDate":"2025-03-14","endDate":"2025-03-13"}]}"""))
            .Should().Throw<JsonException>().WithMessage("*end date 2025-03-13 must not be before the onset date 2025-03-14*");

    [Fact]
    public void Json_with_unknown_property_is_rejected() =>
        FluentActions.Invoking(() => AdverseEventDocument.FromJson(
                """{"schemaVersion":1,"events":[{"id":"A","verbatimTerm":"x","grade":3}]}"""))
            .Should().Throw<JsonException>();

    [Fact]
    public void Json_with_grade_0_is_rejected() =>
        FluentActions.Invoking(() => AdverseEventDocument.FromJson(
                """{"schemaVersion":1,"events":[{"id":"A","verbatimTerm":"x","severity":{"grade":0,"version":"v5.0"}}]}"""))
            .Should().Throw<JsonException>().WithMessage("*1 to 5*");

    [Fact]
    public void End_before_onset_is_rejected()
    {
        var act = () => new AdverseEvent("A", "x", onsetDate: new LocalDate(2025, 1, 2), endDate: new LocalDate(2025, 1, 1));
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("endDate");
    }

    [Fact]
    public void End_on_onset_day_is_accepted() =>
        new AdverseEvent("A", "x", onsetDate: new LocalDate(2025, 1, 2), endDate: new LocalDate(2025, 1, 2)).EndDate
            .Should().Be(new LocalDate(2025, 1, 2));

    [Fact]
    public void End_before_partial_onset_month_is_rejected()
    {
        var act = () => new AdverseEvent("A", "x", partialOnset: new PartialDate(2025, 2), endDate: new LocalDate(2025, 1, 31));
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("endDate");
    }

    [Fact]
    public void Onset_time_on_another_day_is_rejected()
    {
        var act = () => new AdverseEvent("A", "x", onsetDate: new LocalDate(2025, 1, 2), onsetTime: new LocalDateTime(2025, 1, 3, 0, 0));
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("onsetTime");
    }

    [Fact]
    public void Onset_time_without_onset_date_is_rejected()
    {
        var act = () => new AdverseEvent("A", "x", onsetTime: new LocalDateTime(2025, 1, 3, 0, 0));
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("onsetTime");
    }

    [Fact]
    public void Partial_and_full_onset_together_are_rejected()
    {
        var act = () => new AdverseEvent("A", "x", onsetDate: new LocalDate(2025, 1, 2), partialOnset: new PartialDate(2025, 1));
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("partialOnset");
    }

    [Fact]
    public void Upgrade_awareness_before_day_0_is_rejected()
    {
        var act = () => new AdverseEvent("A", "x", sponsorAwareDate: new LocalDate(2025, 1, 2), sponsorAwareOfUpgradeDate: new LocalDate(2025, 1, 1));
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("sponsorAwareOfUpgradeDate");
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Blank_id_is_rejected(string id) =>
        FluentActions.Invoking(() => new AdverseEvent(id, "x")).Should().Throw<ArgumentException>().WithParameterName("id");

    [Fact]
    public void Undefined_seriousness_flag_is_rejected() =>
        FluentActions.Invoking(() => new AdverseEvent("A", "x", seriousnessCriteria: (SeriousnessCriteria)64))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("seriousnessCriteria");

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public void Reported_grade_outside_1_to_5_is_rejected(int grade) =>
        FluentActions.Invoking(() => new AdverseEventSeverity(grade, CtcaeVersion.V6_0))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("grade");

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    public void Reported_grade_1_and_5_are_accepted(int grade) =>
        new AdverseEventSeverity(grade, CtcaeVersion.V6_0).Grade.Should().Be(grade);

    [Fact]
    public void Meddra_code_must_have_8_digits() =>
        FluentActions.Invoking(() => new MeddraCoding("Headache", 1234567))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("preferredTermCode");

    [Fact]
    public void Partial_date_month_range_covers_leap_february()
    {
        var p = new PartialDate(2024, 2);
        p.Earliest.Should().Be(new LocalDate(2024, 2, 1));
        p.Latest.Should().Be(new LocalDate(2024, 2, 29));
        new PartialDate(2025).Latest.Should().Be(new LocalDate(2025, 12, 31));
    }
}

public sealed class AdverseEventJsonTest
{
    [Fact]
    public void Enums_are_kebab_case_and_no_criteria_reads_as_none()
    {
        var doc = AdverseEventDocument.FromJson("""
            {"schemaVersion":1,"events":[{"id":"A","verbatimTerm":"x","seriousnessCriteria":"none","outcome":"recovered-with-sequelae",
             "actionTaken":"not-applicable","investigatorCausality":{"category":"not-related"},"expectedness":"unexpected-by-severity"}]}
            """);
        var ae = doc.Events.Single();
        ae.SeriousnessCriteria.Should().Be(SeriousnessCriteria.None);
        ae.Outcome.Should().Be(AdverseEventOutcome.RecoveredWithSequelae);
        ae.ActionTaken.Should().Be(AdverseEventAction.NotApplicable);
        ae.InvestigatorCausality!.Category.Should().Be(CausalityCategory.NotRelated);
        ae.Expectedness.Should().Be(Expectedness.UnexpectedBySeverity);
    }

    [Fact]
    public void Integer_enum_values_are_rejected() =>
        FluentActions.Invoking(() => AdverseEventDocument.FromJson("""{"schemaVersion":1,"events":[{"id":"A","verbatimTerm":"x","outcome":5}]}"""))
            .Should().Throw<JsonException>();

    [Fact]
    public void Unsupported_schema_version_is_rejected() =>
        FluentActions.Invoking(() => AdverseEventDocument.FromJson("""{"schemaVersion":3,"events":[]}"""))
            .Should().Throw<JsonException>().WithMessage("*schemaVersion 3*");

    [Fact]
    public void Missing_events_is_rejected() =>
        FluentActions.Invoking(() => AdverseEventDocument.FromJson("""{"schemaVersion":1}"""))
            .Should().Throw<JsonException>();
}
