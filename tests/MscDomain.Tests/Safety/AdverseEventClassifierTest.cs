using NodaTime;
using MscDomain.AdverseEvents;
using MscDomain.Safety;

namespace MscDomain.Tests.Safety;

public sealed class AdverseEventClassifierTest
{
    private static readonly ReferenceSafetyInformation Ib3 = new("IB 3.0", new LocalDate(2024, 1, 1), [new ReferenceSafetyEntry("Headache", maxExpectedGrade: 2)]);
    private static readonly ReferenceSafetyInformation Ib4 = new("IB 4.0", new LocalDate(2025, 3, 1), [new ReferenceSafetyEntry("Headache", maxExpectedGrade: 3)]);

    private static AdverseEvent Headache(LocalDate aware) => new("AE-7", "Headache",
        onsetDate: new LocalDate(2025, 2, 3), severity: new AdverseEventSeverity(3, CtcaeVersion.V5_0),
        seriousnessCriteria: SeriousnessCriteria.Hospitalisation,
        investigatorCausality: new CausalityAssessment(CausalityCategory.Probable), sponsorAwareDate: aware);

    [Fact]
    public void One_call_gives_grade_seriousness_causality_expectedness_and_susar_with_the_rsi_in_force_on_day_0()
    {
        var r = AdverseEventClassifier.Classify(Headache(new LocalDate(2025, 2, 27)), new AdverseEventContext([Ib3, Ib4]));
        r.Grade.Should().Be(new AdverseEventSeverity(3, CtcaeVersion.V5_0));
        r.Seriousness.IsSerious.Should().BeTrue();
        r.Causality.IsRelated.Should().BeTrue();
        r.Expectedness.RsiVersion.Should().Be("IB 3.0");
        r.Expectedness.Expectedness.Should().Be(Expectedness.UnexpectedBySeverity);
        r.Susar.IsSusar.Should().BeTrue();
        r.Susar.InitialReportDue.Should().Be(new LocalDate(2025, 3, 14));
        r.Timing.Should().BeNull();
    }

    [Fact]
    public void A_later_rsi_version_listing_grade_3_makes_the_same_event_expected()
    {
        var r = AdverseEventClassifier.Classify(Headache(new LocalDate(2025, 3, 1)), new AdverseEventContext([Ib3, Ib4]));
        r.Expectedness.RsiVersion.Should().Be("IB 4.0");
        r.Susar.IsSusar.Should().BeFalse();
        r.Susar.Clocks.Should().BeEmpty();
    }

    [Fact]
    public void Exposures_add_timing()
    {
        var r = AdverseEventClassifier.Classify(Headache(new LocalDate(2025, 2, 27)),
            new AdverseEventContext(Exposures: [new Exposure(new LocalDateTime(2025, 2, 1, 9, 0), ExposureRoute.Intrathecal)]));
        r.Timing!.StudyDay.Should().Be(3);
        r.Timing.RiskWindows.Single(w => w.Window.Category == MscRiskCategory.PostDuralPunctureHeadache).Membership.Should().Be(WindowMembership.Inside);
        r.Timing.TreatmentEmergence.IsTreatmentEmergent.Should().BeTrue();
    }
}

public sealed class AdverseEventClassifierRsiTest
{
    [Fact]
    public void Day_0_before_every_rsi_version_falls_back_to_the_recorded_expectedness_and_says_so()
    {
        var rsi = new ReferenceSafetyInformation("IB 1", new LocalDate(2025, 6, 1), [new ReferenceSafetyEntry("Headache")]);
        var ae = new AdverseEvent("A", "Headache", expectedness: Expectedness.UnexpectedByType, sponsorAwareDate: new LocalDate(2025, 5, 31));
        var r = AdverseEventClassifier.Classify(ae, new AdverseEventContext([rsi]));
        r.Expectedness.Expectedness.Should().Be(Expectedness.UnexpectedByType);
        r.Expectedness.RsiVersion.Should().BeNull();
        r.Expectedness.Reason.Should().Contain("No RSI version was in force on day 0 (2025-05-31)");
    }
}
