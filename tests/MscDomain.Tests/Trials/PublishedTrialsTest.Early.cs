using MscDomain.Cells;
using MscDomain.Disease;
using MscDomain.Dosing;
using MscDomain.Outcomes;
using MscDomain.Trials;
using MscDomain.Common;

namespace MscDomain.Tests.Trials;

/// <summary>Key facts of CONNICK-2012, LLUFRIU-2014, FERNANDEZ-2018 and HARRIS-2018, typed from trials.md.</summary>
public sealed partial class PublishedTrialsTest
{
    private static AdministrationComponent Component(TrialDocument t, string armId) => t.Arm(armId).Regimen!.Phases[0].Components[0];

    [Fact]
    public void Connick_2012_single_iv_infusion_achieved_mean_1_6_million_per_kg_in_10_spms_patients()
    {
        var t = Trial("CONNICK-2012");
        t.Design.Model.Should().Be(InterventionModel.PrePost);
        t.Design.Allocation.Should().Be(Allocation.NotApplicable);
        t.Registrations.Should().Contain("NCT00395200");
        t.Citations[0].Doi.Should().Be("10.1016/S1474-4422(11)70305-2");
        var c = Component(t, "msc-iv");
        c.Route.Should().Be(Route.Intravenous);
        t.Arm("msc-iv").Regimen!.Phases[0].Schedule.Should().BeOfType<SingleAdministration>();
        var dose = c.Dose.Should().BeOfType<PerKgDose>().Subject;
        dose.TargetMinimum.Should().BeNull("Connick reports the achieved mean, not a target");
        dose.Achieved!.Mean.Should().Be(1.6m);
        t.Arm("msc-iv").Counts!.Treated.Should().Be(10);
        t.Arm("healthy-controls").Counts!.Enrolled.Should().Be(8);
        t.Arm("healthy-controls").Regimen.Should().BeNull();
        t.Eligibility!.Courses.Should().Equal(BaseCourse.SecondaryProgressive);
        t.Eligibility.EdssMinimum.Should().Be(new EdssScore(5.5m));
        t.Eligibility.EdssMaximum.Should().Be(new EdssScore(6.5m));
        t.Products.Single().Tissue.Should().Be(TissueSource.BoneMarrow);
        t.Products.Single().Donor.Should().BeOfType<RecipientDonor>();
        t.StartDate.Should().Be(new PartialDate(2008, 10));
    }

    [Fact]
    public void Connick_2012_efficacy_slopes_are_recalled_slope_differences_per_month()
    {
        var t = Trial("CONNICK-2012");
        var vep = t.Results.Single(r => r.OutcomeId == "vep-latency");
        vep.Verification.Should().Be(Verification.Recalled);
        var e = vep.Statistic.Should().BeOfType<EstimateStatistic>().Subject;
        e.EstimateKind.Should().Be(EstimateKind.SlopeDifference);
        e.Value.Should().Be(-1.3m);
        e.Unit.Should().Be("ms/mo");
        t.Results.Single(r => r.OutcomeId == "visual-acuity").Statistic.Should().BeOfType<EstimateStatistic>().Which.Value.Should().Be(-0.02m);
        t.Results.Single(r => r.OutcomeId == "optic-nerve-area").Statistic.Should().BeOfType<EstimateStatistic>().Which.Value.Should().Be(13.6m);
        t.AdverseEvents.Should().OnlyContain(a => a.Verification == Verification.Recalled, "Connick safety facts are [R] in trials.md");
        t.AdverseEvents.Single(a => a.Term == "rash").Participants.Should().Be(1);
    }

    [Fact]
    public void Llufriu_2014_is_a_crossover_at_month_6_with_fresh_then_cryopreserved_cells()
    {
        var t = Trial("LLUFRIU-2014");
        t.Design.Model.Should().Be(InterventionModel.Crossover);
        t.Design.Masking.Should().Be(Masking.Double);
        t.Design.UnmaskedRoles.Should().Contain(r => r.Contains("haematologist"));
        t.Design.Periods.Should().HaveCount(2);
        t.Design.Periods[1].Start.Should().Be(CalendarInterval.Months(6));
        t.Design.Sequences.Single(s => s.Id == "msc-first").Participants.Should().Be(5);
        t.Design.Sequences.Single(s => s.Id == "placebo-first").Participants.Should().Be(4);
        t.Counts!.Randomized.Should().Be(9);
        t.Products.Single(p => p.Id == "bm-msc-fresh").Manufacture!.Preservation.Should().Be(PreservationState.Fresh);
        t.Products.Single(p => p.Id == "bm-msc-cryo").Manufacture!.Preservation.Should().Be(PreservationState.Cryopreserved);
        t.Design.Sequences.Single(s => s.Id == "msc-first").ArmIds.Should().Equal("msc-fresh", "placebo");
        t.Design.Sequences.Single(s => s.Id == "placebo-first").ArmIds.Should().Equal("placebo", "msc-cryo");
        var dose = Component(t, "msc-fresh").Dose.Should().BeOfType<PerKgDose>().Subject;
        dose.TargetMinimum.Should().Be(new CellsPerKg(1m));
        dose.TargetMaximum.Should().Be(new CellsPerKg(2m));
        Component(t, "msc-fresh").Route.Should().Be(Route.Intravenous);
        t.Provenance.Should().Contain(p => p.Path == "/arms/msc-fresh/regimen/phases/treatment/components/bm-msc-fresh/dose" && p.Verification == Verification.Secondary,
            "the 1–2 × 10^6/kg dose is [S] (review table)");
        t.Placebos.Single().Id.Should().Be("suspension-medium");
        t.Eligibility!.EdssMinimum.Should().Be(new EdssScore(3.0m));
        t.Eligibility.EdssMaximum.Should().Be(new EdssScore(6.5m));
        t.Eligibility.AgeMinimumYears.Should().Be(18);
        t.Eligibility.AgeMaximumYears.Should().Be(50);
    }

    [Fact]
    public void Llufriu_2014_cumulative_gel_3_1_versus_12_3_with_p_0_064()
    {
        var t = Trial("LLUFRIU-2014");
        var msc = t.Results.Single(r => r.OutcomeId == "gel-cumulative" && r.ArmId == "msc-fresh" && r.Timepoint == CalendarInterval.Months(6));
        var e = msc.Statistic.Should().BeOfType<EstimateStatistic>().Subject;
        e.Value.Should().Be(3.1m);
        e.Interval.Should().Be(new ConfidenceInterval(1.1m, 8.8m));
        msc.PValue.Should().Be(0.064m);
        msc.ComparatorArmId.Should().Be("placebo");
        var pl = t.Results.Single(r => r.OutcomeId == "gel-cumulative" && r.ArmId == "placebo");
        pl.Statistic.Should().BeOfType<EstimateStatistic>().Which.Interval.Should().Be(new ConfidenceInterval(4.4m, 34.5m));
        t.Results.Should().Contain(r => r.OutcomeId == "gel-cumulative" && r.PValue == 0.075m);
        t.AdverseEvents.Where(a => a.ArmId == "placebo").Sum(a => a.Events).Should().Be(6, "3 URI + 2 gastroenteritis + 1 dental abscess");
        t.AdverseEvents.Where(a => a.ArmId == "msc-fresh").Sum(a => a.Events).Should().Be(3, "1 URI + 1 influenza + 1 gastroenteritis");
        t.AdverseEvents.Should().OnlyContain(a => a.Serious != true, "all AEs were mild");
    }

    [Fact]
    public void Fernandez_2018_low_and_high_dose_arms_and_four_randomised_but_not_infused()
    {
        var t = Trial("FERNANDEZ-2018");
        t.Design.Masking.Should().Be(Masking.Triple);
        t.Design.Phases.Should().Equal(TrialPhase.Phase1, TrialPhase.Phase2);
        Component(t, "low-dose").Dose.Should().BeOfType<PerKgDose>().Which.TargetMaximum.Should().Be(new CellsPerKg(1m));
        Component(t, "high-dose").Dose.Should().BeOfType<PerKgDose>().Which.TargetMaximum.Should().Be(new CellsPerKg(4m));
        t.Arm("placebo").Counts!.Treated.Should().Be(11);
        t.Arm("low-dose").Counts!.Treated.Should().Be(10);
        t.Arm("high-dose").Counts!.Treated.Should().Be(9);
        t.Counts!.Randomized.Should().Be(34);
        t.Counts.Treated.Should().Be(30);
        t.Products.Single().Tissue.Should().Be(TissueSource.AdiposeTissue);
        t.Products.Single().HasFailedReleaseTest.Should().BeTrue("4 products failed karyotype");
        t.Products.Single().ReleaseTests.Should().Contain(r => r.Kind == ReleaseTestKind.Karyotype && r.Outcome == TestOutcome.Fail);
        t.Arms.Should().OnlyContain(a => a.Procedures.Any(p => p.Kind == ProcedureKind.Lipectomy), "lipectomy in all arms, placebo included");
        var sae = t.AdverseEvents.Single(a => a.Serious == true);
        sae.Term.Should().Be("urinary infection");
        sae.Relatedness.Should().Be(ReportedRelatedness.Unrelated);
        t.Eligibility!.EdssMaximum.Should().Be(new EdssScore(9.0m));
        t.Provenance.Should().Contain(p => p.Path == "/eligibility" && p.Verification == Verification.Secondary);
    }

    [Fact]
    public void Harris_2018_three_intrathecal_msc_np_injections_3_months_apart_with_a_recalled_cap()
    {
        var t = Trial("HARRIS-2018");
        t.Design.Model.Should().Be(InterventionModel.SingleGroup);
        var np = t.Products.Single(p => p.Kind == CellProductKind.MscNeuralProgenitors);
        np.ParentProductId.Should().Be("bm-msc");
        var phase = t.Arm("msc-np-it").Regimen!.Phases[0];
        var s = phase.Schedule.Should().BeOfType<RepeatedAdministration>().Subject;
        s.MinimumCount.Should().Be(3);
        s.MaximumCount.Should().Be(3);
        s.IntervalMinimum.Should().Be(CalendarInterval.Months(3));
        phase.Components[0].Route.Should().Be(Route.Intrathecal);
        var dose = phase.Components[0].Dose.Should().BeOfType<FixedDose>().Subject;
        dose.IsUpTo.Should().BeTrue();
        dose.TargetMaximum.Should().Be(new CellCount(10m));
        t.Provenance.Should().Contain(p => p.Path == "/arms/msc-np-it/regimen/phases/treatment/components/msc-np/dose" && p.Verification == Verification.Recalled);
        t.Counts!.Treated.Should().Be(20);
        t.Counts.Completed.Should().Be(18);
        var edss = t.Results.Single(r => r.OutcomeId == "edss-sustained-improvement" && r.Verification == Verification.Verified);
        edss.Statistic.Should().Be(new ProportionStatistic(7, 20));
        t.Results.Single(r => r.OutcomeId == "t25fw-sustained-improvement").Statistic.Should().Be(new ProportionStatistic(3, 10));
        t.Registrations.Should().Equal("NCT01933802");
    }
}
