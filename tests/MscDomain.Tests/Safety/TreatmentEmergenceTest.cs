using NodaTime;

using MscDomain.Trials;
using MscDomain.Common;
using MscDomain.AdverseEvents;
using MscDomain.Safety;

namespace MscDomain.Tests.Safety;

public sealed class TreatmentEmergenceTest
{
    private static readonly LocalDate First = new(2025, 3, 10);

    private static TreatmentEmergenceResult Teae(AdverseEvent ae, int? window = null, int? g0 = null, int? g1 = null) =>
        AdverseEventTimingClassifier.TreatmentEmergence(ae, First, First, window, g0, g1);

    [Fact]
    public void No_treatment_date_is_not_treatment_emergent() =>
        AdverseEventTimingClassifier.TreatmentEmergence(new AdverseEvent("A", "x"), null, null).IsTreatmentEmergent.Should().BeFalse();

    [Fact]
    public void Missing_onset_is_treatment_emergent() =>
        Teae(new AdverseEvent("A", "x")).IsTreatmentEmergent.Should().BeTrue();

    [Fact]
    public void Missing_onset_but_ended_before_first_dose_is_not() =>
        Teae(new AdverseEvent("A", "x", endDate: First.PlusDays(-1))).IsTreatmentEmergent.Should().BeFalse();

    [Fact]
    public void Onset_on_first_dose_day_is_treatment_emergent_and_the_day_before_is_not()
    {
        Teae(new AdverseEvent("A", "x", onsetDate: First)).IsTreatmentEmergent.Should().BeTrue();
        Teae(new AdverseEvent("A", "x", onsetDate: First.PlusDays(-1))).IsTreatmentEmergent.Should().BeFalse();
    }

    [Fact]
    public void End_window_is_inclusive_of_last_dose_plus_n_days()
    {
        Teae(new AdverseEvent("A", "x", onsetDate: First.PlusDays(28)), window: 28).IsTreatmentEmergent.Should().BeTrue();
        Teae(new AdverseEvent("A", "x", onsetDate: First.PlusDays(29)), window: 28).IsTreatmentEmergent.Should().BeFalse();
    }

    [Fact]
    public void Pre_treatment_event_worsened_after_first_dose_is_treatment_emergent_strictly()
    {
        var ae = new AdverseEvent("A", "x", onsetDate: First.PlusDays(-5));
        Teae(ae, g0: 1, g1: 2).IsTreatmentEmergent.Should().BeTrue();
        Teae(ae, g0: 2, g1: 2).IsTreatmentEmergent.Should().BeFalse();
        Teae(ae).IsTreatmentEmergent.Should().BeFalse();
    }

    [Fact]
    public void Partial_onset_straddling_the_first_dose_is_treatment_emergent_conservatively() =>
        Teae(new AdverseEvent("A", "x", partialOnset: new PartialDate(2025, 3))).IsTreatmentEmergent.Should().BeTrue();

    [Fact]
    public void Partial_onset_entirely_before_the_first_dose_is_not() =>
        Teae(new AdverseEvent("A", "x", partialOnset: new PartialDate(2025, 2))).IsTreatmentEmergent.Should().BeFalse();
}
