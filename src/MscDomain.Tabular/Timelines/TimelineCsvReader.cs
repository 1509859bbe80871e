using System.Collections.Immutable;
using MscDomain.Cells;
using MscDomain.Disease;
using MscDomain.Dosing;
using MscDomain.Outcomes;
using MscDomain.Serialization;
using MscDomain.Tabular.Csv;
using MscDomain.Trials;
using NodaTime;
using static MscDomain.Tabular.Timelines.TimelineCsvText;
using MscDomain.Common;
using MscDomain.AdverseEvents;

namespace MscDomain.Tabular.Timelines;

/// <summary>
/// Reads long-format CSV files (participants, visits, relapses, administrations, labs) into
/// <see cref="ParticipantTimeline"/>s, the layout written by <see cref="TimelineCsvWriter"/>.
/// </summary>
/// <remarks>
/// <para>Files (column names per <see cref="TimelineCsvColumns"/>; CSV conventions of <see cref="CsvTableReader"/>):</para>
/// <list type="bullet">
/// <item><c>participants.csv</c>: <c>id, trial_id, arm, sequence, birth_date</c> (or <c>birth_year</c>), <c>sex,
/// enrolment_date, consent_date, course, activity, progression, course_assessed_on, course_lookback_months, course_label,
/// course_criteria, baseline_edss, weight_kg</c>. A course with empty activity/progression is "unassessed"
/// (indeterminate; not-applicable for non-progressive courses).</item>
/// <item><c>visits.csv</c>: see <see cref="TimelineCsvColumns"/>. Each row yields, in this order, the EDSS assessment
/// (with the FS grades present, listed in Neurostatus order pyramidal, cerebellar, brainstem, sensory, bowel/bladder,
/// visual, cerebral unless an <c>fs_order</c> column lists them, e.g. <c>visual;pyramidal</c>; and the ambulation score), then T25FW, 9HPT, SDMT, then the generic measure.</item>
/// <item><c>relapses.csv</c>: <c>id, date, end, confirmed, steroid_treated, description</c>.</item>
/// <item><c>administrations.csv</c>: one row per given component: <c>id, date, status</c> (<c>planned, completed,
/// partial, not-given, allocated-not-dosed</c>), <c>time, weight_kg, planned_number, period_id, reason,
/// failed_release_test, component, product_id, route, dose_millions, dose_millions_per_kg, volume_ml, lot,
/// dose_adjusted</c>. A row whose <c>component</c> is 2 or more adds a component to the administration of the previous
/// row (same id and date; its administration columns must be empty). A row without <c>product_id</c> has no component
/// (for not-given administrations).</item>
/// <item><c>labs.csv</c>: <c>id, date, analyte, value, unit, lln, uln, specimen</c>.</item>
/// <item><c>adverse_events.csv</c>: <c>id, ae_id, term, onset, onset_time, partial_onset, end, grade, ctcae_version,
/// serious</c> (ICH E2A criteria joined with <c>;</c>: <c>death; life-threatening; hospitalisation; disability;
/// congenital-anomaly; important-medical-event</c>; empty = none), <c>recorded_serious, outcome, action, expectedness,
/// meddra_pt, meddra_pt_code, meddra_llt_code, meddra_version, sponsor_aware, sponsor_aware_upgrade,
/// investigator_causality, investigator_causality_method, investigator_causality_date</c> and the same three for
/// <c>sponsor_causality</c> (WHO-UMC category or related/not-related). Grade and CTCAE (Common Terminology Criteria for
/// Adverse Events) version go together (<c>v5.0</c> or <c>v6.0</c>, spelled as in JSON).</item>
/// <item><c>cohort.csv</c> (optional): one row <c>id, trial_id, description</c>.</item>
/// </list>
/// <para>Invalid values and rule violations (EDSS 0.5, a visit before birth, a dose before enrolment, a duplicate
/// participant) throw <see cref="TabularInputException"/> naming file, line, column, value and rule. Rows that are valid
/// but cannot be used are skipped and listed in <see cref="TimelineReadSummary"/>: rows of participants not in the
/// participants file, and visit rows without any assessment. Each list keeps file order.</para>
/// </remarks>
public static class TimelineCsvReader
{
    /// <summary>Skip reason: the row's participant id is not in the participants file.</summary>
    public const string UnknownParticipant = "participant not in the participants file";

    /// <summary>Skip reason: a visit row with an id and a date but no assessment value.</summary>
    public const string EmptyVisit = "visit row has no assessment";

    /// <summary>Reads the standard files of <paramref name="directory"/> (see <see cref="TimelineCsvFiles.InDirectory"/>).</summary>
    /// <param name="directory">The directory.</param>
    /// <param name="columns">Column names; <see cref="TimelineCsvColumns.Default"/> when null.</param>
    /// <returns>The timelines and the read summary.</returns>
    /// <exception cref="TabularInputException">A file is missing or a value breaks a rule.</exception>
    public static TimelineCsvReadResult ReadDirectory(string directory, TimelineCsvColumns? columns = null) =>
        Read(TimelineCsvFiles.InDirectory(directory), columns);

    /// <summary>Reads <paramref name="files"/> into timelines.</summary>
    /// <param name="files">The files.</param>
    /// <param name="columns">Column names; <see cref="TimelineCsvColumns.Default"/> when null.</param>
    /// <returns>The timelines and the read summary.</returns>
    /// <exception cref="TabularInputException">A file is missing or a value breaks a rule.</exception>
    public static TimelineCsvReadResult Read(TimelineCsvFiles files, TimelineCsvColumns? columns = null)
    {
        ArgumentNullException.ThrowIfNull(files);
        var c = columns ?? TimelineCsvColumns.Default;
        var builders = new Dictionary<string, Builder>(StringComparer.Ordinal);
        var order = new List<Builder>();
        var summaries = new List<TimelineFileSummary> { ReadParticipants(files.Participants, c, builders, order) };
        summaries.Add(ReadEach("visits", files.Visits, c, builders, [c.Id, c.Date], ReadVisit));
        summaries.Add(ReadEach("relapses", files.Relapses, c, builders, [c.Id, c.RelapseOnset], ReadRelapse));
        summaries.Add(ReadAdministrations(files.Administrations, c, builders));
        summaries.Add(ReadEach("labs", files.Labs, c, builders, [c.Id, c.Date, c.Analyte, c.Value, c.Unit], ReadLab));
        summaries.Add(ReadEach("adverse-events", files.AdverseEvents, c, builders, [c.Id, "ae_id", "term"], ReadAdverseEvent));
        string? cohortId = null, trialId = null, description = null;
        if (files.Cohort is { } cohortFile)
        {
            using var r = CsvTableReader.Open(cohortFile, "id");
            if (!r.Read())
            {
                throw new TabularInputException(cohortFile, 2, "id", "the cohort file has no data row; write one row: id, trial_id, description.", MscDomain.Common.DataIssueCodes.NoDataRows);
            }

            cohortId = r.GetString("id");
            trialId = Opt(r, "trial_id");
            description = Opt(r, "description");
            if (r.Read())
            {
                throw new TabularInputException(cohortFile, r.Line, null, "the cohort file must have exactly one data row.", MscDomain.Common.DataIssueCodes.DuplicateRecord);
            }

            summaries.Add(new("cohort", cohortFile, 1, []));
        }

        var timelines = order.Select(b => b.Build(files.Participants)).ToImmutableArray();
        return new(timelines, new([.. summaries], timelines.Length), cohortId, trialId, description);
    }

    private static TimelineFileSummary ReadParticipants(string file, TimelineCsvColumns c, Dictionary<string, Builder> builders, List<Builder> order)
    {
        using var r = CsvTableReader.Open(file, c.Id, c.Sex, c.EnrolmentDate);
        var birthColumn = r.HasColumn(c.BirthDate) ? c.BirthDate : r.HasColumn("birth_year") ? "birth_year" : null;
        if (birthColumn is null)
        {
            throw new TabularInputException(file, 1, c.BirthDate, $"required column '{c.BirthDate}' (or 'birth_year') is missing; the header has: {string.Join(", ", r.Headers)}.", MscDomain.Common.DataIssueCodes.MissingColumn);
        }

        var rows = 0;
        while (r.Read())
        {
            var id = r.GetString(c.Id);
            var birthText = r.GetString(birthColumn);
            if (!PartialDate.TryParse(birthText, out var birth))
            {
                throw r.Error(birthColumn, birthText, "is not a (partial) date; write yyyy, yyyy-MM or yyyy-MM-dd, e.g. 1980 or 1980-05-17.", MscDomain.Common.DataIssueCodes.UnreadableValue);
            }

            var sex = ReqEnum<Sex>(r, c.Sex);
            var enrolment = r.GetDate(c.EnrolmentDate);
            var consent = OptDate(r, "consent_date");
            DiseaseCourse? course = null;
            if (OptEnum<BaseCourse>(r, c.Course) is { } baseCourse)
            {
                var activity = OptEnum<ActivityModifier>(r, "activity");
                var progression = OptEnum<ProgressionModifier>(r, "progression");
                var assessedOn = OptDate(r, "course_assessed_on");
                var lookBack = OptInt(r, "course_lookback_months");
                var label = Opt(r, "course_label");
                var criteria = OptEnum<DiagnosticCriteria>(r, "course_criteria");
                var unassessed = DiseaseCourse.Unassessed(baseCourse);
                course = At(r, "progression", () => new DiseaseCourse(baseCourse, activity ?? unassessed.Activity, progression ?? unassessed.Progression, assessedOn, lookBack, label, criteria));
            }

            var edssText = Opt(r, "baseline_edss");
            EdssScore? edss = edssText is null ? null : ParseEdss(r, "baseline_edss", edssText);
            var weight = OptDecimal(r, "weight_kg") is { } kg ? At(r, "weight_kg", () => (WeightKg?)new WeightKg(kg)) : null;
            var baseline = At(r, null, () => new ParticipantBaseline(birth, sex, enrolment, consent, course, edss, weight));
            var b = new Builder(id, r.Line, baseline, Opt(r, "trial_id"), Opt(r, c.Arm), Opt(r, "sequence"));
            if (!builders.TryAdd(id, b))
            {
                throw r.Error(c.Id, id, $"appears twice in the participants file (first on line {builders[id].Line}); participant ids must be unique.", MscDomain.Common.DataIssueCodes.DuplicateRecord);
            }

            order.Add(b);
            rows++;
        }

        return new("participants", file, rows, []);
    }

    private static EdssScore ParseEdss(CsvTableReader r, string column, string text) =>
        EdssScore.TryParse(text, out var s) ? s : throw r.Error(column, text, "is not an EDSS score; EDSS is 0 or 1.0 to 10 in steps of 0.5 (Kurtzke 1983).");

    private static TimelineFileSummary ReadEach(string kind, string? file, TimelineCsvColumns c, Dictionary<string, Builder> builders, string[] required, Func<CsvTableReader, TimelineCsvColumns, Builder, string?> read)
    {
        if (file is null)
        {
            return new(kind, null, 0, []);
        }

        using var r = CsvTableReader.Open(file, required);
        var rows = 0;
        var skipped = ImmutableArray.CreateBuilder<TimelineSkippedRow>();
        while (r.Read())
        {
            var id = r.GetString(c.Id);
            if (!builders.TryGetValue(id, out var b))
            {
                skipped.Add(new(file, r.Line, UnknownParticipant, id));
                continue;
            }

            if (read(r, c, b) is { } reason)
            {
                skipped.Add(new(file, r.Line, reason));
            }
            else
            {
                rows++;
            }
        }

        return new(kind, file, rows, skipped.ToImmutable());
    }

    private static string? ReadVisit(CsvTableReader r, TimelineCsvColumns c, Builder b)
    {
        var date = r.GetDate(c.Date);
        var found = new List<Observation>();
        var edssText = Opt(r, c.Edss);
        var systems = ImmutableArray.CreateBuilder<FunctionalSystemScore>();
        foreach (var (system, column) in FunctionalSystemColumns(c))
        {
            if (OptInt(r, column) is { } grade)
            {
                systems.Add(At(r, column, () => new FunctionalSystemScore(system, grade)));
            }
        }

        if (Opt(r, "fs_order") is { } orderText)
        {
            var order = orderText.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var ordered = order.Select(name => systems.FirstOrDefault(s => string.Equals(Enum(s.System), name, StringComparison.OrdinalIgnoreCase))).ToList();
            if (order.Length != systems.Count || ordered.Any(s => s == default) || ordered.Distinct().Count() != systems.Count)
            {
                throw r.Error("fs_order", orderText, "must list exactly the functional systems graded on this row, each once, separated by ';'.");
            }

            systems.Clear();
            systems.AddRange(ordered);
        }

        var ambulation = OptInt(r, c.Ambulation);
        if (edssText is not null)
        {
            var score = ParseEdss(r, c.Edss, edssText);
            found.Add(At(r, c.Ambulation, () => new EdssObservation(date, score, systems.ToImmutable(), ambulation)));
        }
        else if (systems.Count > 0 || ambulation is not null)
        {
            throw r.Error(c.Edss, string.Empty, "the value is empty, but the row has functional-system grades or an ambulation score; they belong to an EDSS assessment.");
        }

        var nhptColumn = r.HasColumn(c.Nhpt) ? c.Nhpt : "9hpt";
        foreach (var (measure, column) in new[] { (OutcomeMeasure.TimedTwentyFiveFootWalk, c.T25fw), (OutcomeMeasure.NineHolePegTest, nhptColumn), (OutcomeMeasure.Sdmt, c.Sdmt) })
        {
            if (OptDecimal(r, column) is { } v)
            {
                found.Add(At(r, column, () => new MeasureObservation(date, measure, v, MeasureCatalogue.Get(measure).Unit)));
            }
        }

        if (OptEnum<OutcomeMeasure>(r, c.Measure) is { } generic)
        {
            var value = r.HasColumn(c.Value) ? r.GetDecimal(c.Value) : throw r.Error(c.Value, string.Empty, "the column is missing, but the row names a measure; a value is required.");
            var unit = Opt(r, c.Unit) ?? (generic == OutcomeMeasure.Other ? null : MeasureCatalogue.Get(generic).Unit)
                ?? throw r.Error(c.Unit, string.Empty, "the value is empty; measure 'other' needs a unit.");
            var laterality = OptEnum<Laterality>(r, c.Laterality);
            var name = Opt(r, c.Name);
            found.Add(At(r, generic == OutcomeMeasure.Other ? c.Name : c.Value, () => new MeasureObservation(date, generic, value, unit, laterality, name)));
        }
        else if (OptDecimal(r, c.Value) is not null)
        {
            throw r.Error(c.Measure, string.Empty, "the value is empty, but the row has a generic value; name its measure (e.g. serum-nfl).");
        }

        if (found.Count == 0)
        {
            return EmptyVisit;
        }

        CheckNotBeforeBirth(r, c.Date, date, b);
        b.Observations.AddRange(found);
        return null;
    }

    private static string? ReadRelapse(CsvTableReader r, TimelineCsvColumns c, Builder b)
    {
        var onset = r.GetDate(c.RelapseOnset);
        var end = OptDate(r, "end");
        var relapse = At(r, "end", () => new Relapse(onset, end, OptBool(r, "confirmed"), OptBool(r, "steroid_treated"), Opt(r, "description")));
        CheckNotBeforeBirth(r, c.RelapseOnset, onset, b);
        b.Relapses.Add(relapse);
        return null;
    }

    private static string? ReadLab(CsvTableReader r, TimelineCsvColumns c, Builder b)
    {
        var date = r.GetDate(c.Date);
        var lab = At(r, c.Uln, () => new LabMeasurement(r.GetString(c.Analyte), r.GetDecimal(c.Value), r.GetString(c.Unit), date, OptDecimal(r, c.Lln), OptDecimal(r, c.Uln), Opt(r, "specimen")));
        CheckNotBeforeBirth(r, c.Date, date, b);
        b.Labs.Add(lab);
        return null;
    }

    private static string? ReadAdverseEvent(CsvTableReader r, TimelineCsvColumns c, Builder b)
    {
        var onset = OptDate(r, "onset");
        var onsetTime = OptTime(r, "onset_time");
        PartialDate? partial = null;
        if (Opt(r, "partial_onset") is { } partialText)
        {
            partial = PartialDate.TryParse(partialText, out var p) ? p : throw r.Error("partial_onset", partialText, "is not a (partial) date; write yyyy, yyyy-MM or yyyy-MM-dd.", MscDomain.Common.DataIssueCodes.UnreadableValue);
        }

        var grade = OptInt(r, "grade");
        var versionText = Opt(r, "ctcae_version");
        AdverseEventSeverity? severity = null;
        if (grade is { } g)
        {
            var version = versionText is null ? throw r.Error("ctcae_version", string.Empty, "the value is empty, but the row has a grade; a CTCAE grade needs its version (v5.0 or v6.0).") : ParseCtcaeVersion(r, versionText);
            severity = At(r, "grade", () => (AdverseEventSeverity?)new AdverseEventSeverity(g, version));
        }
        else if (versionText is not null)
        {
            throw r.Error("grade", string.Empty, "the value is empty, but the row has a CTCAE version; give the grade too, or neither.");
        }

        var serious = SeriousnessCriteria.None;
        if (Opt(r, "serious") is { } seriousText)
        {
            foreach (var part in seriousText.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var flag = System.Enum.GetValues<SeriousnessCriteria>().Where(f => f != SeriousnessCriteria.None).FirstOrDefault(f => string.Equals(Enum(f), part, StringComparison.Ordinal));
                serious |= flag != SeriousnessCriteria.None ? flag
                    : throw r.Error("serious", seriousText, $"has '{part}', which is not one of: {string.Join("; ", System.Enum.GetValues<SeriousnessCriteria>().Where(f => f != SeriousnessCriteria.None).Select(f => Enum(f)))} (ICH E2A).");
            }
        }

        MeddraCoding? meddra = null;
        if (Opt(r, "meddra_pt") is { } pt)
        {
            meddra = At(r, "meddra_pt", () => new MeddraCoding(pt, OptInt(r, "meddra_pt_code"), OptInt(r, "meddra_llt_code"), Opt(r, "meddra_version")));
        }

        var ae = At(r, null, () => new AdverseEvent(r.GetString("ae_id"), r.GetString("term"), meddra, onset,
            onsetTime is { } t && onset is { } d ? d.At(t) : onsetTime is not null ? throw r.Error("onset_time", Time(onsetTime)!, "needs the onset date too.") : null,
            partial, OptDate(r, "end"), severity, serious, OptBool(r, "recorded_serious"), OptEnum<AdverseEventOutcome>(r, "outcome"), Causality(r, "investigator_causality"), Causality(r, "sponsor_causality"),
            OptEnum<Expectedness>(r, "expectedness"), OptDate(r, "sponsor_aware"), OptDate(r, "sponsor_aware_upgrade"), OptEnum<AdverseEventAction>(r, "action")));
        var latest = ae.OnsetDate ?? ae.PartialOnset?.Latest;
        if (latest is { } l && l < b.Baseline.BirthDate.Earliest)
        {
            throw r.Error(ae.OnsetDate is null ? "partial_onset" : "onset", ae.OnsetDate is null ? ae.PartialOnset!.Value.ToString() : Date(l)!, $"is before birth ({b.Baseline.BirthDate}) of participant '{b.Id}'.");
        }

        b.AdverseEvents.Add(ae);
        return null;
    }

    private static CausalityAssessment? Causality(CsvTableReader r, string column)
    {
        var method = Opt(r, column + "_method");
        var date = OptDate(r, column + "_date");
        if (OptEnum<CausalityCategory>(r, column) is { } category)
        {
            return At(r, column, () => new CausalityAssessment(category, method, date));
        }

        return method is null && date is null ? null
            : throw r.Error(column, string.Empty, $"the value is empty, but {column}_method or {column}_date is given; name the category (e.g. probable, not-related).");
    }

    private static CtcaeVersion ParseCtcaeVersion(CsvTableReader r, string text) =>
        WireName.TryParse<CtcaeVersion>(text, out var version)
            ? version
            : throw r.Error("ctcae_version", text, $"is not a CTCAE version; expected one of: {string.Join(", ", WireName.Names<CtcaeVersion>())}.", MscDomain.Common.DataIssueCodes.UnreadableValue);

    private static readonly string[] AdministrationColumns = ["status", "time", "weight_kg", "planned_number", "period_id", "reason", "failed_release_test"];

    private static TimelineFileSummary ReadAdministrations(string? file, TimelineCsvColumns c, Dictionary<string, Builder> builders)
    {
        if (file is null)
        {
            return new("administrations", null, 0, []);
        }

        using var r = CsvTableReader.Open(file, c.Id, c.Date, "status");
        var rows = 0;
        var skipped = ImmutableArray.CreateBuilder<TimelineSkippedRow>();
        PendingAdministration? pending = null;
        while (r.Read())
        {
            var id = r.GetString(c.Id);
            if (!builders.TryGetValue(id, out var b))
            {
                skipped.Add(new(file, r.Line, UnknownParticipant, id));
                continue;
            }

            var date = r.GetDate(c.Date);
            var componentNumber = OptInt(r, "component") ?? 1;
            if (componentNumber < 1)
            {
                throw r.Error("component", componentNumber.ToString(System.Globalization.CultureInfo.InvariantCulture), "must be 1 or more (1 starts an administration, 2.. add components to it).");
            }

            var component = ReadComponent(r);
            if (componentNumber > 1)
            {
                if (pending is null || pending.Builder != b || pending.Date != date || pending.Components.Count != componentNumber - 1)
                {
                    throw r.Error("component", componentNumber.ToString(System.Globalization.CultureInfo.InvariantCulture),
                        $"continues an administration, but the previous row is not component {componentNumber - 1} of participant '{id}' on {Date(date)}.");
                }

                if (AdministrationColumns.FirstOrDefault(col => Opt(r, col) is not null) is { } filled)
                {
                    throw r.Error(filled, Opt(r, filled)!, "must be empty on a continuation row (component 2 or more); administration facts go on the component-1 row.");
                }

                pending.Components.Add(component ?? throw r.Error("product_id", string.Empty, "the value is empty; a continuation row is a component and needs a product_id."));
                rows++;
                continue;
            }

            pending?.Flush();
            var status = ReqEnum<AdministrationStatus>(r, "status");
            var time = OptTime(r, "time");
            var weight = OptDecimal(r, "weight_kg") is { } kg ? At(r, "weight_kg", () => (WeightKg?)new WeightKg(kg)) : null;
            pending = new PendingAdministration(file, r.Line, b, date, status, time, weight, OptInt(r, "planned_number"), Opt(r, "period_id"), Opt(r, "reason"), OptEnum<ReleaseTestKind>(r, "failed_release_test"));
            if (component is not null)
            {
                pending.Components.Add(component);
            }

            CheckNotBeforeBirth(r, c.Date, date, b);
            if ((status is AdministrationStatus.Completed or AdministrationStatus.Partial) && date < b.Baseline.EnrolmentDate)
            {
                throw r.Error(c.Date, Date(date)!, $"is before enrolment ({Date(b.Baseline.EnrolmentDate)}); a dose ({Enum(status)}) cannot be given before enrolment.");
            }

            rows++;
        }

        pending?.Flush();
        return new("administrations", file, rows, skipped.ToImmutable());
    }

    private static GivenComponent? ReadComponent(CsvTableReader r)
    {
        var product = Opt(r, "product_id");
        if (product is null)
        {
            foreach (var col in new[] { "route", "dose_millions", "dose_millions_per_kg", "volume_ml", "lot", "dose_adjusted" })
            {
                if (Opt(r, col) is { } v)
                {
                    throw r.Error(col, v, "is given, but product_id is empty; component columns need a product_id.");
                }
            }

            return null;
        }

        var route = ReqEnum<Route>(r, "route");
        var dose = OptDecimal(r, "dose_millions") is { } m ? At(r, "dose_millions", () => (CellCount?)new CellCount(m)) : null;
        var perKg = OptDecimal(r, "dose_millions_per_kg") is { } pk ? At(r, "dose_millions_per_kg", () => (CellsPerKg?)new CellsPerKg(pk)) : null;
        var volume = OptDecimal(r, "volume_ml") is { } ml ? At(r, "volume_ml", () => (VolumeMl?)new VolumeMl(ml)) : null;
        return At(r, "lot", () => new GivenComponent(product, route, dose, perKg, volume, Opt(r, "lot"), OptBool(r, "dose_adjusted") ?? false));
    }

    private static void CheckNotBeforeBirth(CsvTableReader r, string column, LocalDate date, Builder b)
    {
        if (date < b.Baseline.BirthDate.Earliest)
        {
            throw r.Error(column, Date(date)!, $"is before birth ({b.Baseline.BirthDate}) of participant '{b.Id}'; no timeline entry may precede birth.");
        }
    }

    internal static IEnumerable<(FunctionalSystem System, string Column)> FunctionalSystemColumns(TimelineCsvColumns c) =>
    [
        (FunctionalSystem.Pyramidal, c.Pyramidal), (FunctionalSystem.Cerebellar, c.Cerebellar), (FunctionalSystem.Brainstem, c.Brainstem),
        (FunctionalSystem.Sensory, c.Sensory), (FunctionalSystem.BowelBladder, c.BowelBladder), (FunctionalSystem.Visual, c.Visual),
        (FunctionalSystem.Cerebral, c.Cerebral),
    ];

    private sealed class PendingAdministration(
        string file, int line, Builder builder, LocalDate date, AdministrationStatus status, LocalTime? time, WeightKg? weight,
        int? plannedNumber, string? periodId, string? reason, ReleaseTestKind? failedReleaseTest)
    {
        public Builder Builder { get; } = builder;

        public LocalDate Date { get; } = date;

        public List<GivenComponent> Components { get; } = [];

        public void Flush()
        {
            try
            {
                Builder.Administrations.Add(new Administration(Date, status, [.. Components], time, weight, plannedNumber, periodId, reason, failedReleaseTest));
            }
            catch (ArgumentException e)
            {
                var column = e.ParamName == nameof(Administration.Reason) ? "reason" : "product_id";
                throw new TabularInputException(file, line, column, $"administration of participant '{Builder.Id}' on {TimelineCsvText.Date(Date)} with status '{TimelineCsvText.Enum(status)}': {e.Message.Split(" (Parameter", 2)[0]}");
            }
        }
    }

    private sealed class Builder(string id, int line, ParticipantBaseline baseline, string? trialId, string? armId, string? sequenceId)
    {
        public string Id { get; } = id;

        public int Line { get; } = line;

        public ParticipantBaseline Baseline { get; } = baseline;

        public List<Administration> Administrations { get; } = [];

        public List<Observation> Observations { get; } = [];

        public List<Relapse> Relapses { get; } = [];

        public List<LabMeasurement> Labs { get; } = [];

        public List<AdverseEvent> AdverseEvents { get; } = [];

        public ParticipantTimeline Build(string file)
        {
            try
            {
                return new ParticipantTimeline(MscDomainSchemaVersion.Current, Id, Baseline, [.. Administrations], [.. Observations], [.. Relapses], [.. Labs], [.. AdverseEvents], trialId, armId, sequenceId);
            }
            catch (ArgumentException e)
            {
                throw new TabularInputException(file, Line, null, $"participant '{Id}': {e.Message.Split(" (Parameter", 2)[0]}");
            }
        }
    }
}
