using MscDomain.AdverseEvents;

namespace MscDomain.Tests.AdverseEvents;

/// <summary>NCIt codes as data; expected codes from the THO value sets as listed in fhir-and-codes.md §2.4 and safety.md §10.</summary>
public sealed class AdverseEventCodesTest
{
    [Theory]
    [InlineData(1, "C41338")]
    [InlineData(2, "C41339")]
    [InlineData(3, "C41340")]
    [InlineData(4, "C41337")]
    [InlineData(5, "C48275")]
    public void Ctcae_grades_have_their_ncit_codes(int grade, string code)
    {
        AdverseEventCodes.ForCtcaeGrade(grade).Code.Should().Be(code);
        AdverseEventCodes.ForCtcaeGrade(grade).System.Should().Be("http://ncicb.nci.nih.gov/xml/owl/EVS/Thesaurus.owl");
        AdverseEventCodes.ForCtcaeGrade(new CtcaeGrade(grade, CtcaeVersion.V6_0))!.Code.Should().Be(code);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    [InlineData(-1)]
    public void Grades_outside_1_to_5_have_no_code(int grade) =>
        FluentActions.Invoking(() => AdverseEventCodes.ForCtcaeGrade(grade)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*1 to 5*");

    [Fact]
    public void Computed_grade_0_has_no_code() =>
        AdverseEventCodes.ForCtcaeGrade(new CtcaeGrade(0, CtcaeVersion.V5_0)).Should().BeNull();

    [Theory]
    [InlineData(SeriousnessCriteria.Death, "C48275", "SeriousResultsInDeath")]
    [InlineData(SeriousnessCriteria.LifeThreatening, "C84266", "SeriousIsLifeThreatening")]
    [InlineData(SeriousnessCriteria.Hospitalisation, "C83052", "SeriousResultsInHospitalization")]
    [InlineData(SeriousnessCriteria.Disability, "C11338", "SeriousResultsInDisability")]
    [InlineData(SeriousnessCriteria.CongenitalAnomaly, "C83117", "SeriousIsBirthDefect")]
    [InlineData(SeriousnessCriteria.ImportantMedicalEvent, "C82521", "SeriousRequiresPreventImpairment")]
    public void Seriousness_criteria_have_ncit_and_r4_codes_that_read_back(SeriousnessCriteria criterion, string ncit, string r4)
    {
        AdverseEventCodes.ForSeriousnessCriterion(criterion).Code.Should().Be(ncit);
        AdverseEventCodes.FhirR4CodeForSeriousnessCriterion(criterion).Should().Be(r4);
        AdverseEventCodes.TryParseNcitSeriousnessCriterion(ncit, out var back).Should().BeTrue();
        back.Should().Be(criterion);
        AdverseEventCodes.TryParseFhirR4SeriousnessCriterion(r4, out var back4).Should().BeTrue();
        back4.Should().Be(criterion);
    }

    [Fact]
    public void Prevent_permanent_impairment_reads_as_other_medically_important_and_the_value_set_has_seven_codes()
    {
        AdverseEventCodes.TryParseNcitSeriousnessCriterion("C201939", out var c).Should().BeTrue();
        c.Should().Be(SeriousnessCriteria.ImportantMedicalEvent);
        AdverseEventCodes.SeriousnessCriterionCodes.Select(x => x.Code).Should().Equal("C48275", "C84266", "C83052", "C11338", "C83117", "C82521", "C201939");
        AdverseEventCodes.TryParseNcitSeriousnessCriterion("c84266", out _).Should().BeFalse("codes are case-sensitive");
        AdverseEventCodes.TryParseFhirR4SeriousnessCriterion("seriousresultsindeath", out _).Should().BeFalse();
    }

    [Theory]
    [InlineData(SeriousnessCriteria.None)]
    [InlineData(SeriousnessCriteria.Death | SeriousnessCriteria.LifeThreatening)]
    [InlineData((SeriousnessCriteria)64)]
    public void Only_a_single_criterion_has_a_code(SeriousnessCriteria c) =>
        FluentActions.Invoking(() => AdverseEventCodes.ForSeriousnessCriterion(c)).Should().Throw<ArgumentOutOfRangeException>();

    [Fact]
    public void Fhir_seriousness_codes_differ_by_version()
    {
        AdverseEventCodes.FhirSeriousnessCode(true, FhirSeriousnessCodeSet.ResearchIg).Should().Be("serious");
        AdverseEventCodes.FhirSeriousnessCode(false, FhirSeriousnessCodeSet.ResearchIg).Should().Be("non-serious");
        AdverseEventCodes.FhirSeriousnessCode(true, FhirSeriousnessCodeSet.R4).Should().Be("Serious");
        AdverseEventCodes.FhirSeriousnessCode(false, FhirSeriousnessCodeSet.R4).Should().Be("Non-serious");
    }
}
