using NodaTime;
using MscDomain.AdverseEvents;
using MscDomain.Safety;

namespace MscDomain.Tests.Safety;

public sealed class AdverseEventTimingTest
{
    private static readonly LocalDateTime IvStart = new(2025, 3, 10, 10, 0);
    private static readonly Exposure Iv = new(IvStart, ExposureRoute.Intravenous);
    private static readonly Exposure It = new(new LocalDateTime(2025, 4, 10, 10, 0), ExposureRoute.Intrathecal);

    private static AdverseEvent AtTime(LocalDateTime t) => new("AE", "x", onsetDate: t.Date, onsetTime: t);

    private static AdverseEvent OnDate(LocalDate d) => new("AE", "x", onsetDate: d);

    private static RiskWindowResult Window(AdverseEvent ae, MscRiskCategory c, TimingOptions? o = null, params Exposure[] exposures) =>
        AdverseEventTimingClassifier.Analyse(ae, exposures.Length == 0 ? [Iv, It] : exposures, o).RiskWindows.Single(w => w.Window.Category == c);

    [Theory]
    [InlineData(2025, 3, 9, -1)]
    [InlineData(2025, 3, 10, 1)]
    [InlineData(2025, 3, 11, 2)]
    [InlineData(2025, 3, 1, -9)]
    [InlineData(2025, 4, 12, 34)]
    public void Study_day_has_no_day_0(int y, int m, int d, int expected) =>
        StudyDay.Of(new LocalDate(y, m, d), new LocalDate(2025, 3, 10)).Should().Be(expected);

    [Fact]
    public void Study_day_across_a_year_boundary() =>
        StudyDay.Of(new LocalDate(2025, 1, 1), new LocalDate(2024, 12, 31)).Should().Be(2);

    [Theory]
    [InlineData(0, WindowMembership.Inside)]
    [InlineData(23 * 60 + 59, WindowMembership.Inside)]
    [InlineData(24 * 60, WindowMembership.Inside)]
    [InlineData(24 * 60 + 1, WindowMembership.Outside)]
    public void Infusion_reaction_window_is_0_to_24_hours_inclusive(int minutesAfterStart, WindowMembership expected) =>
        Window(AtTime(IvStart.PlusMinutes(minutesAfterStart)), MscRiskCategory.InfusionReaction).Membership.Should().Be(expected);

    [Fact]
    public void Elapsed_hours_are_computed_from_the_infusion_start()
    {
        var t = AdverseEventTimingClassifier.Analyse(AtTime(IvStart.PlusMinutes(90)), [Iv]);
        t.HoursSinceMostRecentExposure.Should().Be(1.5m);
        t.DaysSinceMostRecentExposure.Should().Be(0);
        t.StudyDay.Should().Be(1);
    }

    [Fact]
    public void Date_only_onset_on_the_infusion_day_is_indeterminate_with_null_hours()
    {
        var t = AdverseEventTimingClassifier.Analyse(OnDate(IvStart.Date), [Iv]);
        t.HoursSinceMostRecentExposure.Should().BeNull();
        t.StudyDay.Should().Be(1);
        t.RiskWindows.Single(w => w.Window.Category == MscRiskCategory.InfusionReaction).Membership.Should().Be(WindowMembership.Indeterminate);
    }

    [Fact]
    public void Date_only_onset_the_next_day_within_24_hours_of_a_10_am_start_is_indeterminate() =>
        Window(OnDate(new LocalDate(2025, 3, 11)), MscRiskCategory.InfusionReaction, null, Iv).Membership.Should().Be(WindowMembership.Indeterminate);

    [Fact]
    public void Date_only_onset_whose_whole_day_is_after_the_window_is_outside() =>
        Window(OnDate(new LocalDate(2025, 3, 12)), MscRiskCategory.InfusionReaction, null, Iv).Membership.Should().Be(WindowMembership.Outside);

    [Fact]
    public void Indeterminate_can_be_counted_as_inside() =>
        Window(OnDate(IvStart.Date), MscRiskCategory.InfusionReaction, new TimingOptions { IndeterminateAsInside = true }, Iv)
            .Membership.Should().Be(WindowMembership.Inside);

    [Theory]
    [InlineData(15, WindowMembership.Inside)]
    [InlineData(16, WindowMembership.Outside)]
    [InlineData(10, WindowMembership.Inside)]
    public void Post_dural_puncture_headache_within_5_days_inclusive(int aprilDay, WindowMembership expected) =>
        Window(OnDate(new LocalDate(2025, 4, aprilDay)), MscRiskCategory.PostDuralPunctureHeadache).Membership.Should().Be(expected);

    [Theory]
    [InlineData(14, WindowMembership.Inside)]
    [InlineData(15, WindowMembership.Outside)]
    public void Intrathecal_injection_headache_within_4_days_inclusive(int aprilDay, WindowMembership expected) =>
        Window(OnDate(new LocalDate(2025, 4, aprilDay)), MscRiskCategory.IntrathecalInjectionHeadache).Membership.Should().Be(expected);

    [Fact]
    public void Sham_lumbar_puncture_counts_for_post_dural_puncture_headache()
    {
        var sham = new Exposure(new LocalDateTime(2025, 4, 10, 9, 0), ExposureRoute.ShamLumbarPuncture, isStudyTreatment: false);
        Window(OnDate(new LocalDate(2025, 4, 12)), MscRiskCategory.PostDuralPunctureHeadache, null, Iv, sham).Membership.Should().Be(WindowMembership.Inside);
    }

    [Fact]
    public void Puncture_window_does_not_apply_after_iv_only() =>
        Window(OnDate(new LocalDate(2025, 3, 11)), MscRiskCategory.PostDuralPunctureHeadache, null, Iv).Membership.Should().Be(WindowMembership.NotApplicable);

    [Fact]
    public void Protocol_parameter_windows_are_undefined_by_default_and_usable_when_set()
    {
        Window(AtTime(IvStart.PlusHours(3)), MscRiskCategory.AcuteFever, null, Iv).Membership.Should().Be(WindowMembership.NoWindowDefined);
        Window(AtTime(IvStart.PlusHours(3)), MscRiskCategory.AcuteFever, new TimingOptions { AcuteFeverWindowHours = 48 }, Iv)
            .Membership.Should().Be(WindowMembership.Inside);
    }

    [Fact]
    public void Onset_is_attributed_to_the_most_recent_prior_exposure_while_study_day_stays_on_the_first_dose()
    {
        var t = AdverseEventTimingClassifier.Analyse(OnDate(new LocalDate(2025, 4, 12)), [It, Iv]);
        t.MostRecentExposureNumber.Should().Be(2);
        t.MostRecentExposure.Should().Be(It);
        t.DaysSinceMostRecentExposure.Should().Be(2);
        t.StudyDay.Should().Be(34);
    }

    [Fact]
    public void Exposure_later_on_the_onset_day_is_not_prior_when_the_onset_time_is_known()
    {
        var t = AdverseEventTimingClassifier.Analyse(AtTime(new LocalDateTime(2025, 4, 10, 8, 0)), [Iv, It]);
        t.MostRecentExposureNumber.Should().Be(1);
        t.DaysSinceMostRecentExposure.Should().Be(31);
    }
}

public sealed class ExposureWithoutTimeTest
{
    private static readonly Exposure IvNoTime = new(new LocalDate(2025, 3, 10), ExposureRoute.Intravenous);

    private static RiskWindowResult Irr(AdverseEvent ae) =>
        AdverseEventTimingClassifier.Analyse(ae, [IvNoTime]).RiskWindows.Single(w => w.Window.Category == MscRiskCategory.InfusionReaction);

    [Fact]
    public void Exposure_without_time_gives_null_hours_and_an_indeterminate_hour_window()
    {
        var ae = new AdverseEvent("A", "x", onsetDate: new LocalDate(2025, 3, 11), onsetTime: new LocalDateTime(2025, 3, 11, 23, 0));
        AdverseEventTimingClassifier.Analyse(ae, [IvNoTime]).HoursSinceMostRecentExposure.Should().BeNull();
        Irr(ae).Membership.Should().Be(WindowMembership.Indeterminate);
    }

    [Fact]
    public void Exposure_without_time_is_certainly_outside_when_the_onset_is_over_24_hours_after_the_end_of_its_day()
    {
        // Latest possible start: 2025-03-11 00:00; + 24 h = 2025-03-12 00:00.
        Irr(new AdverseEvent("A", "x", onsetDate: new LocalDate(2025, 3, 12), onsetTime: new LocalDateTime(2025, 3, 12, 0, 0)))
            .Membership.Should().Be(WindowMembership.Indeterminate);
        Irr(new AdverseEvent("A", "x", onsetDate: new LocalDate(2025, 3, 12), onsetTime: new LocalDateTime(2025, 3, 12, 0, 1)))
            .Membership.Should().Be(WindowMembership.Outside);
    }

    [Fact]
    public void Day_windows_work_without_times() =>
        AdverseEventTimingClassifier.Analyse(new AdverseEvent("A", "x", onsetDate: new LocalDate(2025, 3, 10)), [IvNoTime])
            .DaysSinceMostRecentExposure.Should().Be(0);

    [Fact]
    public void Adapter_merges_the_routes_of_one_administration_and_skips_undosed_ones()
    {
        var given = new MscDomain.Dosing.Administration(new LocalDate(2025, 3, 10), MscDomain.Dosing.AdministrationStatus.Completed,
            [new MscDomain.Dosing.GivenComponent("MSC-1", MscDomain.Dosing.Route.Intravenous), new MscDomain.Dosing.GivenComponent("MSC-1", MscDomain.Dosing.Route.Intrathecal)],
            Time: new LocalTime(9, 30));
        var notGiven = new MscDomain.Dosing.Administration(new LocalDate(2025, 4, 10), MscDomain.Dosing.AdministrationStatus.NotGiven, [], Reason: "withdrew");
        var exposures = ExposureAdapter.FromAdministrations([given, notGiven]);
        exposures.Should().ContainSingle().Which.Should().Be(
            new Exposure(new LocalDateTime(2025, 3, 10, 9, 30), ExposureRoute.Intravenous | ExposureRoute.Intrathecal));
    }
}
