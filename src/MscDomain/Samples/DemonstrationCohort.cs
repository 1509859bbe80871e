using System.Collections.Immutable;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using MscDomain.Cells;
using MscDomain.Disability;
using MscDomain.Disease;
using MscDomain.Dosing;
using MscDomain.Outcomes;
using MscDomain.Serialization;
using MscDomain.Trials;
using NodaTime;
using OutcomeSystem = MscDomain.Outcomes.FunctionalSystem;
using MscDomain.Common;
using MscDomain.AdverseEvents;

namespace MscDomain.Samples;

/// <summary>
/// A seeded generator of a SYNTHETIC demonstration cohort: a randomised, double-blind, three-arm trial of autologous
/// bone-marrow MSC in progressive MS ("DEMO-MSC-PMS"), with one <see cref="ParticipantTimeline"/> per participant, and the
/// bundled copy generated from <see cref="DefaultSeed"/> with <see cref="DefaultParticipants"/> participants.
/// </summary>
/// <remarks>
/// <para><b>Not real patients.</b> The numbers are plausible, not estimates of any effect; they exist to exercise the
/// model, the calculators, the plots and the JSON format with realistic shapes (missed doses, dropouts, relapses,
/// abnormal labs, serious adverse events).</para>
/// <para><b>Design</b> (<see cref="Trial"/>): arms allocated 1:1:1 in blocks of 6 — <c>msc-iv</c> (IV 1.5 × 10^6 cells/kg,
/// capped at 150 × 10^6 cells), <c>msc-it-iv</c> (IT 1 × 10^6 cells/kg plus IV 1 × 10^6 cells/kg on the same day, as in
/// combined-route protocols) and <c>placebo</c> (IV saline plus a sham lumbar puncture); each arm is dosed at month 0 and
/// month 6 (two administrations, the second 182 ± 7 days after the first). All arms undergo bone-marrow aspiration.
/// Doses follow the per-kg regimens of Petrou 2020 / MESEMS 2021 (shared/domain/trials.md).</para>
/// <para><b>Baseline</b>: enrolment uniformly over 540 days from 2021-02-01; consent 7–42 days before enrolment; age at
/// enrolment ≈ Normal(50, 8) years limited to 25–65 (only the birth year is stored); 60% female; course 60% SPMS / 40% PPMS
/// (Lublin 2014 base course, activity and progression indeterminate at entry); weight ≈ Normal(74, 13) kg (0.1 kg), in
/// 45–130 kg; baseline EDSS drawn from 3.0–6.5 with weights favouring 5.5–6.5 (typical progressive-MS entry criteria).</para>
/// <para><b>EDSS</b>: a latent Kurtzke functional-system profile plus a Neurostatus ambulation score; the recorded EDSS is
/// always <see cref="EdssCalculator.Compute"/> of that profile, so FS grades and EDSS are consistent by construction.
/// Visits: screening (7–14 days before enrolment, the baseline) then every 91 ± 7 days to day 728 (9 visits). Between
/// visits the profile worsens one notch with probability 0.10 (placebo), 0.08 (msc-iv), 0.07 (msc-it-iv) and improves one
/// notch with probability 0.04, 0.05, 0.06. A notch is one ambulation step when ambulation is restricted (EDSS ≥ 4.5),
/// otherwise one grade of a functional system (pyramidal 50%, cerebellar 20%, sensory 15%, bowel-bladder 15%).</para>
/// <para><b>Relapses</b>: per 91-day interval with probability 0.04 (SPMS) or 0.015 (PPMS); onset uniform within the
/// interval, lasting 14–60 days; 70% confirmed; 60% steroid-treated. A relapse raises the next visit's pyramidal or
/// sensory grade by one (a transient worsening).</para>
/// <para><b>Dropout</b>: 8% of participants stop after a uniformly chosen visit (2–8); nothing is recorded after it.
/// <b>Dosing exceptions</b>: in the MSC arms 3% are "allocated but not dosed" because the product failed a release test
/// (sterility or karyotype, as in Fernández 2018) and receive no second dose; 4% of the others miss the month-6 dose
/// ("not-given": withdrew consent or an adverse event). 5% of MSC products reach only 60–90% of the target (dose adjusted);
/// the weight on the day is the baseline weight ± up to 1.5 kg; lot ids are per participant and dose.</para>
/// <para><b>Laboratory values</b> (CDISC LBTESTCD, SI units, with sex-specific LLN/ULN): ALT (U/L), AST (U/L), creatinine
/// (µmol/L), neutrophils, lymphocytes and platelets (10^9/L), haemoglobin (g/L), at screening, 7 days after each
/// administration, and at every visit. Each participant has a personal set point; values vary ±10%; after an MSC dose
/// 6% show a transient ALT rise (1.5–4 × ULN), and 3% of all draws show neutropenia (0.9–1.7 × 10^9/L).</para>
/// <para><b>Adverse events</b> (CTCAE v5.0 grade, WHO-UMC causality, ICH E2A seriousness): post-lumbar-puncture headache
/// (35% of IT or sham procedures, 0–3 days), fever (25% after IT, 8% after IV, day 0–1), back pain (10% after IT), infusion
/// reactions (5% of IV cell infusions, same day; stops the infusion in one fifth, status partial), infections (about 0.8
/// per person-year: nasopharyngitis, urinary tract infection, influenza) and serious events in about 4% of participants
/// (pneumonia, urosepsis, fall with femoral fracture: hospitalisation; aseptic meningitis after IT: hospitalisation).</para>
/// <para>Determinism: <see cref="Random"/> seeded with the seed (the seeded algorithm is stable across .NET versions);
/// normal draws use the Irwin–Hall sum of 12 uniforms (no platform-dependent log/cos); no clock, culture or hash-order
/// dependence. Regenerating with the same seed and size gives byte-identical JSON.</para>
/// </remarks>
public static class DemonstrationCohort
{
    /// <summary>The seed of the bundled cohort.</summary>
    public const int DefaultSeed = 20_261_126;

    /// <summary>The number of participants in the bundled cohort.</summary>
    public const int DefaultParticipants = 300;

    /// <summary>The synthetic trial's id.</summary>
    public const string TrialId = "DEMO-MSC-PMS";

    /// <summary>The id of the bundled cohort document.</summary>
    public const string CohortId = "DEMO-MSC-PMS-cohort";

    private const string ResourceName = "MscDomain.Samples.demonstration-cohort.json.gz";

    private static readonly Lazy<CohortDocument> Bundled = new(LoadCore);

    private static readonly Lazy<TrialDocument> TrialDoc = new(BuildTrial);

    /// <summary>The synthetic trial's design: arms, products, regimens, outcomes (no results: it is a demonstration).</summary>
    public static TrialDocument Trial => TrialDoc.Value;

    /// <summary>The bundled cohort (<see cref="DefaultSeed"/>, <see cref="DefaultParticipants"/>), read once from the embedded
    /// gzip-compressed JSON through the strict facade and cached.</summary>
    /// <returns>The cohort.</returns>
    /// <exception cref="InvalidOperationException">The resource is missing (a packaging error).</exception>
    public static CohortDocument Load() => Bundled.Value;

    /// <summary>The bundled cohort's JSON text exactly as embedded (decompressed).</summary>
    /// <returns>The JSON text (UTF-8 decoded).</returns>
    /// <exception cref="InvalidOperationException">The resource is missing (a packaging error).</exception>
    public static string ReadBundledJson()
    {
        using var stream = typeof(DemonstrationCohort).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The demonstration cohort resource '{ResourceName}' is missing.");
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>The JSON text of a cohort as bundled: the facade's serialisation with '\n' line endings and a final newline.</summary>
    /// <param name="cohort">The cohort.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="cohort"/> is null.</exception>
    public static string ToJson(CohortDocument cohort)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        return MscDomainJson.Serialize(cohort).ReplaceLineEndings("\n") + "\n";
    }

    /// <summary>Generates a synthetic cohort (see the remarks on <see cref="DemonstrationCohort"/> for every assumption).</summary>
    /// <param name="seed">Random seed; the same seed and size always give the same cohort.</param>
    /// <param name="participants">Number of participants, 1 to 100,000.</param>
    /// <returns>The cohort, participants in id order, each timeline sorted by date.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="participants"/> is outside 1–100,000.</exception>
    public static CohortDocument Generate(int seed, int participants)
    {
        if (participants is < 1 or > 100_000)
        {
            throw new ArgumentOutOfRangeException(nameof(participants), participants, $"DemonstrationCohort participants must be 1 to 100000; {participants} is not.");
        }

        var rng = new Random(seed);
        var timelines = ImmutableArray.CreateBuilder<ParticipantTimeline>(participants);
        string[] block = [];
        for (var i = 0; i < participants; i++)
        {
            if (i % 6 == 0)
            {
                block = [.. new[] { "msc-iv", "msc-iv", "msc-it-iv", "msc-it-iv", "placebo", "placebo" }.OrderBy(_ => rng.Next())];
            }

            timelines.Add(new ParticipantBuilder(rng, $"P{i + 1:D4}", block[i % 6]).Build());
        }

        return new CohortDocument(MscDomainSchemaVersion.Current, CohortId, timelines.MoveToImmutable(), TrialId,
            $"Synthetic demonstration cohort (not real patients): seed {seed.ToString(CultureInfo.InvariantCulture)}, {participants.ToString(CultureInfo.InvariantCulture)} participants; generated by MscDomain.Samples.DemonstrationCohort.");
    }

    private static CohortDocument LoadCore() => MscDomainJson.DeserializeCohort(ReadBundledJson());

    private static TrialDocument BuildTrial()
    {
        var msc = new CellProduct("bm-msc", "autologous bone-marrow MSC (synthetic)", CellProductKind.Msc, TissueSource.BoneMarrow, new RecipientDonor(),
            [new ReleaseTest(ReleaseTestKind.Sterility, TestOutcome.Pass), new ReleaseTest(ReleaseTestKind.Karyotype, TestOutcome.Pass), new ReleaseTest(ReleaseTestKind.Viability, TestOutcome.Pass)],
            Manufacture: new Manufacture(Passage: 2, Supplement: CultureSupplement.HumanPlateletLysate, Preservation: PreservationState.Cryopreserved));
        var saline = new PlaceboProduct("saline", "normal saline", "0.9% sodium chloride");
        var twice = RepeatedAdministration.Every(CalendarInterval.Months(6), 2);
        var aspiration = new TrialProcedure(ProcedureKind.BoneMarrowAspiration);
        var arms = ImmutableArray.Create(
            new Arm("msc-iv", "MSC intravenous", ArmType.Experimental,
                Regimen.Of(twice, new AdministrationComponent("bm-msc", Route.Intravenous, new PerKgDose(new CellsPerKg(1.5m), new CellsPerKg(1.5m), CountedEntity.Cells, new CellCount(150m)))),
                [aspiration]),
            new Arm("msc-it-iv", "MSC intrathecal + intravenous", ArmType.Experimental,
                Regimen.Of(twice,
                    new AdministrationComponent("bm-msc", Route.Intrathecal, PerKgDose.Single(1m)),
                    new AdministrationComponent("bm-msc", Route.Intravenous, PerKgDose.Single(1m))),
                [aspiration, new TrialProcedure(ProcedureKind.LumbarPuncture)]),
            new Arm("placebo", "Placebo (saline IV, sham LP)", ArmType.PlaceboComparator,
                Regimen.Of(twice, new AdministrationComponent("saline", Route.Intravenous, new VolumeDose(new VolumeMl(100m)))),
                [aspiration, new TrialProcedure(ProcedureKind.ShamLumbarPuncture)]));
        var outcomes = ImmutableArray.Create(
            new OutcomeDefinition("cdw-24w", "24-week confirmed disability worsening", OutcomeRole.Primary, OutcomeMeasure.Edss, OutcomeDirection.Worsening, [],
                [new ThresholdBand(null, 5.5m, 1.0m), new ThresholdBand(6.0m, null, 0.5m)], ThresholdKind.Absolute, null, false, CalendarInterval.Weeks(24), CalendarInterval.Years(2)),
            new OutcomeDefinition("relapses", "Annualised relapse rate", OutcomeRole.Secondary, OutcomeMeasure.Relapses, OutcomeDirection.Occurrence, [], [], TimeFrame: CalendarInterval.Years(2)),
            new OutcomeDefinition("safety", "Treatment-emergent adverse events", OutcomeRole.Safety, OutcomeMeasure.Other, OutcomeDirection.Occurrence, [], [], TimeFrame: CalendarInterval.Years(2)));
        var design = new TrialDesign([TrialPhase.Phase2], Allocation.Randomized, InterventionModel.Parallel, Masking.Double,
            [MaskedRole.Participant, MaskedRole.CareProvider, MaskedRole.Investigator, MaskedRole.OutcomesAssessor], [], [], [],
            ["block randomisation, blocks of 6"], null, CalendarInterval.Years(2));
        return new TrialDocument(MscDomainSchemaVersion.Current, TrialId, "Synthetic demonstration trial: autologous MSC in progressive MS (not a real study)",
            [new Citation("Synthetic data generated by MscDomain.Samples.DemonstrationCohort; not a publication")], [], design, [msc], [saline], arms, outcomes, [], [],
            [new AeCollectionWindow(AeWindowAnchor.FirstDose, CalendarInterval.Years(2), "treatment-emergent AEs")],
            [],
            new EligibilityCriteria([BaseCourse.SecondaryProgressive, BaseCourse.PrimaryProgressive], new EdssScore(3.0m), new EdssScore(6.5m), 25, 65),
            new ArmCounts(Randomized: DefaultParticipants));
    }

    /// <summary>Builds one participant's timeline; all randomness flows from the shared generator in a fixed order.</summary>
    private sealed class ParticipantBuilder(Random rng, string id, string arm)
    {
        private static readonly LocalDate FirstEnrolment = new(2021, 2, 1);
        private static readonly decimal[] BaselineEdss = [3.0m, 3.5m, 4.0m, 4.5m, 5.0m, 5.5m, 6.0m, 6.5m];
        private static readonly int[] BaselineEdssWeights = [6, 7, 9, 10, 12, 18, 20, 18];

        private readonly List<Administration> administrations = [];
        private readonly List<Observation> observations = [];
        private readonly List<Relapse> relapses = [];
        private readonly List<LabMeasurement> labs = [];
        private readonly List<AdverseEvent> events = [];
        private readonly int[] fs = new int[7]; // pyramidal, cerebellar, brainstem, sensory, bowel-bladder, visual, cerebral
        private int ambulation;
        private bool female;
        private decimal weightKg;
        private LocalDate enrolment;
        private LocalDate lastDay;
        private int aeCount;

        private bool IsMsc => arm != "placebo";

        private bool HasLumbarPuncture => arm != "msc-iv";

        public ParticipantTimeline Build()
        {
            enrolment = FirstEnrolment.PlusDays(rng.Next(540));
            var consent = enrolment.PlusDays(-rng.Next(7, 43));
            var age = (int)Math.Clamp(Math.Round(Normal(50, 8)), 25, 65);
            var birthYear = enrolment.Year - age;
            female = rng.NextDouble() < 0.60;
            var spms = rng.NextDouble() < 0.60;
            weightKg = decimal.Round((decimal)Math.Clamp(Normal(74, 13), 45, 130), 1);
            var course = DiseaseCourse.Unassessed(spms ? BaseCourse.SecondaryProgressive : BaseCourse.PrimaryProgressive, spms ? "SPMS" : "PPMS");
            var dropAfterVisit = rng.NextDouble() < 0.08 ? rng.Next(2, 9) : int.MaxValue;

            // Baseline (screening) visit and labs.
            var screening = enrolment.PlusDays(-rng.Next(7, 15));
            InitialProfile(BaselineEdss[Weighted(BaselineEdssWeights)]);
            var baselineEdss = RecordEdss(screening);
            var labPoint = LabSetPoint();
            DrawLabs(screening, labPoint, afterMscDose: false);

            // Dosing.
            var firstDose = enrolment;
            var secondDose = enrolment.PlusDays(182 + rng.Next(-7, 8));
            var notDosed = IsMsc && rng.NextDouble() < 0.03;
            var missSecond = !notDosed && rng.NextDouble() < 0.04;
            if (notDosed)
            {
                var failed = rng.NextDouble() < 0.5 ? ReleaseTestKind.Sterility : ReleaseTestKind.Karyotype;
                administrations.Add(new Administration(firstDose, AdministrationStatus.AllocatedNotDosed, [], PlannedNumber: 1,
                    Reason: "product failed release testing", FailedReleaseTest: failed));
            }
            else
            {
                Dose(firstDose, 1, labPoint);
            }

            // Visits every 91 +/- 7 days; the second dose falls between visits 2 and 3.
            var secondDone = notDosed;
            for (var visit = 1; visit <= 8; visit++)
            {
                var date = enrolment.PlusDays((91 * visit) + rng.Next(-7, 8));
                var intervalStart = enrolment.PlusDays(91 * (visit - 1));
                if (!secondDone && secondDose <= date)
                {
                    secondDone = true;
                    if (missSecond)
                    {
                        administrations.Add(new Administration(secondDose, AdministrationStatus.NotGiven, [], PlannedNumber: 2,
                            Reason: rng.NextDouble() < 0.5 ? "participant withdrew consent for further dosing" : "adverse event"));
                    }
                    else
                    {
                        Dose(secondDose, 2, labPoint);
                    }
                }

                var relapseBump = MaybeRelapse(intervalStart, spms);
                Infections(intervalStart, 91);
                Progress();
                if (relapseBump)
                {
                    var sys = rng.NextDouble() < 0.5 ? 0 : 3;
                    fs[sys] = Math.Min(fs[sys] + 1, sys == 0 ? 5 : 4);
                }

                RecordEdss(date);
                if (relapseBump)
                {
                    // Transient: the relapse-related grade recovers after the visit.
                    var sys = fs[0] > 0 && rng.NextDouble() < 0.5 ? 0 : 3;
                    fs[sys] = Math.Max(fs[sys] - 1, 0);
                }

                DrawLabs(date, labPoint, afterMscDose: false);
                lastDay = date;
                if (visit >= dropAfterVisit)
                {
                    break;
                }
            }

            MaybeSerious();
            var baseline = new ParticipantBaseline(new PartialDate(birthYear), female ? Sex.Female : Sex.Male, enrolment, consent, course, baselineEdss, new WeightKg(weightKg));
            var timeline = new ParticipantTimeline(MscDomainSchemaVersion.Current, id, baseline, [.. administrations], [.. observations], [.. relapses], [.. labs],
                [.. events], TrialId, arm);
            return timeline.Sorted();
        }

        private void Dose(LocalDate date, int number, (decimal Alt, decimal Ast, decimal Creat, decimal Neut, decimal Lym, decimal Hgb, decimal Plat) labPoint)
        {
            var weight = new WeightKg(decimal.Round(weightKg + ((decimal)rng.NextDouble() * 3m) - 1.5m, 1));
            var time = new LocalTime(9 + rng.Next(5), 15 * rng.Next(4));
            var components = new List<GivenComponent>();
            var status = AdministrationStatus.Completed;
            var infusionReaction = false;
            if (arm == "placebo")
            {
                components.Add(new GivenComponent("saline", Route.Intravenous, VolumeGiven: new VolumeMl(100m), LotId: $"SAL-{date.Year}-{rng.Next(1, 40):D3}"));
                Procedural(date, lumbarPuncture: true, intrathecalCells: false, ivCells: false);
            }
            else
            {
                var shortfall = rng.NextDouble() < 0.05;
                var yield = shortfall ? 0.60m + (decimal.Round((decimal)rng.NextDouble() * 0.30m, 2)) : 1m;
                var lot = $"MSC-{id}-{number}";
                infusionReaction = rng.NextDouble() < 0.05;
                var stopped = infusionReaction && rng.NextDouble() < 0.2;
                if (arm == "msc-iv")
                {
                    var perKg = 1.5m * yield * (stopped ? 0.5m : 1m);
                    var cells = Math.Min(decimal.Round(perKg * weight.Kilograms, 1), 150m);
                    components.Add(new GivenComponent("bm-msc", Route.Intravenous, new CellCount(cells), new CellsPerKg(decimal.Round(cells / weight.Kilograms, 2)), new VolumeMl(100m), lot, shortfall));
                }
                else
                {
                    var it = decimal.Round(1m * yield * weight.Kilograms, 1);
                    components.Add(new GivenComponent("bm-msc", Route.Intrathecal, new CellCount(it), new CellsPerKg(decimal.Round(it / weight.Kilograms, 2)), new VolumeMl(5m), lot, shortfall));
                    var iv = decimal.Round(1m * yield * (stopped ? 0.5m : 1m) * weight.Kilograms, 1);
                    components.Add(new GivenComponent("bm-msc", Route.Intravenous, new CellCount(iv), new CellsPerKg(decimal.Round(iv / weight.Kilograms, 2)), new VolumeMl(100m), lot, shortfall));
                }

                status = stopped ? AdministrationStatus.Partial : AdministrationStatus.Completed;
                Procedural(date, HasLumbarPuncture, HasLumbarPuncture, ivCells: true);
                if (infusionReaction)
                {
                    AddEvent("Infusion related reaction", date, rng.Next(0, 2), stopped ? 2 : 1, CausalityCategory.Probable, ae: stopped ? AdverseEventAction.DrugInterrupted : AdverseEventAction.DoseNotChanged);
                }
            }

            administrations.Add(new Administration(date, status, [.. components], time, weight, number,
                Reason: status == AdministrationStatus.Partial ? "infusion stopped after an infusion reaction" : null));
            DrawLabs(date.PlusDays(7), labPoint, afterMscDose: IsMsc);
        }

        private void Procedural(LocalDate date, bool lumbarPuncture, bool intrathecalCells, bool ivCells)
        {
            if (lumbarPuncture && rng.NextDouble() < 0.35)
            {
                AddEvent("Post lumbar puncture headache", date.PlusDays(rng.Next(0, 4)), rng.Next(1, 6), rng.NextDouble() < 0.85 ? 1 : 2, CausalityCategory.Probable, meddra: "Post lumbar puncture syndrome");
            }

            var feverP = intrathecalCells ? 0.25 : ivCells ? 0.08 : 0.03;
            if (rng.NextDouble() < feverP)
            {
                AddEvent("Fever", date.PlusDays(rng.Next(0, 2)), rng.Next(1, 3), 1, intrathecalCells ? CausalityCategory.Probable : CausalityCategory.Possible, meddra: "Pyrexia");
            }

            if (intrathecalCells && rng.NextDouble() < 0.10)
            {
                AddEvent("Back pain", date.PlusDays(rng.Next(0, 3)), rng.Next(2, 10), 1, CausalityCategory.Possible);
            }
        }

        private void Infections(LocalDate start, int days)
        {
            // About 0.8 infections per person-year: 0.2 per 91-day interval.
            if (rng.NextDouble() < 0.2)
            {
                var roll = rng.NextDouble();
                var (term, pt) = roll < 0.55 ? ("Common cold", "Nasopharyngitis") : roll < 0.85 ? ("Urinary tract infection", "Urinary tract infection") : ("Influenza", "Influenza");
                AddEvent(term, start.PlusDays(rng.Next(days)), rng.Next(4, 15), rng.NextDouble() < 0.8 ? 1 : 2, CausalityCategory.Unlikely, meddra: pt);
            }
        }

        private void MaybeSerious()
        {
            if (rng.NextDouble() >= 0.04)
            {
                return;
            }

            var span = Math.Max(1, Period.Between(enrolment, lastDay < enrolment ? enrolment : lastDay, PeriodUnits.Days).Days);
            var onset = enrolment.PlusDays(rng.Next(1, span + 1));
            var roll = rng.NextDouble();
            if (HasLumbarPuncture && IsMsc && roll < 0.25)
            {
                var dosed = administrations.Where(a => a.WasDosed).Select(a => a.Date).DefaultIfEmpty(enrolment).Last();
                // Hospitalisation only: a combined [Flags] value (hospitalisation + important medical event) cannot be
                // written by the strict enum converter at present (reported as a bug).
                AddEvent("Aseptic meningitis", dosed.PlusDays(1), rng.Next(5, 12), 3, CausalityCategory.Probable, SeriousnessCriteria.Hospitalisation);
            }
            else if (roll < 0.55)
            {
                AddEvent("Pneumonia", onset, rng.Next(7, 21), 3, CausalityCategory.Unlikely, SeriousnessCriteria.Hospitalisation);
            }
            else if (roll < 0.8)
            {
                AddEvent("Urosepsis", onset, rng.Next(7, 21), 3, CausalityCategory.Unlikely, SeriousnessCriteria.Hospitalisation, meddra: "Urosepsis");
            }
            else
            {
                AddEvent("Fall with femoral neck fracture", onset, rng.Next(30, 90), 3, CausalityCategory.NotRelated, SeriousnessCriteria.Hospitalisation, meddra: "Femoral neck fracture");
            }
        }

        private void AddEvent(string term, LocalDate onset, int days, int grade, CausalityCategory causality,
            SeriousnessCriteria serious = SeriousnessCriteria.None, string? meddra = null, AdverseEventAction ae = AdverseEventAction.NotApplicable)
        {
            aeCount++;
            var end = onset.PlusDays(days);
            events.Add(new AdverseEvent($"{id}-AE{aeCount:D2}", term, new MeddraCoding(meddra ?? term), onset, null, null, end,
                new AdverseEventSeverity(grade, CtcaeVersion.V5_0), serious, serious != SeriousnessCriteria.None,
                AdverseEventOutcome.Recovered, new CausalityAssessment(causality, "WHO-UMC"), null, null,
                serious != SeriousnessCriteria.None ? onset.PlusDays(1) : null, null, ae));
        }

        private bool MaybeRelapse(LocalDate intervalStart, bool spms)
        {
            if (rng.NextDouble() >= (spms ? 0.04 : 0.015))
            {
                return false;
            }

            var onset = intervalStart.PlusDays(rng.Next(0, 80));
            relapses.Add(new Relapse(onset, onset.PlusDays(rng.Next(14, 61)), rng.NextDouble() < 0.7, rng.NextDouble() < 0.6));
            return true;
        }

        private void InitialProfile(decimal target)
        {
            // Rejection sampling over plausible profiles until the calculator gives the target step.
            for (var attempt = 0; attempt < 500; attempt++)
            {
                fs[0] = rng.Next(2, 5);
                fs[1] = rng.Next(0, 3);
                fs[2] = rng.Next(0, 2);
                fs[3] = rng.Next(0, 3);
                fs[4] = rng.Next(0, 3);
                fs[5] = rng.Next(0, 2);
                fs[6] = rng.Next(0, 2);
                ambulation = target switch
                {
                    <= 4.0m => rng.Next(0, 2),
                    4.5m => 2,
                    5.0m => 3,
                    5.5m => 4,
                    6.0m => rng.Next(5, 8),
                    _ => rng.Next(8, 10),
                };
                if (Edss().Value == target)
                {
                    return;
                }
            }

            // Fallback: keep the last profile; its EDSS is recorded as computed (always consistent).
        }

        private void Progress()
        {
            var worsen = arm switch { "placebo" => 0.10, "msc-iv" => 0.08, _ => 0.07 };
            var improve = arm switch { "placebo" => 0.04, "msc-iv" => 0.05, _ => 0.06 };
            var roll = rng.NextDouble();
            var direction = roll < worsen ? 1 : roll < worsen + improve ? -1 : 0;
            if (direction == 0)
            {
                return;
            }

            if (ambulation >= 2 || (direction > 0 && Edss().Value >= 4.0m))
            {
                ambulation = Math.Clamp(ambulation + direction, 0, 11);
                return;
            }

            var pick = rng.NextDouble();
            var sys = pick < 0.5 ? 0 : pick < 0.7 ? 1 : pick < 0.85 ? 3 : 4;
            var max = sys is 1 ? 5 : 6;
            fs[sys] = Math.Clamp(fs[sys] + direction, 0, max);
        }

        private EdssScore Edss() => EdssCalculator.Compute(new FunctionalSystemScores(fs[0], fs[1], fs[2], fs[3], fs[4], fs[5], fs[6]), new AmbulationScore(ambulation));

        private EdssScore RecordEdss(LocalDate date)
        {
            var score = Edss();
            observations.Add(new EdssObservation(date, score,
            [
                new FunctionalSystemScore(OutcomeSystem.Pyramidal, fs[0]),
                new FunctionalSystemScore(OutcomeSystem.Cerebellar, fs[1]),
                new FunctionalSystemScore(OutcomeSystem.Brainstem, fs[2]),
                new FunctionalSystemScore(OutcomeSystem.Sensory, fs[3]),
                new FunctionalSystemScore(OutcomeSystem.BowelBladder, fs[4]),
                new FunctionalSystemScore(OutcomeSystem.Visual, fs[5]),
                new FunctionalSystemScore(OutcomeSystem.Cerebral, fs[6]),
            ], ambulation));
            return score;
        }

        private (decimal Alt, decimal Ast, decimal Creat, decimal Neut, decimal Lym, decimal Hgb, decimal Plat) LabSetPoint() =>
            (Around(22, 6), Around(23, 5), female ? Around(68, 10) : Around(85, 12), Around(4.0, 0.9), Around(1.9, 0.4),
             female ? Around(135, 8) : Around(150, 9), Around(250, 45));

        private void DrawLabs(LocalDate date, (decimal Alt, decimal Ast, decimal Creat, decimal Neut, decimal Lym, decimal Hgb, decimal Plat) p, bool afterMscDose)
        {
            var altUln = female ? 33m : 41m;
            var alt = afterMscDose && rng.NextDouble() < 0.06 ? decimal.Round(altUln * (1.5m + ((decimal)rng.NextDouble() * 2.5m))) : Vary(p.Alt, 0);
            var neut = rng.NextDouble() < 0.03 ? decimal.Round(0.9m + ((decimal)rng.NextDouble() * 0.8m), 2) : Vary(p.Neut, 2);
            labs.Add(new LabMeasurement("ALT", alt, "U/L", date, null, altUln, "serum"));
            labs.Add(new LabMeasurement("AST", Vary(p.Ast, 0), "U/L", date, null, female ? 32m : 40m, "serum"));
            labs.Add(new LabMeasurement("CREAT", Vary(p.Creat, 0), "umol/L", date, female ? 45m : 62m, female ? 90m : 106m, "serum"));
            labs.Add(new LabMeasurement("NEUT", neut, "10^9/L", date, 1.8m, 7.5m, "blood"));
            labs.Add(new LabMeasurement("LYM", Vary(p.Lym, 2), "10^9/L", date, 1.0m, 4.0m, "blood"));
            labs.Add(new LabMeasurement("HGB", Vary(p.Hgb, 0), "g/L", date, female ? 120m : 130m, female ? 150m : 170m, "blood"));
            labs.Add(new LabMeasurement("PLAT", Vary(p.Plat, 0), "10^9/L", date, 150m, 400m, "blood"));
        }

        private decimal Around(double mean, double sd) => (decimal)Math.Max(mean * 0.3, Normal(mean, sd));

        private decimal Vary(decimal setPoint, int decimals) => decimal.Round(setPoint * (0.9m + ((decimal)rng.NextDouble() * 0.2m)), decimals);

        private double Normal(double mean, double sd)
        {
            // Irwin-Hall: the sum of 12 uniforms minus 6 is approximately standard normal and uses only additions, so the
            // result does not depend on the platform's log/cos implementations.
            var sum = 0.0;
            for (var k = 0; k < 12; k++)
            {
                sum += rng.NextDouble();
            }

            return mean + (sd * (sum - 6.0));
        }

        private int Weighted(int[] weights)
        {
            var roll = rng.Next(weights.Sum());
            for (var i = 0; i < weights.Length; i++)
            {
                roll -= weights[i];
                if (roll < 0)
                {
                    return i;
                }
            }

            return weights.Length - 1;
        }
    }
}
