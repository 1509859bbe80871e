using MscDomain.Dosing;
using MscDomain.Outcomes;
using MscDomain.Trials;
using static MscDomain.Tabular.Timelines.TimelineCsvText;
using MscDomain.Common;
using MscDomain.AdverseEvents;

namespace MscDomain.Tabular.Timelines;

/// <summary>
/// Writes participant timelines (or a cohort) to the CSV layout read by <see cref="TimelineCsvReader"/>, so that
/// export then import gives back the same timelines.
/// </summary>
/// <remarks>
/// <para>Visits: consecutive same-day assessments share a row while they fit its columns in the reader's order (EDSS,
/// T25FW, 9HPT, SDMT, generic measure); any other sequence starts a new row, so the order of
/// <see cref="ParticipantTimeline.Observations"/> is kept. T25FW/9HPT/SDMT go to their own columns only with the
/// catalogue unit and without laterality or name; otherwise to the generic columns.</para>
/// <para>Functional-system grades are written in columns in Neurostatus order (pyramidal, cerebellar, brainstem,
/// sensory, bowel/bladder, visual, cerebral); when an assessment lists them in another order, the <c>fs_order</c>
/// column records it, so the order comes back too.</para>
/// <para>Files are written atomically (temporary file, then move); empty optional files are still written with their header.</para>
/// </remarks>
public static class TimelineCsvWriter
{
    private static readonly string[] ParticipantFixed = ["trial_id", "sequence", "consent_date", "activity", "progression", "course_assessed_on", "course_lookback_months", "course_label", "course_criteria", "baseline_edss", "weight_kg"];

    /// <summary>Writes <paramref name="cohort"/> to <paramref name="directory"/> (created if needed) as <c>cohort.csv</c>, <c>participants.csv</c>, <c>visits.csv</c>, <c>relapses.csv</c>, <c>administrations.csv</c> and <c>labs.csv</c>.</summary>
    /// <param name="cohort">The cohort.</param>
    /// <param name="directory">The output directory.</param>
    /// <param name="columns">Column names; <see cref="TimelineCsvColumns.Default"/> when null.</param>
    /// <returns>The files written.</returns>
    /// <exception cref="IOException">A file cannot be written.</exception>
    public static TimelineCsvFiles WriteCohort(CohortDocument cohort, string directory, TimelineCsvColumns? columns = null)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        var files = WriteTimelines(cohort.Participants, directory, columns);
        var path = Path.Combine(directory, TimelineCsvFiles.CohortFileName);
        CsvRowWriter.WriteFile(path, ["id", "trial_id", "description"], [[cohort.Id, cohort.TrialId, cohort.Description]]);
        return files with { Cohort = path };
    }

    /// <summary>Writes <paramref name="timelines"/> to <paramref name="directory"/> (created if needed), all files but <c>cohort.csv</c>.</summary>
    /// <param name="timelines">The timelines.</param>
    /// <param name="directory">The output directory.</param>
    /// <param name="columns">Column names; <see cref="TimelineCsvColumns.Default"/> when null.</param>
    /// <returns>The files written.</returns>
    /// <exception cref="IOException">A file cannot be written.</exception>
    public static TimelineCsvFiles WriteTimelines(IReadOnlyList<ParticipantTimeline> timelines, string directory, TimelineCsvColumns? columns = null)
    {
        ArgumentNullException.ThrowIfNull(timelines);
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        var c = columns ?? TimelineCsvColumns.Default;
        Directory.CreateDirectory(directory);
        var files = new TimelineCsvFiles(
            Path.Combine(directory, TimelineCsvFiles.ParticipantsFileName),
            Path.Combine(directory, TimelineCsvFiles.VisitsFileName),
            Path.Combine(directory, TimelineCsvFiles.RelapsesFileName),
            Path.Combine(directory, TimelineCsvFiles.AdministrationsFileName),
            Path.Combine(directory, TimelineCsvFiles.LabsFileName),
            AdverseEvents: Path.Combine(directory, TimelineCsvFiles.AdverseEventsFileName));

        CsvRowWriter.WriteFile(files.Participants, [c.Id, c.Arm, c.BirthDate, c.Sex, c.EnrolmentDate, c.Course, .. ParticipantFixed], timelines.Select(ParticipantRow));
        CsvRowWriter.WriteFile(files.Visits!, VisitHeader(c), timelines.SelectMany(VisitRows));
        CsvRowWriter.WriteFile(files.Relapses!, [c.Id, c.RelapseOnset, "end", "confirmed", "steroid_treated", "description"],
            timelines.SelectMany(t => t.Relapses.Select(r => (IReadOnlyList<string?>)[t.ParticipantId, Date(r.Onset), Date(r.End), Bool(r.Confirmed), Bool(r.SteroidTreated), r.Description])));
        CsvRowWriter.WriteFile(files.Administrations!,
            [c.Id, c.Date, "status", "time", "weight_kg", "planned_number", "period_id", "reason", "failed_release_test", "component", "product_id", "route", "dose_millions", "dose_millions_per_kg", "volume_ml", "lot", "dose_adjusted"],
            timelines.SelectMany(AdministrationRows));
        CsvRowWriter.WriteFile(files.Labs!, [c.Id, c.Date, c.Analyte, c.Value, c.Unit, c.Lln, c.Uln, "specimen"],
            timelines.SelectMany(t => t.LabMeasurements.Select(l => (IReadOnlyList<string?>)[t.ParticipantId, Date(l.Date), l.AnalyteCode, Num(l.Value), l.Unit, Num(l.LowerLimitOfNormal), Num(l.UpperLimitOfNormal), l.Specimen])));
        CsvRowWriter.WriteFile(files.AdverseEvents!,
            [c.Id, "ae_id", "term", "onset", "onset_time", "partial_onset", "end", "grade", "ctcae_version", "serious", "recorded_serious", "outcome", "action", "expectedness",
             "meddra_pt", "meddra_pt_code", "meddra_llt_code", "meddra_version", "sponsor_aware", "sponsor_aware_upgrade",
             "investigator_causality", "investigator_causality_method", "investigator_causality_date", "sponsor_causality", "sponsor_causality_method", "sponsor_causality_date"],
            timelines.SelectMany(t => t.AdverseEvents.Select(a => AdverseEventRow(t, a))));
        return files;
    }

    private static IReadOnlyList<string?> AdverseEventRow(ParticipantTimeline t, AdverseEvent a)
    {
        var serious = string.Join(";", System.Enum.GetValues<SeriousnessCriteria>().Where(f => f != SeriousnessCriteria.None && a.SeriousnessCriteria.HasFlag(f)).Select(f => Enum(f)));
        return [t.ParticipantId, a.Id, a.VerbatimTerm, Date(a.OnsetDate), Time(a.OnsetTime?.TimeOfDay), a.PartialOnset?.ToString(), Date(a.EndDate),
            Int(a.Severity?.Grade), Enum(a.Severity?.Version),
            serious.Length == 0 ? null : serious, Bool(a.RecordedSerious), Enum(a.Outcome), Enum(a.ActionTaken), Enum(a.Expectedness),
            a.Meddra?.PreferredTerm, Int(a.Meddra?.PreferredTermCode), Int(a.Meddra?.LowestLevelTermCode), a.Meddra?.Version, Date(a.SponsorAwareDate), Date(a.SponsorAwareOfUpgradeDate),
            Enum(a.InvestigatorCausality?.Category), a.InvestigatorCausality?.Method, Date(a.InvestigatorCausality?.AssessedOn),
            Enum(a.SponsorCausality?.Category), a.SponsorCausality?.Method, Date(a.SponsorCausality?.AssessedOn)];
    }

    private static IReadOnlyList<string?> ParticipantRow(ParticipantTimeline t)
    {
        var b = t.Baseline;
        var k = b.Course;
        return [t.ParticipantId, t.ArmId, b.BirthDate.ToString(), Enum(b.Sex), Date(b.EnrolmentDate), Enum(k?.Base),
            t.TrialId, t.SequenceId, Date(b.ConsentDate), Enum(k?.Activity), Enum(k?.Progression), Date(k?.AssessedOn), Int(k?.LookBackMonths), k?.VerbatimLabel, Enum(k?.Criteria),
            b.BaselineEdss?.ToString(), Num(b.Weight?.Kilograms)];
    }

    private static readonly FunctionalSystem[] NeurostatusOrder = TimelineCsvReader.FunctionalSystemColumns(TimelineCsvColumns.Default).Select(f => f.System).ToArray();

    private static string[] VisitHeader(TimelineCsvColumns c) =>
        [c.Id, c.Date, c.Edss, .. TimelineCsvReader.FunctionalSystemColumns(c).Select(f => f.Column), c.Ambulation, c.T25fw, c.Nhpt, c.Sdmt, c.Measure, c.Value, c.Unit, c.Laterality, c.Name, "fs_order"];

    private static int Slot(Observation o) => o switch
    {
        EdssObservation => 0,
        MeasureObservation m when m.Laterality is null && m.Name is null && m.Unit == MeasureCatalogue.Get(m.Measure).Unit => m.Measure switch
        {
            OutcomeMeasure.TimedTwentyFiveFootWalk => 1,
            OutcomeMeasure.NineHolePegTest => 2,
            OutcomeMeasure.Sdmt => 3,
            _ => 4,
        },
        _ => 4,
    };

    private static IEnumerable<IReadOnlyList<string?>> VisitRows(ParticipantTimeline t)
    {
        string?[]? row = null;
        var lastSlot = -1;
        foreach (var o in t.Observations)
        {
            var slot = Slot(o);
            if (row is null || Date(o.Date) != row[1] || slot <= lastSlot)
            {
                if (row is not null)
                {
                    yield return row;
                }

                row = new string?[20];
                row[0] = t.ParticipantId;
                row[1] = Date(o.Date);
            }

            lastSlot = slot;
            switch (o)
            {
                case EdssObservation e:
                    row[2] = e.Score.ToString();
                    foreach (var fs in e.FunctionalSystems)
                    {
                        row[3 + Array.IndexOf(NeurostatusOrder, fs.System)] = Int(fs.Grade);
                    }

                    var inColumnOrder = e.FunctionalSystems.Select(f => Array.IndexOf(NeurostatusOrder, f.System)).ToList();
                    if (!inColumnOrder.SequenceEqual(inColumnOrder.Order()))
                    {
                        row[19] = string.Join(";", e.FunctionalSystems.Select(f => Enum(f.System)));
                    }

                    row[10] = Int(e.AmbulationScore);
                    break;
                case MeasureObservation m when slot < 4:
                    row[10 + slot] = Num(m.Value);
                    break;
                case MeasureObservation m:
                    row[14] = Enum(m.Measure);
                    row[15] = Num(m.Value);
                    row[16] = m.Unit;
                    row[17] = Enum(m.Laterality);
                    row[18] = m.Name;
                    break;
                default:
                    throw new NotSupportedException($"Observation type {o.GetType().Name} has no CSV layout.");
            }
        }

        if (row is not null)
        {
            yield return row;
        }
    }

    private static IEnumerable<IReadOnlyList<string?>> AdministrationRows(ParticipantTimeline t)
    {
        foreach (var a in t.Administrations)
        {
            string?[] head = [t.ParticipantId, Date(a.Date), Enum(a.Status), Time(a.Time), Num(a.WeightOnDay?.Kilograms), Int(a.PlannedNumber), a.PeriodId, a.Reason, Enum(a.FailedReleaseTest)];
            if (a.Components.IsEmpty)
            {
                yield return [.. head, null, null, null, null, null, null, null, null];
                continue;
            }

            for (var i = 0; i < a.Components.Length; i++)
            {
                var g = a.Components[i];
                string?[] start = i == 0 ? head : [t.ParticipantId, Date(a.Date), null, null, null, null, null, null, null];
                yield return [.. start, Int(i + 1), g.ProductId, Enum(g.Route), Num(g.DoseGiven?.Millions), Num(g.DosePerKgGiven?.MillionsPerKg), Num(g.VolumeGiven?.Millilitres), g.LotId, Bool(g.DoseAdjusted)];
            }
        }
    }
}
