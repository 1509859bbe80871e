using System.Collections.Immutable;
using System.Globalization;
using MscDomain.Common;
using MscDomain.Dosing;
using MscDomain.Trials;

namespace MscDomain.Analysis;

/// <summary>
/// Extracts comparable results of one outcome from trial documents for a meta-analysis: arm-level n/N or mean ± SD, or a
/// reported ratio with its confidence interval; every result of the outcome that is not used is listed with the reason.
/// </summary>
/// <remarks>
/// <para>Rules. A trial contributes at most one comparison. Arm-level results pair the experimental arm(s) with the first
/// comparator arm (placebo, sham, no intervention or active comparator) that reports the same statistic; several
/// experimental arms sharing one comparator are combined into one group so the comparator is not counted twice (Cochrane
/// Handbook v6.4, §23.3.4): counts are summed, means and SDs combined by Table 6.5.a. Arm-level counts are preferred to a
/// reported ratio. Results for subgroups, without a timepoint when a window is set, or outside the window are excluded.</para>
/// <para>A ratio with a confidence interval becomes y = ln(ratio) with SE = [ln(upper) − ln(lower)] / (2·z), z the normal
/// quantile of the interval's level (1.959964 for 95%) (Cochrane Handbook v6.4, §6.3.2; Altman &amp; Bland 2011,
/// <i>BMJ</i> 343:d2090). Timepoints are compared in days with 7 days a week, 30.4375 a month and 365.25 a year (mean
/// Gregorian lengths), so the window is approximate for month and year units.</para>
/// </remarks>
public static class TrialEvidence
{
    /// <summary>Extracts the comparable results of <paramref name="query"/> from <paramref name="trials"/>.</summary>
    /// <param name="trials">The trial documents.</param>
    /// <param name="query">Outcome, measure and window.</param>
    /// <returns>The contributing trials with provenance, and every exclusion with its reason.</returns>
    /// <exception cref="ArgumentNullException">A null argument.</exception>
    public static TrialEvidenceSet Extract(IEnumerable<TrialDocument> trials, TrialEvidenceQuery query)
    {
        ArgumentNullException.ThrowIfNull(trials);
        ArgumentNullException.ThrowIfNull(query);
        var studies = new List<TrialEvidenceStudy>();
        var excluded = new List<TrialEvidenceExclusion>();
        foreach (var trial in trials)
        {
            ArgumentNullException.ThrowIfNull(trial, nameof(trials));
            ExtractTrial(trial, query, studies, excluded);
        }

        var issues = excluded.Select(e => DataIssue.Warning(DataIssueCodes.ResultExcluded, new SourceLocation(e.TrialId, path: e.ResultPath),
            e.ArmId, $"Trial '{e.TrialId}': {e.Reason}")).ToList();
        return new TrialEvidenceSet(query, studies, excluded, issues);
    }

    private enum Family
    {
        TwoGroupBinary,
        TwoGroupContinuous,
        RateRatio,
        SingleProportion,
        Unsupported,
    }

    private static Family FamilyOf(EffectMeasure m) => m switch
    {
        EffectMeasure.RR or EffectMeasure.OR or EffectMeasure.RD => Family.TwoGroupBinary,
        EffectMeasure.MD or EffectMeasure.SMD or EffectMeasure.ROM => Family.TwoGroupContinuous,
        EffectMeasure.IRR => Family.RateRatio,
        EffectMeasure.PR or EffectMeasure.PLO or EffectMeasure.PAS => Family.SingleProportion,
        _ => Family.Unsupported,
    };

    private static RatioKind? RatioKindFor(EffectMeasure m) => m switch
    {
        EffectMeasure.RR => RatioKind.RiskRatio,
        EffectMeasure.OR => RatioKind.OddsRatio,
        EffectMeasure.IRR => RatioKind.RateRatio,
        _ => null,
    };

    private static void ExtractTrial(TrialDocument trial, TrialEvidenceQuery query, List<TrialEvidenceStudy> studies, List<TrialEvidenceExclusion> excluded)
    {
        var outcomeIds = trial.Outcomes
            .Where(o => string.Equals(o.Id, query.Outcome, StringComparison.OrdinalIgnoreCase)
                || string.Equals(WireName.Of(o.Measure), query.Outcome, StringComparison.OrdinalIgnoreCase))
            .Select(o => o.Id).ToHashSet(StringComparer.Ordinal);
        if (outcomeIds.Count == 0)
        {
            return;
        }

        var family = FamilyOf(query.Measure);
        var arms = trial.Arms.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var armLevel = new Dictionary<string, (int Index, ReportedResult Result)>(StringComparer.Ordinal);
        var ratios = new List<(int Index, ReportedResult Result, RatioStatistic Ratio)>();
        void Exclude(int i, ReportedResult r, string reason) => excluded.Add(new TrialEvidenceExclusion(trial.Id, Path(i), r.ArmId, reason));

        for (var i = 0; i < trial.Results.Length; i++)
        {
            var r = trial.Results[i];
            if (!outcomeIds.Contains(r.OutcomeId))
            {
                continue;
            }

            if (family == Family.Unsupported)
            {
                Exclude(i, r, $"the measure {query.Measure} cannot be derived from trial documents (use RR, OR, RD, MD, SMD, ROM, IRR, PR, PLO or PAS).");
                continue;
            }

            if (r.Subgroup is not null)
            {
                Exclude(i, r, $"a subgroup result ('{r.Subgroup}'); only whole-population results are pooled.");
                continue;
            }

            if (query.MinimumDays is not null || query.MaximumDays is not null)
            {
                if (r.Timepoint is not { } tp)
                {
                    Exclude(i, r, "no timepoint is reported, and a timepoint window was requested.");
                    continue;
                }

                var days = ApproximateDays(tp);
                if (days < query.MinimumDays || days > query.MaximumDays)
                {
                    Exclude(i, r, string.Create(CultureInfo.InvariantCulture,
                        $"the timepoint {tp} (about {days:0.#} days) is outside the window [{query.MinimumDays?.ToString(CultureInfo.InvariantCulture) ?? "-inf"}, {query.MaximumDays?.ToString(CultureInfo.InvariantCulture) ?? "inf"}] days."));
                    continue;
                }
            }

            var reason = Classify(family, query.Measure, r, arms, out var isRatio);
            if (reason is not null)
            {
                Exclude(i, r, reason);
            }
            else if (isRatio)
            {
                ratios.Add((i, r, (RatioStatistic)r.Statistic));
            }
            else if (armLevel.ContainsKey(r.ArmId!))
            {
                Exclude(i, r, $"another result for arm '{r.ArmId}' in the window was used (the first in the document).");
            }
            else
            {
                armLevel[r.ArmId!] = (i, r);
            }
        }

        var citation = trial.Citations.IsDefaultOrEmpty ? null : trial.Citations[0].Text;
        if (family == Family.SingleProportion)
        {
            foreach (var (armId, (index, r)) in armLevel)
            {
                var p = (ProportionStatistic)r.Statistic;
                var input = new MetaStudyInput(Label(trial.Id, armId), new SourceLocation(trial.Id, path: Path(index))) { Xi = p.Count, Ni = p.Total };
                if (Compute(query.Measure, input) is { } e)
                {
                    studies.Add(new TrialEvidenceStudy(e, trial.Id, citation, [armId], null, [Path(index)], r.Verification,
                        $"{armId}: {p.Count}/{p.Total} (escalc {query.Measure})."));
                }
            }

            return;
        }

        var experimental = armLevel.Keys.Where(a => arms[a].Type == ArmType.Experimental).ToList();
        var comparator = armLevel.Keys.FirstOrDefault(a => arms[a].Type is ArmType.PlaceboComparator or ArmType.ShamComparator or ArmType.NoIntervention or ArmType.ActiveComparator);
        TrialEvidenceStudy? armStudy = null;
        if (experimental.Count > 0 && comparator is not null)
        {
            armStudy = ArmLevelStudy(trial, citation, query.Measure, experimental, comparator, armLevel);
            if (armStudy is null)
            {
                foreach (var a in experimental.Append(comparator))
                {
                    Exclude(armLevel[a].Index, armLevel[a].Result, $"{query.Measure} is undefined for these arms' data (see EffectSizes rules, e.g. SMD needs n1 + n2 >= 4).");
                }
            }
        }
        else
        {
            foreach (var (armId, (index, r)) in armLevel)
            {
                Exclude(index, r, experimental.Count == 0
                    ? "no experimental arm of this trial reports the same statistic to compare with."
                    : "no comparator arm (placebo, sham, no intervention or active) reports the same statistic.");
            }
        }

        // Other arms that are neither used nor experimental (e.g. a second comparator).
        if (armStudy is not null)
        {
            foreach (var (armId, (index, r)) in armLevel.Where(kv => kv.Key != comparator && !experimental.Contains(kv.Key)))
            {
                Exclude(index, r, $"arm '{armId}' is a second comparator; the comparison uses '{comparator}'.");
            }
        }

        foreach (var (index, r, ratio) in ratios)
        {
            if (armStudy is not null)
            {
                Exclude(index, r, "arm-level results of this trial were used instead of the reported ratio (exact escalc computation).");
                continue;
            }

            var z = StandardNormal.Quantile(1 - ((1 - ((double)ratio.Interval!.LevelPercent / 100)) / 2));
            var lower = (double)ratio.Interval.Lower;
            var upper = (double)ratio.Interval.Upper;
            var se = (Math.Log(upper) - Math.Log(lower)) / (2 * z);
            var yi = Math.Log((double)ratio.Estimate);
            var label = trial.Id;
            armStudy = new TrialEvidenceStudy(
                new StudyEffect(label, yi, se * se, false, new SourceLocation(trial.Id, path: Path(index))),
                trial.Id, citation, r.ArmId is null ? [] : [r.ArmId], r.ComparatorArmId, [Path(index)], r.Verification,
                string.Create(CultureInfo.InvariantCulture,
                    $"{WireName.Of(ratio.RatioKind)} {ratio.Estimate} ({ratio.Interval.LevelPercent}% CI {ratio.Interval.Lower}-{ratio.Interval.Upper}): yi = ln({ratio.Estimate}), SE = [ln({ratio.Interval.Upper}) - ln({ratio.Interval.Lower})]/(2 x {z:0.######}) (Cochrane Handbook v6.4 §6.3.2)."));
            ratios = ratios.Where(x => x.Index != index).ToList();
            foreach (var (other, ro, _) in ratios)
            {
                Exclude(other, ro, $"another ratio of this trial was used ({Path(index)}).");
            }

            break;
        }

        if (armStudy is not null)
        {
            studies.Add(armStudy);
        }
    }

    private static string? Classify(Family family, EffectMeasure measure, ReportedResult r, Dictionary<string, Arm> arms, out bool isRatio)
    {
        isRatio = false;
        var kind = KindName(r.Statistic);
        if (r.Statistic is RatioStatistic ratio && RatioKindFor(measure) is { } wanted)
        {
            if (ratio.RatioKind != wanted)
            {
                return $"a {WireName.Of(ratio.RatioKind)} is not the measure {measure} ({WireName.Of(wanted)}).";
            }

            if (ratio.Interval is null)
            {
                return "a ratio without a confidence interval has no standard error.";
            }

            if (ratio.Interval.Lower <= 0)
            {
                return "a ratio's confidence interval must have a lower bound > 0 to be put on the log scale.";
            }

            isRatio = true;
            return null;
        }

        if (family == Family.RateRatio)
        {
            return $"a '{kind}' statistic is not a rate ratio with a confidence interval.";
        }

        if (r.ArmId is null || !arms.ContainsKey(r.ArmId))
        {
            return $"a whole-study '{kind}' statistic has no arm to compare.";
        }

        switch (family)
        {
            case Family.TwoGroupBinary:
            case Family.SingleProportion:
                if (r.Statistic is not ProportionStatistic)
                {
                    return r.Statistic is PercentStatistic
                        ? "a percentage without its numerator; n is never back-calculated from a rounded percentage."
                        : $"a '{kind}' statistic is not an arm-level n/N.";
                }

                if (family == Family.SingleProportion && arms[r.ArmId].Type != ArmType.Experimental)
                {
                    return "single-group proportions are pooled for experimental arms only.";
                }

                return null;
            default:
                if (r.Statistic is not MeanSdStatistic ms)
                {
                    return $"a '{kind}' statistic is not an arm-level mean ± SD.";
                }

                if (ms.StandardDeviation is not > 0m)
                {
                    return "the mean has no SD > 0.";
                }

                if ((ms.Participants ?? arms[r.ArmId].Counts?.Analysed) is not >= 1)
                {
                    return "the arm's n is not reported (neither with the mean nor as the arm's analysed count).";
                }

                return null;
        }
    }

    private static TrialEvidenceStudy? ArmLevelStudy(TrialDocument trial, string? citation, EffectMeasure measure, List<string> experimental, string comparator,
        Dictionary<string, (int Index, ReportedResult Result)> armLevel)
    {
        var paths = experimental.Append(comparator).Select(a => Path(armLevel[a].Index)).ToImmutableArray();
        var verification = experimental.Append(comparator).Max(a => armLevel[a].Result.Verification);
        var at = new SourceLocation(trial.Id, path: paths[0]);
        var combined = experimental.Count > 1 ? $" (arms {string.Join(" + ", experimental)} combined, Cochrane Handbook v6.4 §23.3.4)" : string.Empty;
        MetaStudyInput input;
        string conversion;
        if (armLevel[comparator].Result.Statistic is ProportionStatistic c)
        {
            var events = experimental.Sum(a => ((ProportionStatistic)armLevel[a].Result.Statistic).Count);
            var total = experimental.Sum(a => ((ProportionStatistic)armLevel[a].Result.Statistic).Total);
            input = new MetaStudyInput(trial.Id, at) { Ai = events, N1i = total, Ci = c.Count, N2i = c.Total };
            conversion = $"{string.Join("+", experimental)} {events}/{total} vs {comparator} {c.Count}/{c.Total}{combined} (escalc {measure}).";
        }
        else
        {
            var groups = experimental.Select(a => MeanOf(trial, a, armLevel)).ToList();
            var (n1, m1, sd1) = groups.Skip(1).Aggregate(groups[0], Combine);
            var (n2, m2, sd2) = MeanOf(trial, comparator, armLevel);
            input = new MetaStudyInput(trial.Id, at) { M1i = m1, Sd1i = sd1, N1i = n1, M2i = m2, Sd2i = sd2, N2i = n2 };
            conversion = string.Create(CultureInfo.InvariantCulture,
                $"{string.Join("+", experimental)} {m1:0.####} ± {sd1:0.####} (n={n1}) vs {comparator} {m2:0.####} ± {sd2:0.####} (n={n2}){combined} (escalc {measure}).");
        }

        return Compute(measure, input) is { } e
            ? new TrialEvidenceStudy(e, trial.Id, citation, [.. experimental], comparator, paths, verification, conversion)
            : null;
    }

    private static (double N, double Mean, double Sd) MeanOf(TrialDocument trial, string armId, Dictionary<string, (int Index, ReportedResult Result)> armLevel)
    {
        var ms = (MeanSdStatistic)armLevel[armId].Result.Statistic;
        var n = ms.Participants ?? trial.Arms.First(a => a.Id == armId).Counts!.Analysed!.Value;
        return (n, (double)ms.Mean, (double)ms.StandardDeviation!.Value);
    }

    /// <summary>Combines two groups' n, mean and SD into one (Cochrane Handbook v6.4, Table 6.5.a).</summary>
    private static (double N, double Mean, double Sd) Combine((double N, double Mean, double Sd) a, (double N, double Mean, double Sd) b)
    {
        var n = a.N + b.N;
        var mean = ((a.N * a.Mean) + (b.N * b.Mean)) / n;
        var d = a.Mean - b.Mean;
        var sd = Math.Sqrt((((a.N - 1) * a.Sd * a.Sd) + ((b.N - 1) * b.Sd * b.Sd) + (a.N * b.N / n * d * d)) / (n - 1));
        return (n, mean, sd);
    }

    private static StudyEffect? Compute(EffectMeasure measure, MetaStudyInput input)
    {
        var set = EffectSizes.Compute(measure, [input]);
        return set.Studies.Count == 1 ? set.Studies[0] : null;
    }

    private static double ApproximateDays(CalendarInterval t) => t.Unit switch
    {
        IntervalUnit.Day => t.Amount,
        IntervalUnit.Week => t.Amount * 7.0,
        IntervalUnit.Month => t.Amount * 30.4375,
        _ => t.Amount * 365.25,
    };

    private static string KindName(ResultStatistic s) => s switch
    {
        ProportionStatistic => "proportion",
        MeanSdStatistic => "mean-sd",
        MedianIqrStatistic => "median-iqr",
        RatioStatistic => "ratio",
        EstimateStatistic => "estimate",
        PercentStatistic => "percent",
        _ => "not-reported",
    };

    private static string Label(string trialId, string armId) => trialId + " " + armId;

    private static string Path(int index) => "$.results[" + index.ToString(CultureInfo.InvariantCulture) + "]";
}
