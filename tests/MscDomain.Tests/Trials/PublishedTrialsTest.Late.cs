using MscDomain.Disease;
using MscDomain.Dosing;
using MscDomain.Outcomes;
using MscDomain.Trials;
using MscDomain.Common;

namespace MscDomain.Tests.Trials;

/// <summary>Key facts of PETROU-2020, MESEMS-2021, COHEN-2023 and HARRIS-2024, typed from trials.md.</summary>
public sealed partial class PublishedTrialsTest
{
    [Fact]
    public void Petrou_2020_route_is_randomised_and_re_randomised_at_month_6_into_six_sequences_of_8()
    {
        var t = Trial("PETROU-2020");
        t.Counts!.Randomized.Should().Be(48);
        t.Design.RunIn.Should().Be(CalendarInterval.Months(2));
        t.Design.FollowUp.Should().Be(CalendarInterval.Months(12));
        t.Design.Periods[1].Start.Should().Be(CalendarInterval.Months(6));
        t.Design.Periods[1].ReRandomized.Should().BeTrue();
        t.Design.Sequences.Should().HaveCount(6).And.OnlyContain(s => s.Participants == 8);
        t.Design.Sequences.Single(s => s.Id == "1B").ArmIds.Should().Equal("msc-it", "sham");
        t.Design.Sequences.Single(s => s.Id == "3B").ArmIds.Should().Equal("sham", "msc-iv");
        Component(t, "msc-it").Route.Should().Be(Route.Intrathecal);
        Component(t, "msc-iv").Route.Should().Be(Route.Intravenous);
        Component(t, "msc-it").Dose.Should().BeOfType<PerKgDose>().Which.TargetMinimum.Should().Be(new CellsPerKg(1m));
        var susp = Component(t, "msc-it").Suspension!;
        susp.ConcentrationMinimum.Should().Be(new CellConcentration(10m));
        susp.ConcentrationMaximum.Should().Be(new CellConcentration(15m));
        t.Arm("sham").Type.Should().Be(ArmType.ShamComparator);
        t.Eligibility!.EdssMinimum.Should().Be(new EdssScore(3.5m));
        t.Eligibility.EdssMaximum.Should().Be(new EdssScore(6.5m));
        t.Eligibility.Courses.Should().BeEquivalentTo([BaseCourse.PrimaryProgressive, BaseCourse.SecondaryProgressive]);
    }

    [Fact]
    public void Petrou_2020_treatment_failure_a_2_of_30_3_of_31_13_of_31_pooled_cycles()
    {
        var t = Trial("PETROU-2020");
        ReportedResult R(string outcome, string arm) => t.Results.Single(r => r.OutcomeId == outcome && r.ArmId == arm && r.Statistic is not NotReportedStatistic);
        R("failure-a", "msc-it").Statistic.Should().Be(new ProportionStatistic(2, 30, 6.7m));
        R("failure-a", "msc-it").PValue.Should().Be(0.0003m);
        R("failure-a", "msc-iv").Statistic.Should().Be(new ProportionStatistic(3, 31, 9.7m));
        R("failure-a", "msc-iv").PValue.Should().Be(0.0008m);
        R("failure-a", "sham").Statistic.Should().Be(new ProportionStatistic(13, 31, 41.9m));
        R("failure-a", "sham").Population.Should().Be(AnalysisPopulation.PooledCycles);
        R("failure-c", "sham").Statistic.Should().Be(new ProportionStatistic(23, 30, 76.7m));
        R("edss-change", "msc-it").Statistic.Should().Be(new MeanSdStatistic(-0.20m, 0.3m, null, "{EDSS}"));
        R("edss-change", "sham").Statistic.Should().BeOfType<MeanSdStatistic>().Which.Mean.Should().Be(0.30m);
        R("relapse-free", "msc-iv").Statistic.Should().Be(new ProportionStatistic(25, 32, 78.1m));
        R("t25fw-change", "sham").Statistic.Should().BeOfType<MeanSdStatistic>().Which.StandardDeviation.Should().Be(25.4m);
        R("9hpt-ndh-change", "msc-it").Statistic.Should().BeOfType<MeanSdStatistic>().Which.Mean.Should().Be(-5.5m);
        t.Results.Where(r => r.OutcomeId == "neda-3").Should().OnlyContain(r => r.Verification == Verification.Recalled, "NEDA-3 figures are [R]");
    }

    [Fact]
    public void Mesems_2021_crossover_at_week_24_69_msc_first_75_placebo_first_rate_ratio_0_94()
    {
        var t = Trial("MESEMS-2021");
        t.Counts!.Randomized.Should().Be(144);
        t.Design.Periods[1].Start.Should().Be(CalendarInterval.Weeks(24));
        t.Design.Periods[1].End.Should().Be(CalendarInterval.Weeks(48));
        t.Design.Sequences.Single(s => s.Id == "msc-first").Participants.Should().Be(69);
        t.Design.Sequences.Single(s => s.Id == "placebo-first").Participants.Should().Be(75);
        var dose = Component(t, "msc").Dose.Should().BeOfType<PerKgDose>().Subject;
        dose.TargetMinimum.Should().Be(new CellsPerKg(1m));
        dose.TargetMaximum.Should().Be(new CellsPerKg(2m));
        t.Provenance.Should().Contain(p => p.Path == "/arms/msc/regimen/phases/treatment/components/bm-msc/dose" && p.Verification == Verification.Secondary);
        var gel = t.Results.Single(r => r.OutcomeId == "gel-total");
        var ratio = gel.Statistic.Should().BeOfType<RatioStatistic>().Subject;
        ratio.RatioKind.Should().Be(RatioKind.RateRatio);
        ratio.Estimate.Should().Be(0.94m);
        ratio.Interval.Should().Be(new ConfidenceInterval(0.58m, 1.50m));
        gel.PValue.Should().Be(0.78m);
        gel.Population.Should().Be(AnalysisPopulation.FullAnalysisSet);
        t.Eligibility!.EdssMinimum.Should().Be(new EdssScore(2.5m));
        t.Eligibility.DiseaseDurationMaximumYears.Should().Be(15m);
        t.Registrations.Should().HaveCount(10);
    }

    [Fact]
    public void Cohen_2023_three_intrathecal_doses_within_16_weeks_dose_not_reported_two_ae_windows()
    {
        var t = Trial("COHEN-2023");
        var phase = t.Arm("msc-ntf-it").Regimen!.Phases[0];
        var s = phase.Schedule.Should().BeOfType<WithinWindowSchedule>().Subject;
        s.Count.Should().Be(3);
        s.Window.Should().Be(CalendarInterval.Weeks(16));
        phase.Components[0].Route.Should().Be(Route.Intrathecal);
        phase.Components[0].Dose.Should().BeOfType<NotReportedDose>();
        t.Counts!.Enrolled.Should().Be(20);
        t.Counts.Treated.Should().Be(18);
        t.AeCollectionWindows.Should().Contain(new AeCollectionWindow(AeWindowAnchor.Consent, CalendarInterval.Weeks(38), "all AEs"));
        t.AeCollectionWindows.Should().Contain(w => w.Anchor == AeWindowAnchor.FirstDose && w.Length == CalendarInterval.Weeks(28));
        var speed = t.Outcomes.Single(o => o.Id == "t25fw-speed");
        speed.OnSpeed.Should().BeTrue("the 25% responder threshold is on speed, not time");
        speed.Threshold.Should().Be(25m);
        speed.ThresholdKind.Should().Be(ThresholdKind.RelativePercent);
        t.Outcomes.Single(o => o.Id == "responder").ComponentOutcomeIds.Should().BeEquivalentTo(["t25fw-speed", "9hpt"]);
        t.Results.Single(r => r.OutcomeId == "responder").Statistic.Should().Be(new PercentStatistic(19m));
        t.AdverseEvents.Single(a => a.Term.Contains("arachnoiditis")).Participants.Should().Be(2);
        t.StartDate.Should().Be(new PartialDate(2019, 3, 13));
        t.Eligibility!.Criteria.Should().Be(DiagnosticCriteria.McDonald2017);
    }

    [Fact]
    public void Harris_2024_six_intrathecal_injections_every_2_months_compassionate_crossover_with_3_month_gap()
    {
        var t = Trial("HARRIS-2024");
        t.Counts!.Randomized.Should().Be(54);
        t.Design.CompassionateCrossover.Should().BeTrue();
        t.Design.Periods[1].GapBefore.Should().Be(CalendarInterval.Months(3));
        t.Design.StratificationFactors.Should().HaveCount(2);
        t.Design.Sequences.Should().OnlyContain(s => s.Participants == 27);
        foreach (var arm in new[] { "msc-np", "saline" })
        {
            var phase = t.Arm(arm).Regimen!.Phases[0];
            phase.Schedule.Should().Be(RepeatedAdministration.Every(CalendarInterval.Months(2), 6));
            phase.Components[0].Route.Should().Be(Route.Intrathecal);
            t.Arm(arm).Procedures.Should().Contain(p => p.Kind == ProcedureKind.LumbarPuncture, "placebo is an actual lumbar puncture");
        }

        var edss = t.Outcomes.Single(o => o.Id == "edss-improvement");
        edss.Direction.Should().Be(OutcomeDirection.Improvement);
        edss.ThresholdBands.Should().Equal(new ThresholdBand(null, 5.5m, 1.0m), new ThresholdBand(6.0m, null, 0.5m));
        t.Outcomes.Single(o => o.Id == "edss-plus-improvement").ComponentOutcomeIds.Should().HaveCount(3);
        t.Outcomes.Single(o => o.Id == "t25fw-improvement").Threshold.Should().Be(20m);
        t.Results.Single(r => r.OutcomeId == "edss-plus-improvement" && r.ArmId == "msc-np" && r.Statistic is PercentStatistic).Statistic.Should().Be(new PercentStatistic(33m));
        t.Results.Single(r => r.OutcomeId == "edss-plus-improvement" && r.ArmId == "saline").Statistic.Should().Be(new PercentStatistic(37m));
        var sub = t.Results.Single(r => r.OutcomeId == "t25fw-change" && r.ArmId == "msc-np");
        sub.Exploratory.Should().BeTrue();
        sub.PValue.Should().Be(0.030m);
        sub.Statistic.Should().Be(new MeanSdStatistic(3.7m, 23.1m, null, "%"));
        t.Results.Single(r => r.OutcomeId == "6mwt-change" && r.ArmId == "saline").Statistic.Should().BeOfType<MeanSdStatistic>().Which.Mean.Should().Be(-32.1m);
    }
}
