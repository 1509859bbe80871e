using System.Globalization;
using System.Text.Json.Nodes;
using MscDomain.Cells;
using MscDomain.Common;
using MscDomain.Dosing;
using MscDomain.Serialization;

namespace MscDomain.Trials;

/// <summary>
/// The consistency pass behind <see cref="TrialDocument.CheckConsistency"/>: values of a trial document compared with each
/// other. Impossible reports are errors, implausible ones warnings (codes MSC1001–MSC1018, docs/issue-codes.md).
/// </summary>
/// <remarks>
/// <para>Populations. The participants who can be behind an arm's result or adverse event: the arm's largest count
/// (enrolled, randomised, treated), else the trial's; in a crossover, participant-periods: the sum over sequences of
/// participants × periods in that arm (Petrou 2020 pools both cycles: 30 of 32), else trial size × periods. A whole-study
/// result may use trial size × periods.</para>
/// <para>Percentages: printed percentages are compared with 100·n/N; a difference within half a unit of the last printed
/// digit is rounding (6.7 for 2/30), up to 1 percentage point a warning (truncation, a different denominator), above it an
/// error (1/3 printed as 90%). House rule; CONSORT 2010 item 16 asks for n and N so that this can be checked.</para>
/// <para>Timepoints (results, outcome time frames, assessments) are compared with the end of follow-up (the planned
/// follow-up, the longest reported follow-up, or the last period's end, whichever is latest) in approximate days (month =
/// 30.4375 days); up to 10% beyond is a warning (visit windows), more is an error. House rule.</para>
/// </remarks>
internal static class TrialConsistency
{
    private const decimal FollowUpTolerance = 0.10m;

    internal static IReadOnlyList<DataIssue> Check(TrialDocument doc)
    {
        var issues = new List<DataIssue>();
        var trialSize = Max(doc.Counts?.Enrolled, doc.Counts?.Randomized, doc.Counts?.Treated, doc.Baseline?.Participants);
        var periods = Math.Max(1, doc.Design.Periods.Length);
        var crossover = doc.Design.Model == InterventionModel.Crossover && doc.Design.Periods.Length > 1;

        if (doc.Counts is { } tc)
        {
            CheckCounts(tc, "$.counts", issues);
        }

        CheckArms(doc, trialSize, crossover, periods, issues);
        CheckSequences(doc, issues);
        CheckPeriods(doc, issues);
        CheckResults(doc, trialSize, crossover, periods, issues);
        CheckAdverseEvents(doc, trialSize, crossover, periods, issues);
        CheckTimepoints(doc, issues);
        CheckDoses(doc, issues);
        CheckProducts(doc, issues);
        if (doc.Baseline is { } b)
        {
            CheckBaseline(b, "$.baseline", issues);
        }

        CheckConduct(doc, issues);
        CheckProvenance(doc, issues);
        return issues;
    }

    private static void CheckCounts(ArmCounts c, string path, List<DataIssue> issues)
    {
        void Pair(int? child, string childName, int? parent, string parentName)
        {
            if (child is { } x && parent is { } y && x > y)
            {
                issues.Add(DataIssue.Error(DataIssueCodes.CountExceedsParent, At($"{path}.{childName}"), I(x),
                    $"{childName} {x} exceeds {parentName} {y}: a count cannot exceed the count it is part of."));
            }
        }

        Pair(c.Enrolled, "enrolled", c.Screened, "screened");
        Pair(c.Randomized, "randomized", c.Enrolled, "enrolled");
        if (c.Randomized is not null)
        {
            Pair(c.Treated, "treated", c.Randomized, "randomized");
        }
        else
        {
            Pair(c.Treated, "treated", c.Enrolled, "enrolled");
        }

        var started = c.Treated ?? c.Randomized ?? c.Enrolled;
        var startedName = c.Treated is not null ? "treated" : c.Randomized is not null ? "randomized" : "enrolled";
        Pair(c.Completed, "completed", started, startedName);
        Pair(c.Analysed, "analysed", c.Randomized ?? c.Enrolled, c.Randomized is not null ? "randomized" : "enrolled");
        var withdrawn = c.Withdrawals.Sum(w => w.Participants);
        var entered = c.Randomized ?? c.Enrolled ?? c.Treated;
        if (!c.Withdrawals.IsEmpty && entered is { } e && withdrawn > e)
        {
            issues.Add(DataIssue.Error(DataIssueCodes.CountExceedsParent, At($"{path}.withdrawals"), I(withdrawn),
                $"withdrawals total {withdrawn}, more than the {e} participants who entered."));
        }
    }

    private static void CheckArms(TrialDocument doc, int? trialSize, bool crossover, int periods, List<DataIssue> issues)
    {
        var trial = doc.Counts;
        foreach (var (arm, i) in doc.Arms.Select((a, i) => (a, i)))
        {
            if (arm.Counts is { } c)
            {
                CheckCounts(c, $"$.arms[{i}].counts", issues);
                foreach (var (name, value, limit) in new[]
                {
                    ("enrolled", c.Enrolled, trial?.Enrolled), ("randomized", c.Randomized, trial?.Randomized),
                    ("treated", c.Treated, trial?.Treated), ("completed", c.Completed, trial?.Completed ?? trialSize),
                })
                {
                    var cap = crossover ? limit * periods : limit ?? (name == "completed" ? null : trialSize);
                    if (value is { } v && cap is { } t && v > t)
                    {
                        issues.Add(DataIssue.Error(DataIssueCodes.ArmCountExceedsTrial, At($"$.arms[{i}].counts.{name}"), I(v),
                            $"arm '{arm.Id}' {name} {v} exceeds the trial's {t}."));
                    }
                }
            }

            if (arm.Baseline is { } b)
            {
                CheckBaseline(b, $"$.arms[{i}].baseline", issues);
            }
        }

        if (crossover)
        {
            return;
        }

        foreach (var (name, pick, total) in new (string, Func<ArmCounts, int?>, int?)[]
        {
            ("randomized", a => a.Randomized, trial?.Randomized), ("treated", a => a.Treated, trial?.Treated), ("completed", a => a.Completed, trial?.Completed),
        })
        {
            var values = doc.Arms.Select(a => a.Counts is { } c ? pick(c) : null).Where(v => v is not null).Select(v => v!.Value).ToList();
            if (total is { } t && values.Sum() > t)
            {
                issues.Add(DataIssue.Error(DataIssueCodes.ArmCountExceedsTrial, At($"$.counts.{name}"), I(t),
                    $"the arms' {name} counts add up to {values.Sum()}, more than the trial's {t}."));
            }
        }
    }

    private static void CheckSequences(TrialDocument doc, List<DataIssue> issues)
    {
        var seqs = doc.Design.Sequences;
        if (seqs.IsEmpty || (doc.Counts?.Randomized ?? doc.Counts?.Enrolled) is not { } randomised)
        {
            return;
        }

        var known = seqs.Where(s => s.Participants is not null).Sum(s => s.Participants!.Value);
        var reRandomised = doc.Design.Periods.Any(p => p.ReRandomized);
        if (known > randomised)
        {
            issues.Add(DataIssue.Error(DataIssueCodes.SequencesExceedRandomised, At("$.design.sequences"), I(known),
                $"the sequences hold {known} participants but {randomised} were randomised; each participant follows one sequence."));
        }
        else if (!reRandomised && seqs.All(s => s.Participants is not null) && known < randomised)
        {
            issues.Add(DataIssue.Warning(DataIssueCodes.SequencesBelowRandomised, At("$.design.sequences"), I(known),
                $"the sequences hold {known} participants but {randomised} were randomised; are some sequences missing?"));
        }
    }

    private static void CheckPeriods(TrialDocument doc, List<DataIssue> issues)
    {
        var ps = doc.Design.Periods;
        for (var i = 0; i < ps.Length; i++)
        {
            var p = ps[i];
            if (p.End is { } end && end.ApproximateDays() <= p.Start.ApproximateDays())
            {
                issues.Add(DataIssue.Error(DataIssueCodes.PeriodOutOfOrder, At($"$.design.periods[{i}].end"), end.ToString(),
                    $"period '{p.Id}' ends ({end}) before or when it starts ({p.Start})."));
            }

            if (i > 0 && ps[i - 1].End is { } prevEnd && p.Start.ApproximateDays() < prevEnd.ApproximateDays())
            {
                issues.Add(DataIssue.Error(DataIssueCodes.PeriodOutOfOrder, At($"$.design.periods[{i}].start"), p.Start.ToString(),
                    $"period '{p.Id}' starts ({p.Start}) before the previous period '{ps[i - 1].Id}' ends ({prevEnd}); periods are listed in order."));
            }
        }
    }

    private static int? Population(TrialDocument doc, string? armId, IEnumerable<string> pooled, int? trialSize, bool crossover, int periods)
    {
        var ids = armId is null ? pooled.ToList() : [armId, .. pooled];
        if (ids.Count == 0)
        {
            return crossover ? trialSize * periods : trialSize;
        }

        var total = 0;
        foreach (var id in ids)
        {
            if (ArmPopulation(doc, id, trialSize, crossover, periods) is not { } n)
            {
                return null;
            }

            total += n;
        }

        return total;
    }

    private static int? ArmPopulation(TrialDocument doc, string armId, int? trialSize, bool crossover, int periods)
    {
        if (crossover)
        {
            var seqs = doc.Design.Sequences.Where(s => s.ArmIds.Contains(armId)).ToList();
            if (seqs.Count > 0 && seqs.All(s => s.Participants is not null))
            {
                return seqs.Sum(s => s.Participants!.Value * s.ArmIds.Count(a => a == armId));
            }

            return trialSize * periods;
        }

        var arm = doc.Arms.First(a => a.Id == armId);
        return Max(arm.Counts?.Enrolled, arm.Counts?.Randomized, arm.Counts?.Treated, arm.Baseline?.Participants) ?? trialSize;
    }

    private static void CheckResults(TrialDocument doc, int? trialSize, bool crossover, int periods, List<DataIssue> issues)
    {
        foreach (var (r, i) in doc.Results.Select((r, i) => (r, i)))
        {
            var path = $"$.results[{i}].statistic";
            var population = Population(doc, r.ArmId, r.PooledArmIds, trialSize, crossover, periods);
            var (n, nName) = r.Statistic switch
            {
                ProportionStatistic p => ((int?)p.Total, "total"),
                PercentStatistic p => (p.Total, "total"),
                MeanSdStatistic m => (m.Participants, "participants"),
                MedianIqrStatistic m => (m.Participants, "participants"),
                CorrelationStatistic c => (c.Participants, "participants"),
                _ => (null, string.Empty),
            };
            if (n is { } denominator && population is { } pop && denominator > pop)
            {
                issues.Add(DataIssue.Error(DataIssueCodes.DenominatorExceedsPopulation, At($"{path}.{nName}"), I(denominator),
                    $"N {denominator} exceeds the {pop} participants{(crossover ? " (participant-periods)" : string.Empty)} of {(r.ArmId is null && r.PooledArmIds.IsEmpty ? "the trial" : "arm '" + string.Join("+", new[] { r.ArmId }.Concat(r.PooledArmIds).Where(a => a is not null)) + "'")}."));
            }

            if (r.Statistic is ProportionStatistic { ReportedPercent: { } printed } prop)
            {
                CheckPercent(printed, prop.Count, prop.Total, $"{path}.reportedPercent", DataIssueCodes.PercentDisagreesWithCount, issues);
            }

            var (estimate, ci) = r.Statistic switch
            {
                EstimateStatistic e => ((decimal?)e.Value, e.Interval),
                RatioStatistic q => (q.Estimate, q.Interval),
                CorrelationStatistic c => (c.Coefficient, c.Interval),
                _ => (null, null),
            };
            if (estimate is { } est && ci is { } interval && !interval.Contains(est))
            {
                issues.Add(DataIssue.Error(DataIssueCodes.EstimateOutsideInterval, At($"{path}.interval"), D(est),
                    $"the estimate {D(est)} lies outside its own {D(interval.LevelPercent)}% CI ({D(interval.Lower)}–{D(interval.Upper)})."));
            }

            if (!r.IndividualValues.IsEmpty && n is { } count && r.IndividualValues.Length > count)
            {
                issues.Add(DataIssue.Error(DataIssueCodes.IndividualValuesExceedCount, At($"$.results[{i}].individualValues"), I(r.IndividualValues.Length),
                    $"{r.IndividualValues.Length} individual values but the statistic is over {count} participants."));
            }
        }
    }

    private static void CheckPercent(decimal printed, int count, int total, string path, string code, List<DataIssue> issues)
    {
        var exact = count * 100m / total;
        var diff = Math.Abs(printed - exact);
        var halfUnit = 0.5m / (decimal)Math.Pow(10, printed.Scale);
        if (diff <= halfUnit)
        {
            return;
        }

        var rule = $"{D(printed)}% printed for {count}/{total} = {exact.ToString("0.###", CultureInfo.InvariantCulture)}%";
        issues.Add(diff <= 1m
            ? DataIssue.Warning(DataIssueCodes.PercentRounding, At(path), D(printed), rule + " (beyond rounding of the printed digits, within 1 point).")
            : DataIssue.Error(code, At(path), D(printed), rule + " (more than 1 percentage point apart)."));
    }

    private static void CheckAdverseEvents(TrialDocument doc, int? trialSize, bool crossover, int periods, List<DataIssue> issues)
    {
        foreach (var (ae, i) in doc.AdverseEvents.Select((a, i) => (a, i)))
        {
            if (ae.Participants is not { } n)
            {
                continue;
            }

            // An AE in one period of a crossover happens to the participants of that period only.
            var population = crossover && ae.PeriodId is not null
                ? (ae.ArmId is null ? trialSize : PeriodArmPopulation(doc, ae.ArmId, ae.PeriodId) ?? trialSize)
                : Population(doc, ae.ArmId, [], trialSize, crossover, periods);
            if (population is { } pop && n > pop)
            {
                issues.Add(DataIssue.Error(DataIssueCodes.AdverseEventExceedsArm, At($"$.adverseEvents[{i}].participants"), I(n),
                    $"'{ae.Term}' in {n} participants, but {(ae.ArmId is null ? "the trial" : "arm '" + ae.ArmId + "'")} has {pop}."));
            }
        }
    }

    private static int? PeriodArmPopulation(TrialDocument doc, string armId, string periodId)
    {
        var index = doc.Design.Periods.Select((p, k) => (p, k)).First(x => x.p.Id == periodId).k;
        var seqs = doc.Design.Sequences.Where(s => s.ArmIds.Length > index && s.ArmIds[index] == armId).ToList();
        return seqs.Count > 0 && seqs.All(s => s.Participants is not null) ? seqs.Sum(s => s.Participants!.Value) : null;
    }

    private static void CheckTimepoints(TrialDocument doc, List<DataIssue> issues)
    {
        var ends = new List<decimal>();
        if (doc.Design.FollowUp is { } f)
        {
            ends.Add(f.ApproximateDays());
        }

        if (doc.Design.FollowUpSummary?.LongestApproximateDays() is { } longest)
        {
            ends.Add(longest);
        }

        ends.AddRange(doc.Design.Periods.Where(p => p.End is not null).Select(p => p.End!.Value.ApproximateDays()));
        if (ends.Count == 0)
        {
            return;
        }

        var end = ends.Max();
        void Check(CalendarInterval? t, string path)
        {
            if (t is not { } tp || tp.ApproximateDays() <= end)
            {
                return;
            }

            var rule = $"timepoint {tp} is after the end of follow-up (about {Math.Round(end)} days)";
            issues.Add(tp.ApproximateDays() <= end * (1m + FollowUpTolerance)
                ? DataIssue.Warning(DataIssueCodes.TimepointNearFollowUp, At(path), tp.ToString(), rule + ", by at most 10%.")
                : DataIssue.Error(DataIssueCodes.TimepointAfterFollowUp, At(path), tp.ToString(), rule + ", by more than 10%: no one was followed that long."));
        }

        foreach (var (r, i) in doc.Results.Select((r, i) => (r, i)))
        {
            Check(r.Timepoint, $"$.results[{i}].timepoint");
            Check(r.TimepointMaximum, $"$.results[{i}].timepointMaximum");
        }

        foreach (var (o, i) in doc.Outcomes.Select((o, i) => (o, i)))
        {
            Check(o.TimeFrame, $"$.outcomes[{i}].timeFrame");
            foreach (var (t, k) in o.Timepoints.Select((t, k) => (t, k)))
            {
                Check(t, $"$.outcomes[{i}].timepoints[{k}]");
            }
        }

        foreach (var (a, i) in doc.Assessments.Select((a, i) => (a, i)))
        {
            foreach (var (t, k) in a.Timepoints.Select((t, k) => (t, k)))
            {
                Check(t, $"$.assessments[{i}].timepoints[{k}]");
            }
        }
    }

    private static void CheckDoses(TrialDocument doc, List<DataIssue> issues)
    {
        foreach (var (arm, i) in doc.Arms.Select((a, i) => (a, i)))
        {
            if (arm.Regimen is not { } regimen)
            {
                continue;
            }

            for (var p = 0; p < regimen.Phases.Length; p++)
            {
                for (var c = 0; c < regimen.Phases[p].Components.Length; c++)
                {
                    if (regimen.Phases[p].Components[c].Dose is PerKgDose { Cap: { } cap } && cap.Millions <= 0m)
                    {
                        issues.Add(DataIssue.Error(DataIssueCodes.DoseCapNotPositive, At($"$.arms[{i}].regimen.phases[{p}].components[{c}].dose.cap"), D(cap.Millions),
                            $"a dose cap of {D(cap.Millions)} million cells allows no dose; a cap must be > 0."));
                    }
                }
            }
        }
    }

    private static void CheckProducts(TrialDocument doc, List<DataIssue> issues)
    {
        foreach (var (p, i) in doc.Products.Select((p, i) => (p, i)))
        {
            foreach (var (t, k) in p.ReleaseTests.Select((t, k) => (t, k)))
            {
                if (t.Kind == ReleaseTestKind.Other && t.Name is null)
                {
                    issues.Add(DataIssue.Warning(DataIssueCodes.ReleaseTestUnnamed, At($"$.products[{i}].releaseTests[{k}].name"), null,
                        "a release test of kind other needs a name saying what was tested."));
                }
            }
        }
    }

    private static void CheckBaseline(BaselineCharacteristics b, string path, List<DataIssue> issues)
    {
        if (b.Participants is not { } n)
        {
            return;
        }

        void Over(int? value, string member, string what)
        {
            if (value is { } v && v > n)
            {
                issues.Add(DataIssue.Error(DataIssueCodes.BaselineCountExceedsParticipants, At($"{path}.{member}"), I(v), $"{what} {v} exceeds the table's N {n}."));
            }
        }

        Over((b.Female ?? 0) + (b.Male ?? 0) is var sex && (b.Female is not null || b.Male is not null) ? sex : null, b.Male is null ? "female" : "male", "women and men together");
        Over(b.Courses.IsEmpty ? null : b.Courses.Sum(c => c.Participants), "courses", "the course counts together");
        Over(b.GdEnhancingParticipants, "gdEnhancingParticipants", "participants with Gd-enhancing lesions");
        if (b.GdEnhancingPercent is { } printed && b.GdEnhancingParticipants is { } gd && n > 0 && gd <= n)
        {
            CheckPercent(printed, gd, n, $"{path}.gdEnhancingPercent", DataIssueCodes.BaselineCountExceedsParticipants, issues);
        }
    }

    private static void CheckConduct(TrialDocument doc, List<DataIssue> issues)
    {
        if (doc.Conduct is not { } c)
        {
            return;
        }

        if (c.Multicentre == false && (c.SiteCount > 1 || c.Sites.Length > 1))
        {
            issues.Add(DataIssue.Error(DataIssueCodes.SiteCountContradiction, At("$.conduct.multicentre"), "false",
                $"single-centre, but {Math.Max(c.SiteCount ?? 0, c.Sites.Length)} sites are given."));
        }

        if (c.Multicentre == true && c.SiteCount == 1)
        {
            issues.Add(DataIssue.Error(DataIssueCodes.SiteCountContradiction, At("$.conduct.siteCount"), "1", "multicentre, but the site count is 1."));
        }

        if (c.SiteCount is { } count && c.Sites.Length > count)
        {
            issues.Add(DataIssue.Error(DataIssueCodes.SiteCountContradiction, At("$.conduct.sites"), I(c.Sites.Length),
                $"{c.Sites.Length} named sites, more than the site count {count}."));
        }
    }

    private static void CheckProvenance(TrialDocument doc, List<DataIssue> issues)
    {
        if (doc.Provenance.IsEmpty)
        {
            return;
        }

        var root = JsonNode.Parse(MscDomainJson.Serialize(doc))!;
        foreach (var (p, i) in doc.Provenance.Select((p, i) => (p, i)))
        {
            if (DocumentPointer.Resolve(root, p.Path, out var failedAt) is null)
            {
                issues.Add(DataIssue.Error(DataIssueCodes.ProvenanceUnresolved, At($"$.provenance[{i}].path"), p.Path,
                    $"the pointer does not resolve at '{failedAt}': no such member, index or id (array elements are named by id, name or productId)."));
            }
        }
    }

    private static int? Max(params int?[] values) => values.Where(v => v is not null).Select(v => v!.Value).DefaultIfEmpty(-1).Max() is var m && m >= 0 ? m : null;

    private static SourceLocation At(string path) => SourceLocation.AtJsonPath(path);

    private static string I(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string D(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
