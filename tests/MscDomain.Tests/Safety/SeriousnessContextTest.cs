using MscDomain.Common;
using MscDomain.Serialization;
using NodaTime;
using MscDomain.AdverseEvents;
using MscDomain.Safety;

namespace MscDomain.Tests.Safety;

/// <summary>Context inputs of seriousness: the investigator's 24-hour SAE report (EU CTR 536/2014 Art. 41(2)), a pre-planned admission
/// (not an ICH E2A criterion), and a death unrelated to the event (ICH E2B(R3) D.9, E.i.7).</summary>
public sealed class SeriousnessContextTest
{
    [Fact]
    public void Serious_event_is_due_to_the_sponsor_24_hours_after_the_investigator_knew()
    {
        var ae = new AdverseEvent("AE", "sepsis", seriousnessCriteria: SeriousnessCriteria.Hospitalisation,
            investigatorAwareDate: new LocalDate(2025, 3, 31), sponsorAwareDate: new LocalDate(2025, 4, 1));
        SeriousnessClassifier.Classify(ae).InvestigatorReportDue.Should().Be(new LocalDate(2025, 4, 1));
    }

    [Fact]
    public void Non_serious_event_or_missing_awareness_has_no_24_hour_clock()
    {
        SeriousnessClassifier.Classify(new AdverseEvent("AE", "headache", investigatorAwareDate: new LocalDate(2025, 3, 31))).InvestigatorReportDue.Should().BeNull();
        SeriousnessClassifier.Classify(new AdverseEvent("AE", "sepsis", seriousnessCriteria: SeriousnessCriteria.Hospitalisation)).InvestigatorReportDue.Should().BeNull();
    }

    [Fact]
    public void Sponsor_cannot_know_before_the_investigator()
    {
        FluentActions.Invoking(() => new AdverseEvent("AE", "x", investigatorAwareDate: new LocalDate(2025, 4, 2), sponsorAwareDate: new LocalDate(2025, 4, 1)))
            .Should().Throw<ArgumentOutOfRangeException>().WithMessage("*2025-04-01*2025-04-02*");
        new AdverseEvent("AE", "x", investigatorAwareDate: new LocalDate(2025, 4, 1), sponsorAwareDate: new LocalDate(2025, 4, 1)).SponsorAwareDate.Should().NotBeNull();
    }

    [Fact]
    public void Hospitalisation_criterion_on_a_planned_admission_is_flagged_not_removed()
    {
        var ae = new AdverseEvent("AE", "back pain", seriousnessCriteria: SeriousnessCriteria.Hospitalisation, plannedAdmission: true);
        var r = SeriousnessClassifier.Classify(ae);
        r.IsSerious.Should().BeTrue("nothing is coerced: the recorded criterion stands");
        r.Issues.Should().ContainSingle().Which.Should().Match<SafetyIssue>(i => i.Severity == DataIssueSeverity.Warning && i.Rule.Contains("pre-planned"));
    }

    [Fact]
    public void Planned_admission_without_the_criterion_leaves_the_event_non_serious_and_clean()
    {
        var r = SeriousnessClassifier.Classify(new AdverseEvent("AE", "back pain", plannedAdmission: true));
        r.IsSerious.Should().BeFalse();
        r.Issues.Should().BeEmpty();
        SeriousnessClassifier.Classify(new AdverseEvent("AE", "x", seriousnessCriteria: SeriousnessCriteria.Hospitalisation, plannedAdmission: false)).Issues.Should().BeEmpty();
    }

    [Fact]
    public void Unrelated_death_goes_to_e2b_d9_and_the_reaction_keeps_its_outcome()
    {
        var death = new PatientDeath(new LocalDate(2025, 6, 1), "road traffic accident", autopsyDone: false);
        var ae = new AdverseEvent("AE", "headache", outcome: AdverseEventOutcome.NotRecovered, patientDeath: death);
        var e2b = SeriousnessStandards.ToE2b(ae);
        e2b.PatientDeath.Should().Be(death);
        e2b.ResultsInDeath.Should().BeNull();
        e2b.Outcome.Should().Be(3);
        SeriousnessStandards.Validate(e2b).Issues.Should().BeEmpty();
        SeriousnessStandards.Validate(ae).IsValid.Should().BeTrue();
    }

    [Fact]
    public void Unrelated_death_with_a_fatal_reaction_outcome_is_an_error()
    {
        var e2b = new E2bSeriousness(null, null, null, null, null, null, 5, new PatientDeath(new LocalDate(2025, 6, 1)));
        SeriousnessStandards.Validate(e2b).Errors.Should().ContainSingle().Which.Field.Should().Be("E.i.7");
    }

    [Fact]
    public void Patient_death_round_trips_and_a_blank_cause_is_rejected()
    {
        var ae = new AdverseEvent("AE", "x", patientDeath: new PatientDeath(new LocalDate(2025, 6, 1), "stroke", true));
        var back = MscDomainJson.DeserializeAdverseEvents(MscDomainJson.Serialize(new AdverseEventDocument([ae]))).Events[0];
        back.PatientDeath.Should().Be(ae.PatientDeath);
        FluentActions.Invoking(() => new PatientDeath(reportedCause: " ")).Should().Throw<ArgumentException>().WithMessage("*D.9.2.r*");
    }
}
