using MscDomain.Disease;
using MscDomain.Dosing;
using MscDomain.Outcomes;
using MscDomain.Serialization;
using MscDomain.Tests.Trials;
using MscDomain.Trials;
using NodaTime;
using MscDomain.Common;
using MscDomain.AdverseEvents;

namespace MscDomain.Tests.Tabular.Timelines;

/// <summary>Hand-built cohorts and a temporary directory for the timeline CSV tests.</summary>
internal sealed class TimelineCsvFixtures : IDisposable
{
    public TimelineCsvFixtures()
    {
        Dir = Path.Combine(Path.GetTempPath(), "mscdomain-timelines-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Dir);
    }

    public string Dir { get; }

    public string Write(string name, string content)
    {
        var p = Path.Combine(Dir, name);
        File.WriteAllText(p, content.Replace("\r\n", "\n", StringComparison.Ordinal));
        return p;
    }

    /// <summary>A participant exercising the awkward cases: same-day assessments out of column order, lateralised and
    /// non-catalogue-unit tests, measure "other", two-component administration, partial onset, seriousness flags.</summary>
    public static ParticipantTimeline Awkward()
    {
        var d1 = new LocalDate(2021, 1, 10);
        var d2 = new LocalDate(2021, 7, 10);
        return new ParticipantTimeline(
            MscDomainSchemaVersion.Current, "P-002",
            new ParticipantBaseline(new PartialDate(1982, 6), Sex.Male, new LocalDate(2021, 1, 5), Course: DiseaseCourse.Unassessed(BaseCourse.PrimaryProgressive)),
            [
                new Administration(new LocalDate(2021, 1, 12), AdministrationStatus.Partial,
                    [new GivenComponent("msc-iv", Route.Intravenous, DosePerKgGiven: new CellsPerKg(1.50m), DoseAdjusted: true),
                     new GivenComponent("msc-it", Route.Intrathecal, new CellCount(10m), VolumeGiven: new VolumeMl(2.5m), LotId: "L, \"quoted\"")]),
                new Administration(new LocalDate(2021, 2, 12), AdministrationStatus.Planned, [], PlannedNumber: 2),
            ],
            [
                new MeasureObservation(d1, OutcomeMeasure.Sdmt, 48m, "{correct}"),
                new EdssObservation(d1, new EdssScore(4.0m), [new FunctionalSystemScore(FunctionalSystem.Visual, 1), new FunctionalSystemScore(FunctionalSystem.Cerebral, 2)]),
                new MeasureObservation(d1, OutcomeMeasure.NineHolePegTest, 21.3m, "s", Laterality.DominantHand),
                new MeasureObservation(d1, OutcomeMeasure.NineHolePegTest, 23.9m, "s", Laterality.NonDominantHand),
                new MeasureObservation(d1, OutcomeMeasure.TimedTwentyFiveFootWalk, 6.10m, "s"),
                new MeasureObservation(d2, OutcomeMeasure.SerumNfl, 12.4m, "pg/mL"),
                new MeasureObservation(d2, OutcomeMeasure.Other, 3m, "{score}", Name: "fatigue scale"),
                new EdssObservation(d2, new EdssScore(4.5m), []),
            ],
            [new Relapse(new LocalDate(2021, 3, 1), Description: "optic neuritis, left")],
            [new LabMeasurement("NEUT", 1.2m, "10^9/L", d1), new LabMeasurement("ALT", 80m, "U/L", d1, UpperLimitOfNormal: 40m)],
            [new AdverseEvent("ae-9", "fever", new MeddraCoding("Pyrexia", 10037660, version: "26.0"), partialOnset: new PartialDate(2021, 1),
                severity: new AdverseEventSeverity(2, CtcaeVersion.V5_0), seriousnessCriteria: SeriousnessCriteria.Hospitalisation | SeriousnessCriteria.ImportantMedicalEvent,
                outcome: AdverseEventOutcome.Recovered, expectedness: Expectedness.UnexpectedByType, actionTaken: AdverseEventAction.DoseNotChanged),
             new AdverseEvent("ae-10", "headache", onsetDate: d1, onsetTime: d1.At(new LocalTime(14, 5)), endDate: d2, recordedSerious: false)],
            ArmId: "msc");
    }

    public static CohortDocument Cohort() =>
        new(MscDomainSchemaVersion.Current, "hand-built", [SampleDocuments.Timeline(), Awkward()], "PETROU-2020", "two participants, every CSV column used");

    public void Dispose()
    {
        try
        {
            Directory.Delete(Dir, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
