using System.Collections.Immutable;
using MscDomain.Cells;
using MscDomain.Disease;
using MscDomain.Dosing;
using MscDomain.Outcomes;
using MscDomain.Serialization;
using MscDomain.Trials;
using NodaTime;
using MscDomain.Common;

namespace MscDomain.Tests.Trials;

/// <summary>Sample documents built from trials.md (PETROU-2020, FERNANDEZ-2018) exercising most of the model.</summary>
internal static class SampleDocuments
{
    internal static CellProduct AutologousBmMsc(string id = "bm-msc") => new(
        id, "autologous BM-MSC", CellProductKind.Msc, TissueSource.BoneMarrow, new RecipientDonor(),
        [new ReleaseTest(ReleaseTestKind.Sterility, TestOutcome.Pass, ResultText: "negative")],
        Manufacture: new Manufacture(DaysInCulture: 28, Preservation: PreservationState.Fresh, Supplement: CultureSupplement.FetalBovineSerum,
            PostThawViability: new Percentage(95m)),
        IsctPanel: new IsctPanel(Cd105: new Percentage(92m), Cd45: new Percentage(1.5m), PlasticAdherence: TestOutcome.Pass));

    internal static AdministrationComponent Component(string product, Route route, DoseSpecification dose) =>
        new(product, route, dose, new Suspension("saline", new CellConcentration(10m), new CellConcentration(15m), new VolumeMl(5m)), "L4-L5");

    internal static TrialDocument Petrou2020()
    {
        var msc = AutologousBmMsc();
        var sham = new PlaceboProduct("sham", "sham injection", "saline");
        var dose = PerKgDose.Single(1m, verbatim: "1 × 10^6 cells/kg");
        var twoCycles = RepeatedAdministration.Every(CalendarInterval.Months(6), 2);
        var premed = new CoMedication("methylprednisolone", CoMedicationRole.Premedication,
            [new CoMedicationStep(100m, "mg", new SingleAdministration(), Route.Intravenous, "printed as mg/kg; mg meant")], "before each injection");
        Arm MakeArm(string id, ArmType type, string product, Route route, DoseSpecification d) =>
            new(id, id.ToUpperInvariant(), type, new Regimen([new RegimenPhase("cycle", [Component(product, route, d)], new SingleAdministration())], [premed]),
                [new TrialProcedure(ProcedureKind.BoneMarrowAspiration)], new ArmCounts(Randomized: 16));
        var arms = ImmutableArray.Create(
            MakeArm("msc-it", ArmType.Experimental, "bm-msc", Route.Intrathecal, dose),
            MakeArm("msc-iv", ArmType.Experimental, "bm-msc", Route.Intravenous, dose),
            MakeArm("sham", ArmType.ShamComparator, "sham", Route.Intrathecal, new NotReportedDose("sham")),
            new Arm("msc-it-plus-iv", "IT+IV (illustrative)", ArmType.Other,
                new Regimen([new RegimenPhase("combined", [Component("bm-msc", Route.Intrathecal, dose), Component("bm-msc", Route.Intravenous, dose)], twoCycles)], []), []));
        var design = new TrialDesign(
            [TrialPhase.Phase2], Allocation.Randomized, InterventionModel.Crossover, Masking.Double,
            [MaskedRole.Participant, MaskedRole.Investigator], ["cell-preparation staff"],
            [new TrialPeriod("p1", "cycle 1", CalendarInterval.Months(0), CalendarInterval.Months(6)),
             new TrialPeriod("p2", "cycle 2", CalendarInterval.Months(6), CalendarInterval.Months(12), ReRandomized: true)],
            [new ArmSequence("1A", "1A", ["msc-it", "msc-it"], 8), new ArmSequence("1B", "1B", ["msc-it", "sham"], 8),
             new ArmSequence("2A", "2A", ["msc-iv", "msc-iv"], 8), new ArmSequence("2B", "2B", ["msc-iv", "sham"], 8),
             new ArmSequence("3A", "3A", ["sham", "msc-it"], 8), new ArmSequence("3B", "3B", ["sham", "msc-iv"], 8)],
            [], RunIn: CalendarInterval.Months(2), FollowUp: CalendarInterval.Months(12));
        var outcomes = ImmutableArray.Create(
            new OutcomeDefinition("tf-a", "treatment failure (a)", OutcomeRole.Primary, OutcomeMeasure.Other, OutcomeDirection.Occurrence, ["edss-worse"], [],
                TimeFrame: CalendarInterval.Months(6)),
            new OutcomeDefinition("edss-worse", "EDSS worsening", OutcomeRole.Secondary, OutcomeMeasure.Edss, OutcomeDirection.Worsening, [],
                [new ThresholdBand(null, 5.5m, 1.0m), new ThresholdBand(6.0m, null, 0.5m)], ThresholdKind.Absolute,
                Confirmation: CalendarInterval.Weeks(12)),
            new OutcomeDefinition("t25fw", "T25FW % change", OutcomeRole.Secondary, OutcomeMeasure.TimedTwentyFiveFootWalk, OutcomeDirection.Change, [], [],
                ThresholdKind.RelativePercent, 25m, OnSpeed: true));
        var results = ImmutableArray.Create(
            new ReportedResult("tf-a", new ProportionStatistic(2, 30, 6.7m), Verification.Verified, "msc-it", Timepoint: CalendarInterval.Months(6), Population: AnalysisPopulation.PooledCycles),
            new ReportedResult("tf-a", new NotReportedStatistic(), Verification.Verified, "msc-it", "sham", CalendarInterval.Months(6), 0.0003m),
            new ReportedResult("t25fw", new MeanSdStatistic(-5.3m, 16.3m, Unit: "%"), Verification.Verified, "msc-it"),
            new ReportedResult("edss-worse", new RatioStatistic(RatioKind.RateRatio, 0.94m, new ConfidenceInterval(0.58m, 1.50m)), Verification.Secondary),
            new ReportedResult("edss-worse", new EstimateStatistic(EstimateKind.SlopeDifference, -1.3m, "ms/mo", new ConfidenceInterval(-2m, -0.5m)), Verification.Recalled, Exploratory: true, Subgroup: "EDSS 6.0-6.5"),
            new ReportedResult("edss-worse", new MedianIqrStatistic(0m, -0.5m, 0.5m, 16), Verification.Recalled));
        return new TrialDocument(
            MscDomainSchemaVersion.Current, "PETROU-2020", "Autologous MSC in active progressive MS",
            [new Citation("Petrou P et al., Brain 2020;143:3574-3588", Pmid: "33253391")], ["NCT02166021"], design,
            [msc, new CellProduct("msc-np", "MSC-NP", CellProductKind.MscNeuralProgenitors, TissueSource.BoneMarrow, new RecipientDonor(), [], ParentProductId: "bm-msc")],
            [sham], arms, outcomes, results,
            [new ReportedAdverseEvent("herpes labialis", Verification.Verified, "msc-it", "p1", 1, 2, false, ReportedRelatedness.PossiblyRelated, "after each infusion", ReportedSeverity.Mild)],
            [new AeCollectionWindow(AeWindowAnchor.FirstDose, CalendarInterval.Weeks(28), "TEAEs")],
            [],
            new EligibilityCriteria([BaseCourse.PrimaryProgressive, BaseCourse.SecondaryProgressive], new EdssScore(3.5m), new EdssScore(6.5m), 18, 65, 3m, null, DiagnosticCriteria.Poser1983),
            new ArmCounts(Randomized: 48), new PartialDate(2015, 3), null, "sample");
    }

    internal static ParticipantTimeline Timeline() => new(
        MscDomainSchemaVersion.Current, "P-001",
        new ParticipantBaseline(new PartialDate(1975), Sex.Female, new LocalDate(2019, 3, 13), new LocalDate(2019, 3, 1),
            new DiseaseCourse(BaseCourse.SecondaryProgressive, ActivityModifier.Active, ProgressionModifier.WithProgression, new LocalDate(2019, 3, 1), 12, "active SPMS"),
            new EdssScore(5.5m), new WeightKg(70m)),
        [new Administration(new LocalDate(2019, 3, 20), AdministrationStatus.Completed,
            [new GivenComponent("bm-msc", Route.Intrathecal, new CellCount(70m), new CellsPerKg(1m), new VolumeMl(5m), "LOT-1")],
            new LocalTime(10, 30), new WeightKg(70m), 1, "p1"),
         new Administration(new LocalDate(2019, 9, 20), AdministrationStatus.NotGiven, [], Reason: "karyotype abnormal", FailedReleaseTest: ReleaseTestKind.Karyotype)],
        [new EdssObservation(new LocalDate(2019, 3, 13), new EdssScore(5.5m), [new FunctionalSystemScore(FunctionalSystem.Pyramidal, 3)], 4),
         new MeasureObservation(new LocalDate(2019, 3, 13), OutcomeMeasure.TimedTwentyFiveFootWalk, 8.4m, "s")],
        [new Relapse(new LocalDate(2018, 5, 1), new LocalDate(2018, 6, 1), true, true)],
        [new LabMeasurement("ALT", 32m, "U/L", new LocalDate(2019, 3, 13), 7m, 56m, "serum")],
        [new MscDomain.AdverseEvents.AdverseEvent("ae-1", "headache after LP", onsetDate: new LocalDate(2019, 3, 21))],
        "PETROU-2020", "msc-it", "1B");
}
