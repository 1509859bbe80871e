using MscDomain.AdverseEvents;
using MscDomain.Safety;

namespace MscDomain.Tests.Safety;

/// <summary>Clinical CTCAE v5.0 grading; expected grades from the CTCAE v5.0 text as paraphrased in safety.md §8.</summary>
public sealed class CtcaeClinicalGraderTest
{
    private static readonly ClinicalGradingCriteria NothingSevere = new()
    {
        Death = false, LifeThreatening = false, UrgentInterventionIndicated = false, HospitalizationIndicated = false,
        LimitsInstrumentalAdl = false, LimitsSelfCareAdl = false, InfusionInterruptionIndicated = false, ProlongedOrRecurrent = false,
        OralInterventionIndicated = false, IvInterventionIndicated = false, InvasiveInterventionIndicated = false,
        MedicalInterventionIndicated = false, Bronchospasm = false, BloodPatchIndicated = false, HemodynamicOrNeurologicInstability = false,
        UlcerationOrNecrosis = false, LocalPainEdemaOrPhlebitis = false, Severity = ClinicalSeverity.Mild,
    };

    [Theory]
    [InlineData("37.9", null, 0)]
    [InlineData("38.0", null, 1)]
    [InlineData("39.0", null, 1)]
    [InlineData("39.01", null, 2)]
    [InlineData("40.0", null, 2)]
    [InlineData("40.1", "24", 3)]
    [InlineData("40.1", "24.5", 4)]
    public void Fever_celsius_bands(string temp, string? hours, int expected)
    {
        var r = CtcaeClinicalGrader.GradeFever(new FeverGradingInput(Dec(temp), FeverTemperatureUnit.Celsius, hours is null ? null : Dec(hours)));
        r.Grade!.Value.Value.Should().Be(expected);
        r.PolicyApplied.Should().BeFalse();
    }

    [Theory]
    [InlineData("100.4", 1)]
    [InlineData("102.2", 1)]
    [InlineData("102.25", 2)]
    [InlineData("102.3", 2)]
    [InlineData("104.0", 2)]
    [InlineData("100.3", 0)]
    public void Fever_fahrenheit_converts_exactly_and_the_printed_gap_goes_to_the_more_severe_band(string temp, int expected)
    {
        var r = CtcaeClinicalGrader.GradeFever(new FeverGradingInput(Dec(temp), FeverTemperatureUnit.Fahrenheit));
        r.Grade!.Value.Value.Should().Be(expected);
        r.TemperatureCelsius.Should().NotBeNull();
    }

    [Fact]
    public void Fever_above_40_with_unknown_duration_is_worst_case_grade_4_and_says_so()
    {
        var r = CtcaeClinicalGrader.GradeFever(new FeverGradingInput(40.5m));
        r.Grade.Should().Be(new CtcaeGrade(4, CtcaeVersion.V5_0));
        r.PolicyApplied.Should().BeTrue();
        r.AssumedFacts.Should().Equal(ClinicalFact.FeverDuration);
        CtcaeClinicalGrader.GradeFever(new FeverGradingInput(40.5m), options: new ClinicalGradingOptions { UnknownFactPolicy = ClinicalQualifierPolicy.BestCase })
            .Grade!.Value.Value.Should().Be(3);
        CtcaeClinicalGrader.GradeFever(new FeverGradingInput(40.5m), options: new ClinicalGradingOptions { UnknownFactPolicy = ClinicalQualifierPolicy.RequireClinicalInput })
            .Reason.Should().Be(CtcaeNotGradableReason.ClinicalInputRequired);
    }

    [Fact]
    public void Fever_implausible_temperature_is_invalid_input() =>
        CtcaeClinicalGrader.GradeFever(new FeverGradingInput(50m)).Reason.Should().Be(CtcaeNotGradableReason.InvalidInput);

    [Fact]
    public void Infections_grade_by_intervention_oral_2_iv_3_life_threatening_4()
    {
        CtcaeClinicalGrader.Grade(ClinicalTerm.UrinaryTractInfection, NothingSevere with { OralInterventionIndicated = true }).Grade!.Value.Value.Should().Be(2);
        CtcaeClinicalGrader.Grade(ClinicalTerm.LungInfection, NothingSevere with { IvInterventionIndicated = true }).Grade!.Value.Value.Should().Be(3);
        CtcaeClinicalGrader.Grade(ClinicalTerm.UpperRespiratoryInfection, NothingSevere with { LifeThreatening = true }).Grade!.Value.Value.Should().Be(4);
        CtcaeClinicalGrader.Grade(ClinicalTerm.Sepsis, NothingSevere).Grade!.Value.Value.Should().Be(3);
        CtcaeClinicalGrader.Grade(ClinicalTerm.Meningitis, NothingSevere with { Death = true }).Grade!.Value.Value.Should().Be(5);
    }

    [Fact]
    public void Unknown_facts_are_worst_case_and_listed()
    {
        var r = CtcaeClinicalGrader.Grade(ClinicalTerm.LungInfection, new ClinicalGradingCriteria { OralInterventionIndicated = true, LifeThreatening = false, UrgentInterventionIndicated = false });
        r.Grade!.Value.Value.Should().Be(3);
        r.PolicyApplied.Should().BeTrue();
        r.AssumedFacts.Should().BeEquivalentTo([ClinicalFact.IvInterventionIndicated, ClinicalFact.InvasiveInterventionIndicated]);
        r.Message.Should().Contain("WorstCase");
    }

    [Fact]
    public void Death_is_never_assumed_and_terms_without_grade_5_reject_it()
    {
        CtcaeClinicalGrader.Grade(ClinicalTerm.Headache, new ClinicalGradingCriteria { Severity = ClinicalSeverity.Mild, LimitsInstrumentalAdl = false, LimitsSelfCareAdl = false })
            .Grade!.Value.Value.Should().Be(1);
        CtcaeClinicalGrader.Grade(ClinicalTerm.Headache, NothingSevere with { Death = true }).Reason.Should().Be(CtcaeNotGradableReason.InvalidInput);
    }

    [Theory]
    [InlineData(ClinicalTerm.InfusionRelatedReaction, 1)]
    [InlineData(ClinicalTerm.AllergicReaction, 1)]
    [InlineData(ClinicalTerm.Anaphylaxis, 3)]
    [InlineData(ClinicalTerm.ThromboembolicEvent, 1)]
    [InlineData(ClinicalTerm.CerebrospinalFluidLeakage, 1)]
    [InlineData(ClinicalTerm.InjectionSiteReaction, 1)]
    [InlineData(ClinicalTerm.TreatmentRelatedSecondaryMalignancy, 3)]
    [InlineData(ClinicalTerm.UrinaryTractInfection, 2)]
    public void Event_meeting_no_higher_band_gets_the_lowest_grade_of_the_term(ClinicalTerm term, int lowest)
    {
        CtcaeClinicalGrader.LowestGrade(term).Should().Be(lowest);
        CtcaeClinicalGrader.Grade(term, NothingSevere).Grade!.Value.Value.Should().Be(lowest);
    }

    [Fact]
    public void Specific_MSC_event_criteria()
    {
        CtcaeClinicalGrader.Grade(ClinicalTerm.InfusionRelatedReaction, NothingSevere with { InfusionInterruptionIndicated = true }).Grade!.Value.Value.Should().Be(2);
        CtcaeClinicalGrader.Grade(ClinicalTerm.InfusionRelatedReaction, NothingSevere with { ProlongedOrRecurrent = true }).Grade!.Value.Value.Should().Be(3);
        CtcaeClinicalGrader.Grade(ClinicalTerm.AllergicReaction, NothingSevere with { Bronchospasm = true }).Grade!.Value.Value.Should().Be(3);
        CtcaeClinicalGrader.Grade(ClinicalTerm.AllergicReaction, NothingSevere with { OralInterventionIndicated = true }).Grade!.Value.Value.Should().Be(2);
        CtcaeClinicalGrader.Grade(ClinicalTerm.ThromboembolicEvent, NothingSevere with { UrgentInterventionIndicated = true }).Grade!.Value.Value.Should().Be(3);
        CtcaeClinicalGrader.Grade(ClinicalTerm.ThromboembolicEvent, NothingSevere with { HemodynamicOrNeurologicInstability = true }).Grade!.Value.Value.Should().Be(4);
        CtcaeClinicalGrader.Grade(ClinicalTerm.CerebrospinalFluidLeakage, NothingSevere with { BloodPatchIndicated = true }).Grade!.Value.Value.Should().Be(2);
        CtcaeClinicalGrader.Grade(ClinicalTerm.Headache, NothingSevere with { LimitsSelfCareAdl = true }).Grade!.Value.Value.Should().Be(3);
        CtcaeClinicalGrader.Grade(ClinicalTerm.InjectionSiteReaction, NothingSevere with { LocalPainEdemaOrPhlebitis = true }).Grade!.Value.Value.Should().Be(2);
        CtcaeClinicalGrader.Grade(ClinicalTerm.InjectionSiteReaction, NothingSevere with { UlcerationOrNecrosis = true }).Grade!.Value.Value.Should().Be(3);
    }

    [Fact]
    public void A_grade_the_term_lacks_is_rejected()
    {
        CtcaeClinicalGrader.HasGrade(ClinicalTerm.Sepsis, 1).Should().BeFalse();
        CtcaeClinicalGrader.HasGrade(ClinicalTerm.Headache, 4).Should().BeFalse();
        var act = () => CtcaeClinicalGrader.RequireGrade(ClinicalTerm.UrinaryTractInfection, 1);
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("grade").WithMessage("*Urinary tract infection*no grade 1*");
        CtcaeClinicalGrader.RequireGrade(ClinicalTerm.Sepsis, 3).Should().Be(new CtcaeGrade(3, CtcaeVersion.V5_0));
    }

    [Fact]
    public void Version_6_clinical_criteria_are_not_gradable() =>
        CtcaeClinicalGrader.Grade(ClinicalTerm.Headache, NothingSevere, CtcaeVersion.V6_0).Reason.Should().Be(CtcaeNotGradableReason.UnsupportedVersion);

    // Term names as printed in NCI CTCAE v5.0 (27 Nov 2017), written out here rather than read from the library.
    [Theory]
    [InlineData(ClinicalTerm.InfusionRelatedReaction, "Infusion related reaction")]
    [InlineData(ClinicalTerm.AllergicReaction, "Allergic reaction")]
    [InlineData(ClinicalTerm.Anaphylaxis, "Anaphylaxis")]
    [InlineData(ClinicalTerm.ThromboembolicEvent, "Thromboembolic event")]
    [InlineData(ClinicalTerm.Headache, "Headache")]
    [InlineData(ClinicalTerm.CerebrospinalFluidLeakage, "Cerebrospinal fluid leakage")]
    [InlineData(ClinicalTerm.Meningismus, "Meningismus")]
    [InlineData(ClinicalTerm.Arachnoiditis, "Arachnoiditis")]
    [InlineData(ClinicalTerm.Meningitis, "Meningitis")]
    [InlineData(ClinicalTerm.UpperRespiratoryInfection, "Upper respiratory infection")]
    [InlineData(ClinicalTerm.UrinaryTractInfection, "Urinary tract infection")]
    [InlineData(ClinicalTerm.LungInfection, "Lung infection")]
    [InlineData(ClinicalTerm.Sepsis, "Sepsis")]
    [InlineData(ClinicalTerm.InjectionSiteReaction, "Injection site reaction")]
    [InlineData(ClinicalTerm.TreatmentRelatedSecondaryMalignancy, "Treatment related secondary malignancy")]
    [InlineData(ClinicalTerm.BackPain, "Back pain")]
    [InlineData(ClinicalTerm.NeckPain, "Neck pain")]
    [InlineData(ClinicalTerm.Chills, "Chills")]
    [InlineData(ClinicalTerm.Fatigue, "Fatigue")]
    public void Version_6_of_every_term_is_unsupported_with_a_reason_naming_the_term_even_when_v5_would_grade_it(ClinicalTerm term, string name)
    {
        var facts = new ClinicalGradingCriteria { Death = true };
        var v6 = CtcaeClinicalGrader.Grade(term, facts, CtcaeVersion.V6_0);
        v6.Grade.Should().BeNull("no v6.0 text was transcribed, so v5.0 criteria must not stand in for it");
        v6.Reason.Should().Be(CtcaeNotGradableReason.UnsupportedVersion);
        v6.Version.Should().Be(CtcaeVersion.V6_0);
        v6.Message.Should().StartWith(name + ":").And.Contain("v6.0");
    }

    [Fact]
    public void Version_6_fever_is_unsupported_with_a_reason_naming_fever()
    {
        var r = CtcaeClinicalGrader.GradeFever(new FeverGradingInput(38.5m, FeverTemperatureUnit.Celsius, null), CtcaeVersion.V6_0);
        r.Grade.Should().BeNull();
        r.Reason.Should().Be(CtcaeNotGradableReason.UnsupportedVersion);
        r.Message.Should().StartWith("Fever:");
    }

    [Fact]
    public void Require_clinical_input_policy_returns_not_gradable()
    {
        var r = CtcaeClinicalGrader.Grade(ClinicalTerm.Headache, new ClinicalGradingCriteria(), options: new ClinicalGradingOptions { UnknownFactPolicy = ClinicalQualifierPolicy.RequireClinicalInput });
        r.Reason.Should().Be(CtcaeNotGradableReason.ClinicalInputRequired);
        r.IsGradable.Should().BeFalse();
    }

    private static decimal Dec(string s) => decimal.Parse(s, System.Globalization.CultureInfo.InvariantCulture);
}
