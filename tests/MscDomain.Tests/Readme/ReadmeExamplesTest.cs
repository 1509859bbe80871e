using System.Collections.Immutable;
using MscDomain.Analysis;
using MscDomain.Cells;
using MscDomain.Disability;
using MscDomain.Dosing;
using MscDomain.Fhir;
using MscDomain.Samples;
using MscDomain.Plotting;
using MscDomain.Serialization;
using MscDomain.Tabular.Csv;
using MscDomain.Trials;
using NodaTime;
using MscDomain.Common;
using MscDomain.AdverseEvents;
using MscDomain.Safety;

namespace MscDomain.Tests.Readme;

/// <summary>
/// The C# snippets of README.md, compiled and run. Each <c>#region</c> below appears verbatim in
/// README.md after a <c>&lt;!-- snippet: name --&gt;</c> marker; <see cref="ReadmeSnippetsTest"/>
/// fails when the two drift apart.
/// </summary>
public sealed class ReadmeExamplesTest
{
    [Fact]
    public void Model_and_json()
    {
        #region model-and-json
        var msc = new CellProduct("bm-msc", "Autologous bone-marrow MSC", CellProductKind.Msc,
            TissueSource.BoneMarrow, new RecipientDonor(), []);
        var arm = new Arm("msc-it", "MSC intrathecal", ArmType.Experimental,
            Regimen.Of(RepeatedAdministration.Every(CalendarInterval.Months(6), 2),
                new AdministrationComponent("bm-msc", Route.Intrathecal, PerKgDose.Single(1m))), []);
        var design = new TrialDesign([TrialPhase.Phase2], Allocation.Randomized,
            InterventionModel.Parallel, Masking.Double, [], [], [], [], []);
        var trial = TrialDocument.Create("EXAMPLE-1", "MSC in progressive MS",
            new Citation("Example et al. 2026"), design, [msc], [arm]);

        string json = MscDomainJson.Serialize(trial);        // versioned ("schemaVersion": 2), kebab-case enums
        var back = MscDomainJson.DeserializeTrial(json);     // strict: JsonException with $.path and the rule
        var total = arm.Regimen!.PlannedTotalFor(new WeightKg(70m)); // 2 x 1e6/kg x 70 kg = 140 x 10^6 cells, exact
        var dates = arm.Regimen.ExpandPlannedDates(new LocalDate(2026, 1, 15)); // 2026-01-15, 2026-07-15
        #endregion

        back.Id.Should().Be("EXAMPLE-1");
        total!.Maximum.Millions.Should().Be(140m);
        dates.Select(d => d.Earliest).Should().Equal(new LocalDate(2026, 1, 15), new LocalDate(2026, 7, 15));
    }

    [Fact]
    public void Edss_from_functional_systems()
    {
        #region edss-from-fs
        var fs = new FunctionalSystemScores(pyramidal: 3, cerebellar: 2, brainstem: 1, sensory: 2,
            bowelBladder: 1, visual: 4, cerebral: 0);           // raw visual 4 counts as 3
        var edss = EdssCalculator.FromFunctionalSystems(fs, new AmbulationScore(0));
        Console.WriteLine($"EDSS {edss.Edss}: {edss.Rule}");   // EDSS 4.0: two FS grade 3 with grade 2s
        #endregion

        edss.Edss?.Value.Should().Be(4.0m);
    }

    [Fact]
    public void Confirmed_disability_worsening()
    {
        #region confirmed-worsening
        LocalDate d(int day) => new LocalDate(2024, 1, 1).PlusDays(day);
        DisabilityVisit[] visits =
        [
            new(d(0), 3.0m), new(d(90), 4.0m), new(d(180), 4.0m), new(d(270), 4.0m),
        ];
        LocalDate[] relapses = [];
        var options = new ConfirmedChangeOptions         // msprog defaults: 12-week confirmation, ...
        {
            Events = EventSelection.Multiple,
            Baseline = BaselineScheme.Roving,
            ClassifyRawPira = true,                      // PIRA vs RAW (Mueller 2023 windows by default)
        };
        var result = ConfirmedChangeEngine.Analyze(visits, relapses, options);
        foreach (var e in result.Events)
        {
            Console.WriteLine($"{e.Kind} {e.Class}: onset {e.Onset.Date}, baseline {e.Baseline.Value}, " +
                              $"confirmed {e.Confirmations[0].Visit?.Date}");
        }

        Console.WriteLine(options.Describe());          // a paragraph for the methods section
        #endregion

        result.Events.Should().ContainSingle();
        result.Events[0].Onset.Date.Should().Be(d(90));
        result.Events[0].Class.Should().Be(WorseningClass.Pira);
    }

    [Fact]
    public void Ctcae_lab_grading()
    {
        #region ctcae-lab
        // ALT 130 U/L, ULN 40, abnormal baseline 50 -> CTCAE v6.0 uses baseline multiples: 2.6 x BL = grade 3
        var alt = CtcaeLabGrader.Default.Grade(new LabGradingInput
        {
            Term = LabTerm.AlanineAminotransferaseIncreased, Version = CtcaeVersion.V6_0,
            Value = 130m, Uln = 40m, BaselineValue = 50m, BaselineStatus = ReferenceRangeStatus.High,
        });
        Console.WriteLine(alt.Message);

        // A missing LLN is "not gradable", never grade 0
        var anc = CtcaeLabGrader.Default.Grade(new LabGradingInput
        {
            Term = LabTerm.NeutrophilCountDecreased, Version = CtcaeVersion.V5_0,
            Value = 1.6m, Unit = LabUnitParser.Parse("10^9/L"),
        });
        Console.WriteLine($"{anc.IsGradable} {anc.Reason}");   // False MissingLln
        #endregion

        alt.GradeValue.Should().Be(3);
        anc.IsGradable.Should().BeFalse();
        anc.Reason.Should().Be(CtcaeNotGradableReason.MissingLln);
    }

    [Fact]
    public void Adverse_event_classification()
    {
        #region classify-ae
        var ae = new AdverseEvent("AE-1", "pulmonary embolism",
            onsetDate: new LocalDate(2025, 12, 20),
            severity: new AdverseEventSeverity(4, CtcaeVersion.V5_0),
            seriousnessCriteria: SeriousnessCriteria.LifeThreatening | SeriousnessCriteria.Hospitalisation,
            investigatorCausality: new CausalityAssessment(CausalityCategory.Possible),
            sponsorCausality: new CausalityAssessment(CausalityCategory.NotRelated), // cannot downgrade
            expectedness: Expectedness.UnexpectedByType,
            sponsorAwareDate: new LocalDate(2025, 12, 28));
        var c = AdverseEventClassifier.Classify(ae);
        Console.WriteLine($"SUSAR: {c.Susar.IsSusar}; report by {c.Susar.InitialReportDue}, " +
                          $"complete by {c.Susar.CompleteReportDue}");  // 2026-01-04, 2026-01-12
        #endregion

        c.Susar.IsSusar.Should().BeTrue();
        c.Susar.InitialReportDue.Should().Be(new LocalDate(2026, 1, 4));
        c.Susar.CompleteReportDue.Should().Be(new LocalDate(2026, 1, 12));
    }

    [Fact]
    public void Fhir_bundle()
    {
        #region fhir-bundle
        var cohort = DemonstrationCohort.Generate(seed: 7, participants: 2);
        var bundle = MscDomainFhir.ToBundle(cohort, new FhirExportOptions { BundleType = FhirBundleType.Transaction });
        string json = MscDomainFhir.Serialize(bundle);               // PUT entries, urn:uuid fullUrls, stable ids
        var back = MscDomainFhir.ReadCohort(json, "bundle.json");     // located MSC12xx issues, never an exception
        Console.WriteLine($"{bundle.Entry.Count} resources; read back: {back.Succeeded}");
        #endregion

        back.Succeeded.Should().BeTrue();
        MscDomainJson.Serialize(back.Value!).Should().Be(MscDomainJson.Serialize(cohort));
    }

    [Fact]
    public void Csv_to_kaplan_meier_figure()
    {
        var dir = Directory.CreateTempSubdirectory("mscdomain-readme-").FullName;
        var previous = Environment.CurrentDirectory;
        try
        {
            Environment.CurrentDirectory = dir;
            File.WriteAllText("survival.csv", "id,arm,time,event\n1,MSC,90,1\n2,MSC,400,0\n3,MSC,300,1\n4,Placebo,60,1\n5,Placebo,120,1\n6,Placebo,365,0\n");

            #region csv-to-km
            var rows = SurvivalCsv.Read("survival.csv", timeColumn: "time", eventColumn: "event", groupColumn: "arm");
            var km = KaplanMeier.Estimate(rows);          // per arm: S(t), Greenwood SE, 95% CI, median
            var logRank = LogRankTest.Compare(rows);      // observed/expected, chi-square, p
            KaplanMeierPlot.Save(km, "km.png", 900, 650, new() { LogRank = logRank, XAxisLabel = "Days since first administration" });
            #endregion

            File.ReadAllBytes("km.png").Take(4).Should().Equal(0x89, (byte)'P', (byte)'N', (byte)'G');
            km.Curves.Should().HaveCount(2);
        }
        finally
        {
            Environment.CurrentDirectory = previous;
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Evidence_synthesis()
    {
        var dir = Directory.CreateTempSubdirectory("readme-meta-").FullName;
        var previous = Environment.CurrentDirectory;
        try
        {
            Environment.CurrentDirectory = dir;
            File.WriteAllText("studies.csv", "study,ai,n1i,ci,n2i\nAronson 1948,4,123,11,139\nFerguson 1949,6,306,29,303\nRosenthal 1960,3,231,11,220\n");

            #region evidence-synthesis
            var read = MscDomain.Tabular.Meta.MetaAnalysisCsv.ReadStudies("studies.csv", EffectMeasure.RR);
            var effects = EffectSizes.Compute(EffectMeasure.RR, read.Studies);   // escalc(): yi, vi, 1/2 for zero cells
            var fit = MetaAnalysis.Fit(effects, new() { Method = TauSquaredEstimator.REML, Test = MetaAnalysisTest.KnappHartung });
            Console.WriteLine($"RR {fit.BackTransform(fit.Estimate):0.00} [{fit.BackTransform(fit.CiLower):0.00}, {fit.BackTransform(fit.CiUpper):0.00}], "
                + $"tau2 {fit.TauSquared:0.000}, I2 {fit.ISquared:0.0}%");
            ForestPlot.Save(fit, "forest.png", 1000, ForestPlot.SuggestedHeight(fit.K));

            // From the bundled trial documents: comparable results of one outcome, exclusions with reasons, provenance.
            var evidence = TrialEvidence.Extract(MscDomain.Samples.PublishedTrials.LoadAll(), new TrialEvidenceQuery("relapses", EffectMeasure.RR));
            var pooled = MetaAnalysis.Fit(evidence.Effects, null, evidence.Scale);
            #endregion

            read.HasErrors.Should().BeFalse();
            fit.K.Should().Be(3);
            File.Exists("forest.png").Should().BeTrue();
            pooled.K.Should().Be(evidence.Studies.Count);
            evidence.Excluded.Should().NotBeEmpty();
        }
        finally
        {
            Environment.CurrentDirectory = previous;
            Directory.Delete(dir, recursive: true);
        }
    }
}
