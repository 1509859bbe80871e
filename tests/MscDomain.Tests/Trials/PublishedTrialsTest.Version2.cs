using MscDomain.Disease;
using MscDomain.Dosing;
using MscDomain.Outcomes;
using MscDomain.Trials;

namespace MscDomain.Tests.Trials;

/// <summary>The schema version 2 facts of the bundled trials, typed from shared/domain/trials.md (never read back from the JSON).</summary>
public sealed partial class PublishedTrialsTest
{
    [Fact]
    public void Connick_2012_is_phase_2a_in_the_uk_with_aes_compared_up_to_10_months_after()
    {
        var t = Trial("CONNICK-2012");
        t.Design.PhaseSubStage.Should().Be(PhaseSubStage.A);
        t.Conduct!.Countries.Should().Equal("GB");
        t.Design.FollowUpSummary!.Duration.Maximum.Should().Be(10m);
    }

    [Fact]
    public void Llufriu_2014_visits_and_refractory_eligibility_are_typed()
    {
        var t = Trial("LLUFRIU-2014");
        t.Assessments.Single(a => a.Name == "visits").Timepoints.Select(i => i.Amount).Should().Equal(1, 3, 6, 7, 9, 12);
        t.Assessments.Single(a => a.Measure == OutcomeMeasure.GdEnhancingLesions).Every.Should().Be(CalendarInterval.Months(3));
        t.Eligibility!.PriorTreatments.Single().MinimumDuration.Should().Be(CalendarInterval.Years(1));
        t.Eligibility.LookBacks.Select(l => l.Evidence).Should().Equal(ActivityEvidence.Relapse, ActivityEvidence.GdEnhancingLesion);
        t.Eligibility.LookBackCombination.Should().Be(CriteriaCombination.AnyOf);
    }

    [Fact]
    public void Fernandez_2018_four_randomised_patients_were_not_infused_after_a_karyotype_failure()
    {
        var c = Trial("FERNANDEZ-2018").Counts!;
        (c.Randomized, c.Treated).Should().Be((34, 30));
        c.Withdrawals.Single().Reason.Should().Be(WithdrawalReason.ProductReleaseFailure);
        c.Withdrawals.Single().Participants.Should().Be(4);
    }

    [Fact]
    public void Harris_2018_assigns_itself_evidence_class_iv() => Trial("HARRIS-2018").EvidenceClass.Should().Be(EvidenceClass.ClassIV);

    [Fact]
    public void Petrou_2020_is_single_centre_active_progressive_after_dmt_failure_with_baseline_edss_5_6()
    {
        var t = Trial("PETROU-2020");
        t.Conduct!.Multicentre.Should().BeFalse();
        t.Conduct.SiteCount.Should().Be(1);
        t.Eligibility!.Qualifiers.Should().Equal(DiseaseQualifier.Active);
        t.Eligibility.PriorTreatments.Single().Requirement.Should().Be(PriorTreatmentRequirement.Failed);
        t.Eligibility.Washouts.Single().Minimum.Should().Be(CalendarInterval.Months(3));
        t.Baseline!.Edss!.Mean.Should().Be(5.6m);
        t.Baseline.Edss.StandardDeviation.Should().Be(0.8m);
    }

    [Fact]
    public void Mesems_2021_has_15_sites_in_9_countries_and_a_secondary_course_mix()
    {
        var t = Trial("MESEMS-2021");
        t.Conduct!.SiteCount.Should().Be(15);
        t.Conduct.Countries.Should().HaveCount(9);
        t.Baseline!.Courses.Select(c => (c.Course, c.Participants)).Should().Equal(
            (BaseCourse.RelapsingRemitting, 94), (BaseCourse.SecondaryProgressive, 33), (BaseCourse.PrimaryProgressive, 17));
        t.Baseline.Female.Should().Be(87);
        t.Provenance.Should().Contain(p => p.Path == "/baseline" && p.Verification == Verification.Secondary);
        t.Outcomes.Single(o => o.Id == "gel-total").Timepoints.Should().Equal(CalendarInterval.Weeks(4), CalendarInterval.Weeks(12), CalendarInterval.Weeks(24));
    }

    [Fact]
    public void Cohen_2023_is_sponsored_by_brainstorm_multicentre_non_relapsing_on_stable_dmt()
    {
        var t = Trial("COHEN-2023");
        t.Conduct!.Sponsor.Should().Be("BrainStorm Cell Therapeutics");
        t.Conduct.Multicentre.Should().BeTrue();
        t.Eligibility!.Qualifiers.Should().Equal(DiseaseQualifier.NonRelapsing);
        t.Eligibility.PriorTreatments.Single().Should().Be(new PriorTreatmentCriterion(PriorTreatmentRequirement.StableOn, "DMT", MinimumDuration: CalendarInterval.Months(6)));
    }

    [Fact]
    public void Harris_2024_is_single_site_1_to_1_with_9hpt_on_either_hand()
    {
        var t = Trial("HARRIS-2024");
        t.Conduct!.SiteCount.Should().Be(1);
        t.Design.AllocationRatio.Should().Equal(1, 1);
        t.Outcomes.Single(o => o.Id == "9hpt-improvement").Laterality.Should().Be(Laterality.Either);
    }
}
