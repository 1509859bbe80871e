// MscDomain demo: prints the bundled published trials and the synthetic demonstration cohort.
// Run: dotnet run --project samples/MscDomain.Demo
using System.Diagnostics;
using System.Globalization;
using System.Text;
using MscDomain.Dosing;
using MscDomain.Outcomes;
using MscDomain.Samples;
using MscDomain.Trials;
using MscDomain.Common;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
Console.OutputEncoding = Encoding.UTF8;
var clock = Stopwatch.StartNew();

var trials = PublishedTrials.LoadAll();
Heading($"Published MSC trials in multiple sclerosis ({trials.Length})");
foreach (var t in trials)
{
    PrintTrial(t);
}

var cohort = DemonstrationCohort.Load();
var design = DemonstrationCohort.Trial;
Heading($"Demonstration cohort (synthetic, not real patients): {cohort.Participants.Length} participants");
Console.WriteLine($"  {design.Title}");
Console.WriteLine($"  Design: {Design(design)}");
Console.WriteLine();
Console.WriteLine($"  {"Arm",-30} {"N",4} {"Doses given",12} {"Not dosed",10} {"EDSS visits",12} {"Relapses",9} {"AEs",5} {"Serious",8}");
Console.WriteLine($"  {new string('-', 30)} {new string('-', 4)} {new string('-', 12)} {new string('-', 10)} {new string('-', 12)} {new string('-', 9)} {new string('-', 5)} {new string('-', 8)}");
foreach (var arm in design.Arms)
{
    var ps = cohort.Participants.Where(p => p.ArmId == arm.Id).ToList();
    Console.WriteLine($"  {Shorten(arm.Label, 30),-30} {ps.Count,4} {ps.Sum(p => p.Administrations.Count(a => a.WasDosed)),12} " +
        $"{ps.Sum(p => p.Administrations.Count(a => !a.WasDosed)),10} {ps.Sum(p => p.Observations.OfType<EdssObservation>().Count()),12} " +
        $"{ps.Sum(p => p.Relapses.Length),9} {ps.Sum(p => p.AdverseEvents.Length),5} {ps.Sum(p => p.AdverseEvents.Count(e => e.IsSerious)),8}");
}

Console.WriteLine();
Console.WriteLine("  Most frequent adverse events:");
foreach (var g in cohort.Participants.SelectMany(p => p.AdverseEvents.Select(e => (p.ArmId, e.VerbatimTerm)))
             .GroupBy(x => x.VerbatimTerm).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Take(6))
{
    var perArm = string.Join(", ", design.Arms.Select(a => $"{a.Id} {g.Count(x => x.ArmId == a.Id)}"));
    Console.WriteLine($"    {g.Key,-32} {g.Count(),4}   ({perArm})");
}

Console.WriteLine();
Console.WriteLine("  Example timelines:");
foreach (var p in PickExamples(cohort.Participants))
{
    PrintTimeline(p);
}

Console.WriteLine();
Console.WriteLine($"Loaded and summarised in {clock.Elapsed.TotalSeconds:0.00} s.");

static void Heading(string text)
{
    Console.WriteLine();
    Console.WriteLine(text);
    Console.WriteLine(new string('=', text.Length));
}

static void PrintTrial(TrialDocument t)
{
    Console.WriteLine();
    Console.WriteLine($"{t.Id}  {Shorten(t.Title, 96)}");
    Console.WriteLine($"  {"Design",-10} {Design(t)}");
    var n = t.Counts is { } c ? Counts(c) : "n not stated";
    Console.WriteLine($"  {"N",-10} {n}");
    foreach (var p in t.Products)
    {
        Console.WriteLine($"  {"Product",-10} {p.Name}");
    }

    foreach (var arm in t.Arms)
    {
        var counts = arm.Counts is { } ac ? $" [{Counts(ac)}]" : "";
        Console.WriteLine($"  {"Arm",-10} {arm.Label}: {Regimen(arm)}{counts}");
    }

    if (t.Design.Sequences.Length > 0)
    {
        var seqs = string.Join("; ", t.Design.Sequences.Select(s => $"{s.Label} = {string.Join(" → ", s.ArmIds)}{(s.Participants is { } k ? $" ({k})" : "")}"));
        Console.WriteLine($"  {"Sequences",-10} {Shorten(seqs, 110)}");
    }

    var shown = 0;
    foreach (var r in t.Results.Where(r => r.Statistic is not NotReportedStatistic))
    {
        if (shown++ == 4)
        {
            Console.WriteLine($"  {"",-10} … {t.Results.Length - 4} more results");
            break;
        }

        Console.WriteLine($"  {(shown == 1 ? "Results" : ""),-10} {Result(t, r)}");
    }

    if (shown == 0 && t.Results.FirstOrDefault() is { } first)
    {
        Console.WriteLine($"  {"Results",-10} {Result(t, first)}");
    }

    var aes = t.AdverseEvents.Take(3).Select(a => a.Participants == 0
        ? $"{a.Term}: none"
        : $"{a.Term}{(a.Participants is { } pn ? $" ({pn} {(pn == 1 ? "patient" : "patients")})" : a.Events is { } en ? $" ({en} {(en == 1 ? "event" : "events")})" : "")}{(a.Serious == true ? ", serious" : "")}");
    if (t.AdverseEvents.Length > 0)
    {
        Console.WriteLine($"  {"Safety",-10} {Shorten(string.Join("; ", aes) + (t.AdverseEvents.Length > 3 ? $"; +{t.AdverseEvents.Length - 3} more" : ""), 110)}");
    }
}

static string Design(TrialDocument t)
{
    var d = t.Design;
    var phases = string.Join("/", d.Phases.Select(p => p switch
    {
        TrialPhase.EarlyPhase1 => "early phase 1",
        TrialPhase.Phase1 => "phase 1",
        TrialPhase.Phase2 => "phase 2",
        TrialPhase.Phase3 => "phase 3",
        TrialPhase.Phase4 => "phase 4",
        _ => "phase n/a",
    })).Replace("/phase ", "/", StringComparison.Ordinal);
    var parts = new List<string> { phases };
    parts.Add(d.Allocation == Allocation.Randomized ? "randomised" : "non-randomised");
    parts.Add(d.Model switch
    {
        InterventionModel.SingleGroup => "single group",
        InterventionModel.PrePost => "pre/post comparison",
        InterventionModel.Crossover => "crossover",
        InterventionModel.Factorial => "factorial",
        InterventionModel.Sequential => "sequential cohorts",
        _ => "parallel groups",
    });
    parts.Add(d.Masking switch
    {
        Masking.None => "open label",
        Masking.Single => "single-blind",
        Masking.Double => "double-blind",
        Masking.Triple => "triple-blind",
        _ => "quadruple-blind",
    });
    if (d.Periods.Length > 1)
    {
        parts.Add("periods " + string.Join(", ", d.Periods.Select(p => $"{Interval(p.Start)}–{(p.End is { } e ? Interval(e) : "open")}{(p.ReRandomized ? " (re-randomised)" : "")}")));
    }

    if (d.Periods.Any(p => p.GapBefore is not null))
    {
        parts.Add($"gap {Interval(d.Periods.First(p => p.GapBefore is not null).GapBefore!.Value)}");
    }

    if (d.CompassionateCrossover)
    {
        parts.Add("compassionate crossover");
    }

    if (d.RunIn is { } runIn)
    {
        parts.Add($"run-in {Interval(runIn)}");
    }

    if (d.FollowUp is { } fu)
    {
        parts.Add($"follow-up {Interval(fu)}");
    }

    return string.Join(", ", parts);
}

static string Counts(ArmCounts c)
{
    var parts = new List<string>();
    if (c.Enrolled is { } e)
    {
        parts.Add($"{e} enrolled");
    }

    if (c.Randomized is { } r)
    {
        parts.Add($"{r} randomised");
    }

    if (c.Treated is { } t)
    {
        parts.Add($"{t} treated");
    }

    if (c.Completed is { } k)
    {
        parts.Add($"{k} completed");
    }

    return parts.Count == 0 ? "n not stated" : string.Join(", ", parts);
}

static string Regimen(Arm arm)
{
    if (arm.Regimen is null)
    {
        return arm.Type == ArmType.ShamComparator ? "sham procedure" : "no intervention";
    }

    return string.Join("; then ", arm.Regimen.Phases.Select(ph =>
        string.Join(" + ", ph.Components.Select(c => $"{RouteName(c.Route)} {Dose(c.Dose)}")) + ", " + Schedule(ph.Schedule)));
}

static string RouteName(Route r) => r switch
{
    Route.Intravenous => "IV",
    Route.Intrathecal => "IT",
    Route.IntraArterial => "intra-arterial",
    Route.Intramuscular => "IM",
    Route.Subcutaneous => "SC",
    _ => "oral",
};

static string Dose(DoseSpecification d) => d switch
{
    PerKgDose { TargetMinimum: { } lo, TargetMaximum: { } hi } p when lo == hi => $"{Num(lo.MillionsPerKg)} × 10^6 cells/kg{Cap(p.Cap)}",
    PerKgDose { TargetMinimum: { } lo, TargetMaximum: { } hi } p => $"{Num(lo.MillionsPerKg)}–{Num(hi.MillionsPerKg)} × 10^6 cells/kg{Cap(p.Cap)}",
    PerKgDose { Achieved.Mean: { } mean } => $"mean {Num(mean)} × 10^6 cells/kg achieved",
    FixedDose { TargetMinimum: null, TargetMaximum: { } hi } => $"up to {Num(hi.Millions)} × 10^6 cells",
    FixedDose { TargetMinimum: { } lo, TargetMaximum: { } hi } when lo == hi => $"{Num(hi.Millions)} × 10^6 cells",
    FixedDose { TargetMinimum: { } lo, TargetMaximum: { } hi } => $"{Num(lo.Millions)}–{Num(hi.Millions)} × 10^6 cells",
    VolumeDose v => $"{Num(v.Volume.Millilitres)} mL",
    _ => "dose not reported",
};

static string Cap(CellCount? cap) => cap is { } c ? $" (max {Num(c.Millions)} × 10^6)" : "";

static string Schedule(Schedule s) => s switch
{
    SingleAdministration => "once",
    RepeatedAdministration r when r.MinimumCount == r.MaximumCount => $"{r.MinimumCount} times, every {Interval(r.IntervalMinimum)}",
    RepeatedAdministration r => $"{r.MinimumCount}–{r.MaximumCount} times, every {Interval(r.IntervalMinimum)}",
    WithinWindowSchedule w => $"{w.Count} times within {Interval(w.Window)}",
    _ => "schedule not stated",
};

static string Interval(CalendarInterval i) => i.Unit switch
{
    IntervalUnit.Day => $"{i.Amount} d",
    IntervalUnit.Week => $"{i.Amount} wk",
    IntervalUnit.Month => $"{i.Amount} mo",
    _ => i.Amount == 1 ? "1 year" : $"{i.Amount} years",
};

static string Result(TrialDocument t, ReportedResult r)
{
    var outcome = t.Outcomes.First(o => o.Id == r.OutcomeId).Name;
    var arm = r.ArmId is { } a ? t.Arm(a).Label : "all";
    var stat = r.Statistic switch
    {
        ProportionStatistic q => $"{q.Count}/{q.Total} ({Num(q.ReportedPercent ?? decimal.Round(q.Percent, 1))}%)",
        PercentStatistic q => $"{Num(q.Percent)}%",
        MeanSdStatistic m => $"{Signed(m.Mean)}{(m.StandardDeviation is { } sd ? $" ± {Num(sd)}" : "")}{Unit(m.Unit)}",
        MedianIqrStatistic m => $"median {Num(m.Median)}{Unit(m.Unit)}",
        RatioStatistic q => $"{(q.RatioKind == RatioKind.RateRatio ? "rate ratio" : q.RatioKind == RatioKind.HazardRatio ? "hazard ratio" : q.RatioKind == RatioKind.OddsRatio ? "odds ratio" : "risk ratio")} {Num(q.Estimate)}{Ci(q.Interval)}",
        EstimateStatistic e => $"{(e.EstimateKind is EstimateKind.SlopeDifference or EstimateKind.Difference ? Signed(e.Value) : Num(e.Value))}{Unit(e.Unit)}{Ci(e.Interval)}{(e.EstimateKind == EstimateKind.SlopeDifference ? " (slope difference)" : "")}",
        NotReportedStatistic n => n.Statement ?? "not reported",
        _ => "",
    };
    var vs = r.ComparatorArmId is { } cmp ? $" vs {t.Arm(cmp).Label}" : "";
    var p = r.PValue is { } pv ? $", p = {Num(pv)}" : "";
    var flags = (r.Verification == Verification.Recalled ? " [recalled]" : r.Verification == Verification.Secondary ? " [secondary]" : "") +
        (r.Exploratory ? " [exploratory" + (r.Subgroup is { } sg ? $": {sg}" : "") + "]" : "");
    return Shorten($"{outcome}: {arm} {stat}{vs}{p}{flags}", 110);
}

static string Ci(ConfidenceInterval? ci) => ci is { } c ? $" ({Num(c.LevelPercent)}% CI {Num(c.Lower)}–{Num(c.Upper)})" : "";

static string Unit(string? unit) => unit switch
{
    null => "",
    "%" => "%",
    _ => " " + unit.Replace("{", "", StringComparison.Ordinal).Replace("}", "", StringComparison.Ordinal),
};

static string Num(decimal d) => d.ToString("0.####", CultureInfo.InvariantCulture);

static string Signed(decimal d) => d > 0 ? "+" + Num(d) : Num(d);

static string Shorten(string s, int max) => s.Length <= max ? s : s[..(max - 1)] + "…";

static IEnumerable<ParticipantTimeline> PickExamples(IReadOnlyList<ParticipantTimeline> ps)
{
    var picked = new List<ParticipantTimeline>();
    void Add(ParticipantTimeline? p)
    {
        if (p is not null && !picked.Contains(p))
        {
            picked.Add(p);
        }
    }

    Add(ps.FirstOrDefault(p => p.ArmId == "msc-it-iv" && p.Relapses.Length > 0));
    Add(ps.FirstOrDefault(p => p.AdverseEvents.Any(e => e.IsSerious)));
    Add(ps.FirstOrDefault(p => p.Administrations.Any(a => a.Status == AdministrationStatus.AllocatedNotDosed)));
    return picked;
}

static void PrintTimeline(ParticipantTimeline p)
{
    var b = p.Baseline;
    var age = b.AgeYearsOn(b.EnrolmentDate);
    var course = b.Course?.VerbatimLabel ?? "MS";
    Console.WriteLine();
    Console.WriteLine($"    {p.ParticipantId}  arm {p.ArmId}, {(b.Sex == Sex.Female ? "female" : "male")}, age {age.Minimum}–{age.Maximum}, {course}, " +
        $"baseline EDSS {b.BaselineEdss?.Value:0.0}, {b.Weight?.Kilograms:0.0} kg, enrolled {b.EnrolmentDate:uuuu-MM-dd}");
    var rows = new List<(NodaTime.LocalDate Date, string Text)>();
    foreach (var a in p.Administrations)
    {
        var what = a.WasDosed
            ? string.Join(" + ", a.Components.Select(c => c.DoseGiven is { } dg ? $"{RouteName(c.Route)} {Num(dg.Millions)} × 10^6 cells (lot {c.LotId})" : $"{RouteName(c.Route)} {(c.VolumeGiven is { } v ? Num(v.Millilitres) + " mL" : "")} saline"))
            : $"not dosed: {a.Reason}";
        rows.Add((a.Date, $"dose {a.PlannedNumber}: {what}{(a.Status == AdministrationStatus.Partial ? " (partial)" : "")}"));
    }

    var edss = p.Observations.OfType<EdssObservation>().ToList();
    rows.Add((edss[^1].Date, $"EDSS {string.Join(" → ", edss.Select(e => e.Score.Value.ToString("0.0", CultureInfo.InvariantCulture)))} over {edss.Count} visits (last visit)"));
    foreach (var r in p.Relapses)
    {
        rows.Add((r.Onset, $"relapse{(r.Confirmed == true ? " (confirmed)" : "")}{(r.SteroidTreated == true ? ", steroids" : "")}"));
    }

    foreach (var e in p.AdverseEvents)
    {
        rows.Add((e.OnsetDate!.Value, $"AE {e.VerbatimTerm}, grade {e.Severity?.Grade}{(e.IsSerious ? ", SERIOUS" : "")}"));
    }

    foreach (var (date, text) in rows.OrderBy(r => r.Date).Take(12))
    {
        Console.WriteLine($"      {date:uuuu-MM-dd}  {Shorten(text, 100)}");
    }
}
