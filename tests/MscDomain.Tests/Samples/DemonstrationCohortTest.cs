using System.IO.Compression;
using System.Text;
using MscDomain.Disability;
using MscDomain.Dosing;
using MscDomain.Outcomes;
using MscDomain.Samples;
using MscDomain.Serialization;
using MscDomain.Tests.Trials;
using MscDomain.Trials;
using OutcomeSystem = MscDomain.Outcomes.FunctionalSystem;

namespace MscDomain.Tests.Samples;

/// <summary>
/// The bundled demonstration cohort is exactly what the documented seed generates (golden), loads through the strict
/// facade, and every generated cohort keeps the documented invariants.
/// To regenerate after a deliberate change: UPDATE_GOLDEN=1 dotnet test tests/MscDomain.Tests --filter "FullyQualifiedName~DemonstrationCohortTest"
/// (then rebuild so the new file is embedded).
/// </summary>
public sealed class DemonstrationCohortTest
{
    private static string GoldenPath => Path.Combine(PublishedTrialsTest.RepoRoot(), "samples", "data", "cohort", "demonstration-cohort.json.gz");

    private static readonly Lazy<string> Regenerated = new(() =>
        DemonstrationCohort.ToJson(DemonstrationCohort.Generate(DemonstrationCohort.DefaultSeed, DemonstrationCohort.DefaultParticipants)));

    private static string Decompress(byte[] gz)
    {
        using var gzip = new GZipStream(new MemoryStream(gz), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    [Fact]
    public void Golden_the_checked_in_and_embedded_cohort_is_byte_identical_to_the_documented_seed()
    {
        var json = Regenerated.Value;
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            using var file = File.Create(GoldenPath);
            using var gzip = new GZipStream(file, CompressionLevel.SmallestSize);
            gzip.Write(Encoding.UTF8.GetBytes(json));
        }

        var checkedIn = Decompress(File.ReadAllBytes(GoldenPath));
        (checkedIn == json).Should().BeTrue("samples/data/cohort/demonstration-cohort.json.gz must be regenerated (UPDATE_GOLDEN=1) after a generator change");
        (DemonstrationCohort.ReadBundledJson() == json).Should().BeTrue("the embedded resource must equal the regenerated cohort (rebuild after regenerating)");
    }

    [Fact]
    public void Load_returns_300_participants_100_per_arm_with_the_documented_ids()
    {
        var cohort = DemonstrationCohort.Load();
        cohort.Id.Should().Be(DemonstrationCohort.CohortId);
        cohort.TrialId.Should().Be("DEMO-MSC-PMS");
        cohort.Participants.Should().HaveCount(300);
        cohort.Participants.GroupBy(p => p.ArmId).Should().OnlyContain(g => g.Count() == 100, "blocks of 6 allocate 1:1:1 exactly over 300");
        cohort.Participants[0].ParticipantId.Should().Be("P0001");
        cohort.Participants[^1].ParticipantId.Should().Be("P0300");
    }

    [Fact]
    public void The_bundled_cohort_has_the_documented_exceptions_and_events()
    {
        var ps = DemonstrationCohort.Load().Participants;
        ps.SelectMany(p => p.Administrations).Should().Contain(a => a.Status == AdministrationStatus.AllocatedNotDosed && a.FailedReleaseTest != null);
        ps.SelectMany(p => p.Administrations).Should().Contain(a => a.Status == AdministrationStatus.NotGiven);
        ps.SelectMany(p => p.AdverseEvents).Should().Contain(e => e.IsSerious);
        ps.SelectMany(p => p.AdverseEvents).Should().Contain(e => e.VerbatimTerm == "Post lumbar puncture headache");
        ps.Should().Contain(p => p.Relapses.Length > 0);
        ps.Should().Contain(p => p.Observations.Length < 9, "about 8% drop out");
        ps.SelectMany(p => p.LabMeasurements).Should().Contain(l => l.AnalyteCode == "ALT" && l.Value > l.UpperLimitOfNormal);
        ps.SelectMany(p => p.LabMeasurements).Should().Contain(l => l.AnalyteCode == "NEUT" && l.Value < l.LowerLimitOfNormal);
    }

    [Fact]
    public void The_trial_design_has_three_arms_dosed_at_month_0_and_6()
    {
        var t = DemonstrationCohort.Trial;
        t.Arms.Select(a => a.Id).Should().Equal("msc-iv", "msc-it-iv", "placebo");
        t.Arm("msc-it-iv").Regimen!.Phases[0].Components.Select(c => c.Route).Should().Equal(Route.Intrathecal, Route.Intravenous);
        t.Arm("msc-iv").Regimen!.Phases[0].Schedule.Should().Be(RepeatedAdministration.Every(CalendarInterval.Months(6), 2));
        MscDomainJson.DeserializeTrial(MscDomainJson.Serialize(t)).Id.Should().Be(t.Id);
    }

    [Fact]
    public void Same_seed_gives_the_same_cohort_and_another_seed_another()
    {
        var a = DemonstrationCohort.ToJson(DemonstrationCohort.Generate(7, 12));
        DemonstrationCohort.ToJson(DemonstrationCohort.Generate(7, 12)).Should().Be(a);
        DemonstrationCohort.ToJson(DemonstrationCohort.Generate(8, 12)).Should().NotBe(a);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(100_001)]
    public void Participant_count_outside_1_to_100000_is_rejected(int n)
    {
        var act = () => DemonstrationCohort.Generate(1, n);
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("participants").WithMessage($"*{n}*");
    }

    [Fact]
    public void Participant_count_boundaries_1_and_100000_are_accepted()
    {
        DemonstrationCohort.Generate(1, 1).Participants.Should().HaveCount(1);
    }

    private static void CheckInvariants(ParticipantTimeline p)
    {
        var edss = p.Observations.OfType<EdssObservation>().ToList();
        edss.Should().NotBeEmpty();
        p.Baseline.BaselineEdss.Should().Be(edss[0].Score, "the screening visit is the baseline");
        edss[0].Score.Value.Should().BeInRange(3.0m, 6.5m, "entry criterion EDSS 3.0–6.5");
        edss.Count.Should().BeLessThanOrEqualTo(9);
        foreach (var o in edss)
        {
            int G(OutcomeSystem s) => o.FunctionalSystems.Single(f => f.System == s).Grade;
            var computed = EdssCalculator.Compute(
                new FunctionalSystemScores(G(OutcomeSystem.Pyramidal), G(OutcomeSystem.Cerebellar), G(OutcomeSystem.Brainstem), G(OutcomeSystem.Sensory),
                    G(OutcomeSystem.BowelBladder), G(OutcomeSystem.Visual), G(OutcomeSystem.Cerebral)),
                new AmbulationScore(o.AmbulationScore!.Value));
            o.Score.Should().Be(computed, $"{p.ParticipantId} {o.Date}: the EDSS must follow from its FS grades and ambulation");
        }

        p.IsSorted.Should().BeTrue();
        var age = p.Baseline.AgeYearsOn(p.Baseline.EnrolmentDate);
        age.Maximum.Should().BeInRange(25, 66);
        p.Administrations.Should().NotBeEmpty().And.HaveCountLessThanOrEqualTo(2);
        p.Administrations[0].Date.Should().Be(p.Baseline.EnrolmentDate, "the first dose is on the day of enrolment");
        var given = p.Administrations.SelectMany(a => a.Components).ToList();
        if (p.ArmId == "placebo")
        {
            given.Where(c => c.ProductId != "saline" || c.Route != Route.Intravenous).Should().BeEmpty();
        }
        else
        {
            given.Where(c => c.ProductId != "bm-msc" || c.DoseGiven == null || c.LotId == null).Should().BeEmpty();
            if (p.ArmId == "msc-iv")
            {
                given.Where(c => c.Route != Route.Intravenous || c.DoseGiven!.Value.Millions > 150m).Should().BeEmpty("the IV arm is capped at 150 × 10^6 cells");
            }
        }

        foreach (var a in p.Administrations.Where(a => a.WasDosed))
        {
            a.WeightOnDay.Should().NotBeNull();
            Math.Abs(a.WeightOnDay!.Value.Kilograms - p.Baseline.Weight!.Value.Kilograms).Should().BeLessThanOrEqualTo(1.5m);
        }

        p.Administrations.Where(a => a.Status == AdministrationStatus.AllocatedNotDosed && a.FailedReleaseTest == null).Should().BeEmpty("not dosed because a release test failed");
        p.AdverseEvents.Where(e => e.OnsetDate == null || !(e.EndDate >= e.OnsetDate) || e.Severity == null).Should().BeEmpty();
        p.AdverseEvents.Where(e => e.IsSerious && e.RecordedSerious != true).Should().BeEmpty();
        p.LabMeasurements.Should().OnlyContain(l => l.Value > 0m && (l.LowerLimitOfNormal != null || l.UpperLimitOfNormal != null));
    }

    [Fact]
    public void Every_bundled_participant_keeps_the_invariants()
    {
        foreach (var p in DemonstrationCohort.Load().Participants)
        {
            CheckInvariants(p);
        }
    }

    [FsCheck.Xunit.Property(MaxTest = 25)]
    public void Any_seed_keeps_the_invariants_and_round_trips(int seed)
    {
        {
            var cohort = DemonstrationCohort.Generate(seed, 12);
            foreach (var p in cohort.Participants)
            {
                CheckInvariants(p);
            }

            var json = DemonstrationCohort.ToJson(cohort);
            DemonstrationCohort.ToJson(MscDomainJson.DeserializeCohort(json)).Should().Be(json);
        }
    }
}
