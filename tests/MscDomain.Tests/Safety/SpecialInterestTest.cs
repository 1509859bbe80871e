using NodaTime;
using MscDomain.AdverseEvents;
using MscDomain.Safety;

namespace MscDomain.Tests.Safety;

/// <summary>Adverse events of special interest: the MSC defaults of issue 11 point 3 / safety.md §8 and §12.1, a protocol list, the recorded flag.</summary>
public sealed class SpecialInterestTest
{
    private static readonly LocalDate Onset = new(2025, 2, 3);
    private static readonly Exposure Iv = new(new LocalDate(2025, 2, 1), ExposureRoute.Intravenous);
    private static readonly Exposure It = new(new LocalDate(2025, 2, 1), ExposureRoute.Intrathecal);

    private static AdverseEvent Ae(string pt, SeriousnessCriteria c = SeriousnessCriteria.None, bool? recorded = null) =>
        new("AE", "verbatim " + pt, new MeddraCoding(pt), onsetDate: Onset, seriousnessCriteria: c, specialInterest: recorded);

    [Theory]
    [InlineData("Pulmonary embolism", "Thromboembolism after intravenous cells")]
    [InlineData("Infusion related reaction", "Infusion-related reaction")]
    [InlineData("Treatment related secondary malignancy", "Malignancy")]
    [InlineData("ectopic tissue formation", "Ectopic tissue formation")]
    public void Msc_defaults_match_after_intravenous_cells(string pt, string name)
    {
        var r = SpecialInterest.Classify(Ae(pt), exposures: [Iv]);
        r.IsSpecialInterest.Should().BeTrue();
        r.Name.Should().Be(name);
    }

    [Fact]
    public void Route_conditions_need_that_route_before_onset()
    {
        SpecialInterest.Classify(Ae("Pulmonary embolism"), exposures: [It]).IsSpecialInterest.Should().BeFalse("thromboembolism is an AESI after IV cells");
        SpecialInterest.Classify(Ae("Arachnoiditis"), exposures: [It]).Name.Should().Be("Arachnoiditis after intrathecal cells");
        SpecialInterest.Classify(Ae("Arachnoiditis"), exposures: [Iv]).IsSpecialInterest.Should().BeFalse();
        var later = new Exposure(new LocalDate(2025, 2, 4), ExposureRoute.Intravenous);
        SpecialInterest.Classify(Ae("Pulmonary embolism"), exposures: [later]).IsSpecialInterest.Should().BeFalse("the only IV dose came after the onset");
        SpecialInterest.Classify(Ae("Pulmonary embolism"), exposures: [new Exposure(Onset, ExposureRoute.Intravenous)]).IsSpecialInterest.Should().BeTrue("same-day dose counts");
    }

    [Fact]
    public void Without_exposures_a_route_condition_is_reported_unchecked()
    {
        var r = SpecialInterest.Classify(Ae("Pulmonary embolism"));
        r.IsSpecialInterest.Should().BeTrue();
        r.Reason.Should().Contain("could not be checked");
    }

    [Fact]
    public void Infections_count_only_when_serious()
    {
        SpecialInterest.Classify(Ae("Sepsis")).IsSpecialInterest.Should().BeFalse();
        SpecialInterest.Classify(Ae("Sepsis", SeriousnessCriteria.Hospitalisation)).Name.Should().Be("Serious infection");
    }

    [Fact]
    public void A_protocol_list_replaces_the_defaults_and_may_use_meddra_codes()
    {
        SpecialInterestDefinition[] protocol = [new("Seizure", [], meddraCodes: [10039906])];
        var seizure = new AdverseEvent("AE", "fit", new MeddraCoding("Seizure", 10039906));
        SpecialInterest.Classify(seizure, protocol).Name.Should().Be("Seizure");
        SpecialInterest.Classify(Ae("Pulmonary embolism"), protocol, [Iv]).IsSpecialInterest.Should().BeFalse();
        SpecialInterest.Classify(Ae("Pulmonary embolism"), [], [Iv]).IsSpecialInterest.Should().BeFalse("an empty protocol list means none");
    }

    [Fact]
    public void The_recorded_flag_decides()
    {
        SpecialInterest.Classify(Ae("Headache", recorded: true)).IsSpecialInterest.Should().BeTrue();
        SpecialInterest.Classify(Ae("Pulmonary embolism", recorded: false), exposures: [Iv]).IsSpecialInterest.Should().BeFalse();
    }

    [Fact]
    public void Classifier_reports_special_interest()
    {
        var r = AdverseEventClassifier.Classify(Ae("Infusion related reaction"), new AdverseEventContext(Exposures: [Iv]));
        r.SpecialInterest!.IsSpecialInterest.Should().BeTrue();
    }

    [Fact]
    public void Definitions_validate_their_input()
    {
        FluentActions.Invoking(() => new SpecialInterestDefinition(" ", ["x"])).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => new SpecialInterestDefinition("x", [])).Should().Throw<ArgumentException>().WithMessage("*at least one*");
        FluentActions.Invoking(() => new SpecialInterestDefinition("x", [""])).Should().Throw<ArgumentException>().WithMessage("*blank*");
    }
}
