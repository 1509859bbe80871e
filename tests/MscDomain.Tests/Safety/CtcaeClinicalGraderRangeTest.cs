using MscDomain.Safety;

namespace MscDomain.Tests.Safety;

/// <summary>Unknown facts (issue 11 point 7): the range of grades the known facts allow, the deciding facts, and lower-band wording.
/// Expected grades from the CTCAE v5.0 text (safety.md §8): Thromboembolic event G1 "medical intervention not indicated (e.g.,
/// superficial thrombosis)", G2 medical intervention, G3 urgent medical intervention, G4 life-threatening / haemodynamic or neurologic
/// instability; Infusion related reaction G1 mild transient, G2 "responds promptly to symptomatic treatment", G3 prolonged;
/// Cerebrospinal fluid leakage G1 "postural care indicated".</summary>
public sealed class CtcaeClinicalGraderRangeTest
{
    private static readonly ClinicalGradingCriteria SuperficialNoTreatment = new() { MedicalInterventionIndicated = false };

    [Fact]
    public void Superficial_thrombosis_without_treatment_allows_grade_1_to_4_and_names_the_deciding_facts()
    {
        var r = CtcaeClinicalGrader.Grade(ClinicalTerm.ThromboembolicEvent, SuperficialNoTreatment);
        r.Grade!.Value.Value.Should().Be(4, "the default worst-case policy assumes the unstated life-threatening fact");
        r.LowestPossibleGrade.Should().Be(1);
        r.HighestPossibleGrade.Should().Be(4);
        r.DecidingFacts.Should().Equal(ClinicalFact.LifeThreatening, ClinicalFact.HemodynamicOrNeurologicInstability, ClinicalFact.UrgentInterventionIndicated);
        r.Message.Should().Contain("grade 1 to 4");

        var best = CtcaeClinicalGrader.Grade(ClinicalTerm.ThromboembolicEvent, SuperficialNoTreatment, options: new ClinicalGradingOptions { UnknownFactPolicy = ClinicalQualifierPolicy.BestCase });
        best.Grade!.Value.Value.Should().Be(1);
        best.LowestPossibleGrade.Should().Be(1);
        best.HighestPossibleGrade.Should().Be(4);
    }

    [Fact]
    public void Requiring_clinical_input_still_reports_the_range()
    {
        var r = CtcaeClinicalGrader.Grade(ClinicalTerm.ThromboembolicEvent, SuperficialNoTreatment, options: new ClinicalGradingOptions { UnknownFactPolicy = ClinicalQualifierPolicy.RequireClinicalInput });
        r.IsGradable.Should().BeFalse();
        (r.LowestPossibleGrade, r.HighestPossibleGrade).Should().Be((1, 4));
    }

    [Fact]
    public void Lower_band_wording_reaches_grade_1_without_setting_every_other_fact()
    {
        var r = CtcaeClinicalGrader.Grade(ClinicalTerm.ThromboembolicEvent, SuperficialNoTreatment with { DescribedGrade = 1 });
        r.Grade!.Value.Value.Should().Be(1);
        (r.LowestPossibleGrade, r.HighestPossibleGrade).Should().Be((1, 1));
        r.DecidingFacts.Should().BeEmpty();
        CtcaeClinicalGrader.Grade(ClinicalTerm.CerebrospinalFluidLeakage, new ClinicalGradingCriteria { DescribedGrade = 1 }).Grade!.Value.Value.Should().Be(1);
    }

    [Fact]
    public void Responds_promptly_is_grade_2_of_an_infusion_related_reaction()
    {
        var r = CtcaeClinicalGrader.Grade(ClinicalTerm.InfusionRelatedReaction, new ClinicalGradingCriteria { InfusionInterruptionIndicated = true, DescribedGrade = 2 });
        r.Grade!.Value.Value.Should().Be(2);
        (r.LowestPossibleGrade, r.HighestPossibleGrade).Should().Be((2, 2));
        var without = CtcaeClinicalGrader.Grade(ClinicalTerm.InfusionRelatedReaction, new ClinicalGradingCriteria { InfusionInterruptionIndicated = true });
        (without.LowestPossibleGrade, without.HighestPossibleGrade).Should().Be((2, 4));
    }

    [Fact]
    public void A_true_fact_above_the_described_grade_wins_and_is_flagged()
    {
        var r = CtcaeClinicalGrader.Grade(ClinicalTerm.ThromboembolicEvent, new ClinicalGradingCriteria { DescribedGrade = 1, LifeThreatening = true });
        r.Grade!.Value.Value.Should().Be(4);
        r.Message.Should().Contain("check the source");
    }

    [Theory]
    [InlineData(ClinicalTerm.Sepsis, 1)]
    [InlineData(ClinicalTerm.Headache, 4)]
    [InlineData(ClinicalTerm.UrinaryTractInfection, 1)]
    public void A_described_grade_the_term_lacks_is_invalid(ClinicalTerm term, int grade)
    {
        var r = CtcaeClinicalGrader.Grade(term, new ClinicalGradingCriteria { DescribedGrade = grade });
        r.IsGradable.Should().BeFalse();
        r.Reason.Should().Be(CtcaeNotGradableReason.InvalidInput);
    }

    [Fact]
    public void Known_facts_that_fix_the_grade_give_a_single_point_range()
    {
        var r = CtcaeClinicalGrader.Grade(ClinicalTerm.ThromboembolicEvent, new ClinicalGradingCriteria { UrgentInterventionIndicated = true, LifeThreatening = false, HemodynamicOrNeurologicInstability = false });
        r.Grade!.Value.Value.Should().Be(3);
        (r.LowestPossibleGrade, r.HighestPossibleGrade).Should().Be((3, 3));
    }
}
