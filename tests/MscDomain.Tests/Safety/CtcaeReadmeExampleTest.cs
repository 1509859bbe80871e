using MscDomain.AdverseEvents;
using MscDomain.Safety;

namespace MscDomain.Tests.Safety;

/// <summary>The C# snippet suggested for README.md, kept compiling and true.</summary>
public sealed class CtcaeReadmeExampleTest
{
    [Fact]
    public void Readme_lab_and_clinical_grading_example()
    {
        // ALT under CTCAE v6.0 with an abnormal baseline: 130 U/L = 2.6 x baseline 50 -> grade 3 (>2.0 - 4.0 x baseline).
        var alt = CtcaeLabGrader.Default.Grade(new LabGradingInput
        {
            Term = LabTerm.AlanineAminotransferaseIncreased,
            Version = CtcaeVersion.V6_0,
            Value = 130m,
            Uln = 40m,
            BaselineValue = 50m,
            BaselineStatus = ReferenceRangeStatus.High,
        });
        alt.Grade.Should().Be(new CtcaeGrade(3, CtcaeVersion.V6_0));

        // Neutrophils in cells/µL with no LLN: 1,600/mm3 needs the LLN -> not gradable, never grade 0.
        LabTermCatalog.TryResolve("Neutrophil count decreased", null, out var anc).Should().BeTrue();
        var missing = CtcaeLabGrader.Default.Grade(new LabGradingInput
        {
            Term = anc, Version = CtcaeVersion.V5_0, Value = 1600m, Unit = LabUnitParser.Parse("cells/uL"),
        });
        missing.IsGradable.Should().BeFalse();
        missing.Reason.Should().Be(CtcaeNotGradableReason.MissingLln);

        // Lung infection treated with IV antibiotics, not life-threatening -> grade 3 (CTCAE v5.0).
        var infection = CtcaeClinicalGrader.Grade(ClinicalTerm.LungInfection, new ClinicalGradingCriteria
        {
            IvInterventionIndicated = true, LifeThreatening = false, UrgentInterventionIndicated = false,
        });
        infection.Grade!.Value.Value.Should().Be(3);
        infection.PolicyApplied.Should().BeFalse();
    }
}
