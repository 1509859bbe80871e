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
    public void Fhir_codes_follow_r4_value_sets()
    {
        var f = SeriousnessStandards.ToFhir(Fatal);
        f.SeriousnessCode.Should().Be("serious");
        f.CriteriaCodes.Should().Equal("SeriousResultsInDeath", "SeriousResultsInHospitalization");
        f.OutcomeCode.Should().Be("fatal");
        SeriousnessStandards.Validate(f).Issues.Should().BeEmpty();
        SeriousnessStandards.ToFhir(NonSerious).Should().BeEquivalentTo(new FhirAdverseEventSeriousness("non-serious", [], "resolved"));
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
        SeriousnessStandards.Validate(new FhirAdverseEventSeriousness("non-serious", ["SeriousIsLifeThreatening"], "resolved"))
            .Errors.Should().ContainSingle().Which.Rule.Should().Contain("aeClinRes-seriousness-1");
    }

    [Fact]
    public void Fhir_death_criterion_requires_fatal_outcome_and_unknown_codes_are_errors()
    {
        var r = SeriousnessStandards.Validate(new FhirAdverseEventSeriousness("serious", ["SeriousResultsInDeath", "Bogus"], "ongoing"));
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
