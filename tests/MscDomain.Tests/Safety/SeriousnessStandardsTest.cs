using MscDomain.AdverseEvents;
using MscDomain.Safety;

namespace MscDomain.Tests.Safety;

public sealed class SeriousnessStandardsTest
{
    private static readonly AdverseEvent Fatal = new("AE", "pulmonary embolism",
        seriousnessCriteria: SeriousnessCriteria.Death | SeriousnessCriteria.Hospitalisation, outcome: AdverseEventOutcome.Fatal);

    private static readonly AdverseEvent NonSerious = new("AE", "headache", outcome: AdverseEventOutcome.Recovered);

    [Fact]
    public void Serious_event_maps_to_sdtm_flags_y_and_n()
    {
        var s = SeriousnessStandards.ToSdtm(Fatal);
        s.Should().Be(new SdtmAeSeriousness("Y", "Y", "N", "Y", "N", "N", "N", "FATAL"));
        SeriousnessStandards.Validate(s).Issues.Should().BeEmpty();
    }

    [Fact]
    public void Non_serious_event_maps_to_aeser_n_with_empty_criteria()
    {
        var s = SeriousnessStandards.ToSdtm(NonSerious);
        s.Should().Be(new SdtmAeSeriousness("N", null, null, null, null, null, null, "RECOVERED/RESOLVED"));
        SeriousnessStandards.Validate(s).Issues.Should().BeEmpty();
    }

    [Fact]
    public void E2b_criteria_are_true_or_blank_never_false()
    {
        var e = SeriousnessStandards.ToE2b(Fatal);
        e.Should().Be(new E2bSeriousness(true, null, true, null, null, null, 5));
        SeriousnessStandards.Validate(e).Issues.Should().BeEmpty();
        SeriousnessStandards.ToE2b(NonSerious).Should().Be(new E2bSeriousness(null, null, null, null, null, null, 1));
    }

    [Fact]
    public void Fhir_research_ig_codes_are_lower_case_seriousness_with_ncit_criteria()
    {
        // AE Clinical Research IG 1.0.1 / THO: 'serious'; criteria C48275 (death), C83052 (hospitalisation); the other four
        // E2A criteria with criterionPresent = false, as the IG example lists them.
        var f = SeriousnessStandards.ToFhir(Fatal);
        f.CodeSet.Should().Be(FhirSeriousnessCodeSet.ResearchIg);
        f.SeriousnessCode.Should().Be("serious");
        f.CriteriaCodes.Should().Equal("C48275", "C83052");
        f.AbsentCriteriaCodes.Should().Equal("C84266", "C11338", "C83117", "C82521");
        f.OutcomeCode.Should().Be("fatal");
        SeriousnessStandards.Validate(f).Issues.Should().BeEmpty();
        var n = SeriousnessStandards.ToFhir(NonSerious);
        n.Should().BeEquivalentTo(new FhirAdverseEventSeriousness("non-serious", [], "resolved"));
        SeriousnessStandards.Validate(n).Issues.Should().BeEmpty();
    }

    [Fact]
    public void Fhir_r4_codes_are_capitalised_seriousness_with_r4_child_codes()
    {
        var f = SeriousnessStandards.ToFhir(Fatal, FhirSeriousnessCodeSet.R4);
        f.SeriousnessCode.Should().Be("Serious");
        f.CriteriaCodes.Should().Equal("SeriousResultsInDeath", "SeriousResultsInHospitalization");
        f.AbsentCriteriaCodes.Should().BeEmpty();
        SeriousnessStandards.Validate(f).Issues.Should().BeEmpty();
        SeriousnessStandards.ToFhir(NonSerious, FhirSeriousnessCodeSet.R4).SeriousnessCode.Should().Be("Non-serious");
    }

    [Fact]
    public void Fhir_lower_case_serious_with_r4_child_codes_is_a_mix_of_versions()
    {
        // The old mapping: valid in neither R4 4.0.1 nor the IG (fhir-and-codes.md §5).
        var r = SeriousnessStandards.Validate(new FhirAdverseEventSeriousness("serious", ["SeriousResultsInDeath"], "ongoing"));
        r.Errors.Should().ContainSingle().Which.Rule.Should().Contain("must not be mixed");
        var r4 = SeriousnessStandards.Validate(new FhirAdverseEventSeriousness("serious", ["SeriousResultsInDeath"], "fatal", FhirSeriousnessCodeSet.R4));
        r4.Errors.Should().ContainSingle().Which.Field.Should().Be("AdverseEvent.seriousness");
    }

    [Theory]
    [InlineData("C48275")]
    [InlineData("C84266")]
    [InlineData("C83052")]
    [InlineData("C11338")]
    [InlineData("C83117")]
    [InlineData("C82521")]
    [InlineData("C201939")]
    public void Fhir_research_ig_accepts_every_code_of_the_ncit_value_set(string code)
    {
        var outcome = code == "C48275" ? "fatal" : "ongoing";
        SeriousnessStandards.Validate(new FhirAdverseEventSeriousness("serious", [code], outcome)).Issues.Should().BeEmpty();
    }

    [Fact]
    public void Fhir_research_ig_code_outside_the_extensible_value_set_is_a_warning()
    {
        var r = SeriousnessStandards.Validate(new FhirAdverseEventSeriousness("serious", ["C84266", "C99999"], "ongoing"));
        r.IsValid.Should().BeTrue();
        r.Warnings.Should().ContainSingle().Which.Value.Should().Be("C99999");
    }

    [Fact]
    public void Fhir_criterion_present_false_counts_for_the_invariant_but_not_as_a_criterion()
    {
        // aeClinRes-seriousness-1 tests presence of the extension: serious with all criteria false passes it, but E2A is not met.
        var allFalse = new FhirAdverseEventSeriousness("serious", [], "ongoing", AbsentCriteriaCodes: ["C48275", "C84266"]);
        var r = SeriousnessStandards.Validate(allFalse);
        r.IsValid.Should().BeTrue();
        r.Warnings.Should().ContainSingle().Which.Rule.Should().Contain("ICH E2A");

        // non-serious with a criterion recorded absent still breaks the invariant.
        SeriousnessStandards.Validate(new FhirAdverseEventSeriousness("non-serious", [], "resolved", AbsentCriteriaCodes: ["C84266"]))
            .Errors.Should().ContainSingle().Which.Rule.Should().Contain("aeClinRes-seriousness-1");

        // An absent death criterion does not demand a fatal outcome; a present one does.
        SeriousnessStandards.Validate(new FhirAdverseEventSeriousness("serious", ["C84266"], "ongoing", AbsentCriteriaCodes: ["C48275"])).Issues.Should().BeEmpty();

        // The same criterion present and absent is contradictory; R4 has no criterionPresent at all.
        SeriousnessStandards.Validate(new FhirAdverseEventSeriousness("serious", ["C84266"], "ongoing", AbsentCriteriaCodes: ["C84266"]))
            .Errors.Should().ContainSingle().Which.Field.Should().EndWith("criterionPresent");
        SeriousnessStandards.Validate(new FhirAdverseEventSeriousness("Serious", ["SeriousIsLifeThreatening"], "ongoing", FhirSeriousnessCodeSet.R4, ["SeriousResultsInDeath"]))
            .Errors.Should().ContainSingle().Which.Rule.Should().Contain("criterionPresent");
    }

    [Fact]
    public void Sdtm_aeser_y_without_any_criterion_is_an_error_on_aeser()
    {
        var r = SeriousnessStandards.Validate(new SdtmAeSeriousness("Y", "N", "N", "N", "N", "N", "N", "RECOVERED/RESOLVED"));
        r.IsValid.Should().BeFalse();
        r.Errors.Should().ContainSingle().Which.Field.Should().Be("AESER");
    }

    [Fact]
    public void Sdtm_criterion_y_with_aeser_n_is_an_error_on_the_criterion()
    {
        var r = SeriousnessStandards.Validate(new SdtmAeSeriousness("N", null, null, "Y", null, null, null, null));
        r.Errors.Should().ContainSingle().Which.Field.Should().Be("AESHOSP");
    }

    [Fact]
    public void Sdtm_aesdth_y_requires_fatal_outcome()
    {
        var r = SeriousnessStandards.Validate(new SdtmAeSeriousness("Y", "Y", "N", "N", "N", "N", "N", "RECOVERING/RESOLVING"));
        r.Errors.Should().ContainSingle().Which.Should().Match<SafetyIssue>(i => i.Field == "AEOUT" && i.Value == "RECOVERING/RESOLVING");
    }

    [Fact]
    public void Sdtm_fatal_outcome_requires_aesdth_y() =>
        SeriousnessStandards.Validate(new SdtmAeSeriousness("Y", "N", "N", "Y", "N", "N", "N", "FATAL"))
            .Errors.Should().ContainSingle().Which.Field.Should().Be("AESDTH");

    [Fact]
    public void Sdtm_lists_every_inconsistency()
    {
        var r = SeriousnessStandards.Validate(new SdtmAeSeriousness("X", "Y", "maybe", null, null, null, null, "DEAD"));
        r.Errors.Select(i => i.Field).Should().BeEquivalentTo(["AESER", "AESLIFE", "AESDTH", "AEOUT", "AEOUT"]);
    }

    [Fact]
    public void Sdtm_criteria_n_with_aeser_n_is_a_warning_only()
    {
        var r = SeriousnessStandards.Validate(new SdtmAeSeriousness("N", "N", null, null, null, null, null, null));
        r.IsValid.Should().BeTrue();
        r.Warnings.Should().ContainSingle().Which.Field.Should().Be("AESDTH");
    }

    [Fact]
    public void Fhir_serious_without_criteria_and_non_serious_with_criteria_break_aeClinRes_seriousness_1()
    {
        SeriousnessStandards.Validate(new FhirAdverseEventSeriousness("serious", [], "resolved"))
            .Errors.Should().ContainSingle().Which.Rule.Should().Contain("aeClinRes-seriousness-1");
        SeriousnessStandards.Validate(new FhirAdverseEventSeriousness("non-serious", ["C84266"], "resolved"))
            .Errors.Should().ContainSingle().Which.Rule.Should().Contain("aeClinRes-seriousness-1");
    }

    [Fact]
    public void Fhir_death_criterion_requires_fatal_outcome_and_unknown_codes_are_errors()
    {
        var r = SeriousnessStandards.Validate(new FhirAdverseEventSeriousness("Serious", ["SeriousResultsInDeath", "Bogus"], "ongoing", FhirSeriousnessCodeSet.R4));
        r.Errors.Select(i => i.Field).Should().BeEquivalentTo(["seriousness-criteria", "AdverseEvent.outcome"]);
    }

    [Fact]
    public void E2b_false_criterion_and_death_without_fatal_outcome_are_errors()
    {
        var r = SeriousnessStandards.Validate(new E2bSeriousness(true, false, null, null, null, null, 3));
        r.Errors.Select(i => i.Field).Should().BeEquivalentTo(["E.i.3.2b", "E.i.7"]);
    }

    [Fact]
    public void E2b_outcome_out_of_range_is_an_error() =>
        SeriousnessStandards.Validate(new E2bSeriousness(null, null, null, null, null, null, 6))
            .Errors.Should().ContainSingle().Which.Field.Should().Be("E.i.7");

    [Fact]
    public void Validating_an_event_collects_issues_from_every_standard()
    {
        var ae = new AdverseEvent("AE", "x", seriousnessCriteria: SeriousnessCriteria.Death, outcome: AdverseEventOutcome.Recovering);
        var fields = SeriousnessStandards.Validate(ae).Errors.Select(i => i.Field).ToList();
        fields.Should().Contain(["outcome (AEOUT)", "AEOUT", "AdverseEvent.outcome", "E.i.7"]);
    }
}
