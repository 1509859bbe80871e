using NodaTime;
using MscDomain.AdverseEvents;
using MscDomain.Safety;

namespace MscDomain.Tests.Safety;

/// <summary>Blinding in the SUSAR rule: ICH E2A §III.D (unblind the single case) and §III.E.1 ("events associated with placebo will
/// usually not satisfy the criteria for an ADR and, therefore, for expedited reporting"; comparator reactions are reported); EU CT-3.</summary>
public sealed class SusarBlindingTest
{
    private static readonly LocalDate Day0 = new(2025, 1, 28);

    private static SusarResult Classify(TreatmentReceived? received, SeriousnessCriteria criteria = SeriousnessCriteria.LifeThreatening) =>
        SusarClassifier.Classify(new AdverseEvent("AE", "pulmonary embolism", seriousnessCriteria: criteria, expectedness: Expectedness.UnexpectedByType,
            investigatorCausality: new CausalityAssessment(CausalityCategory.Possible), sponsorAwareDate: Day0, treatmentReceived: received));

    [Fact]
    public void Placebo_recipient_is_not_a_susar_and_has_no_clock()
    {
        var r = Classify(TreatmentReceived.Placebo);
        r.IsSusar.Should().BeFalse();
        r.Clocks.Should().BeEmpty();
        r.IsSerious.Should().BeTrue();
        r.Reasons.Should().Contain(x => x.Contains("placebo", StringComparison.OrdinalIgnoreCase) && x.Contains("E2A"));
    }

    [Fact]
    public void Still_blinded_case_is_a_susar_with_its_7_day_clock_and_must_be_unblinded()
    {
        var r = Classify(TreatmentReceived.StillBlinded);
        r.IsSusar.Should().BeTrue();
        r.UnblindBeforeReporting.Should().BeTrue();
        r.TimelineDays.Should().Be(7);
        r.InitialReportDue.Should().Be(new LocalDate(2025, 2, 4));
        r.SuspectProduct.Should().Be("investigational product");
    }

    [Fact]
    public void Comparator_recipient_is_a_susar_of_the_comparator()
    {
        var r = Classify(TreatmentReceived.Comparator, SeriousnessCriteria.Hospitalisation);
        r.IsSusar.Should().BeTrue();
        r.SuspectProduct.Should().Be("comparator");
        r.UnblindBeforeReporting.Should().BeFalse();
        r.TimelineDays.Should().Be(15);
    }

    [Theory]
    [InlineData(TreatmentReceived.Active)]
    [InlineData(null)]
    public void Active_or_open_label_is_unchanged(TreatmentReceived? received)
    {
        var r = Classify(received);
        r.IsSusar.Should().BeTrue();
        r.UnblindBeforeReporting.Should().BeFalse();
        r.SuspectProduct.Should().Be("investigational product");
    }

    [Fact]
    public void Placebo_recipient_with_a_non_serious_event_stays_not_a_susar_for_the_usual_reason()
    {
        var r = Classify(TreatmentReceived.Placebo, SeriousnessCriteria.None);
        r.IsSusar.Should().BeFalse();
        r.Reasons.Should().NotContain(x => x.Contains("placebo", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Treatment_received_round_trips_in_json_and_is_absent_when_not_recorded()
    {
        var ae = new AdverseEvent("AE", "x", treatmentReceived: TreatmentReceived.Placebo);
        var json = MscDomain.Serialization.MscDomainJson.Serialize(new AdverseEventDocument([ae]));
        json.Should().Contain("\"treatmentReceived\": \"placebo\"");
        AdverseEventDocument.FromJson(json).Events[0].TreatmentReceived.Should().Be(TreatmentReceived.Placebo);
        MscDomain.Serialization.MscDomainJson.Serialize(new AdverseEventDocument([new AdverseEvent("AE", "x")])).Should().NotContain("treatmentReceived");
    }
}
