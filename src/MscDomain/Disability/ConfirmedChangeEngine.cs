using NodaTime;

namespace MscDomain.Disability;

/// <summary>Detects confirmed disability worsening (CDW) and improvement (CDI) events, classifies worsenings
/// as RAW or PIRA, in one participant's visit series — the semantics of the R package msprog's <c>MSprog()</c>
/// (Montobbio et al., <i>Mult Scler</i> 2024;30:1185–1192), restated in the domain notes §6–§11.</summary>
/// <remarks>
/// <para>A pure function: visits (date, value, may-confirm flag) and relapse onset dates in, events out. The
/// candidate onset is the first visit after the reference that differs from it by at least the delta
/// (reference-dependent, inclusive); it is confirmed when the change holds at every visit up to the first
/// eligible confirmation visit (window <c>period − tolerance</c>, not within <c>RelapseToConfirmation</c> of a
/// relapse, flagged usable). Improvement is checked before worsening. A worsening with onset within
/// <c>RelapseAssociation</c> after a relapse is RAW (relapse-associated worsening); otherwise it is PIRA
/// (progression independent of relapse activity; Kappos et al., <i>JAMA Neurol</i> 2020;77:1132; Müller et al.,
/// <i>JAMA Neurol</i> 2023;80:1232) if some confirmation visit has relapse-free PIRA windows, else undefined.</para>
/// <para>Thread-safe: no shared state. For cohorts use <see cref="ConfirmedChangeCohort"/>.</para>
/// </remarks>
public static class ConfirmedChangeEngine
{
    /// <summary>Analyses one participant.</summary>
    /// <param name="visits">Outcome assessments in any order (sorted internally; same-day duplicates: last row kept; missing values dropped; all reported in <see cref="ConfirmedChangeResult.Issues"/>).</param>
    /// <param name="relapseOnsets">Relapse onset dates (any order).</param>
    /// <param name="options">The criteria; <c>null</c> = msprog defaults.</param>
    /// <returns>The events, counts, follow-up and input report. Invalid values (e.g. EDSS 0.5 under strict validation) yield a result with errors and no analysis.</returns>
    /// <exception cref="ArgumentNullException">A list is null.</exception>
    /// <exception cref="ArgumentException">The options are inconsistent (see <see cref="ConfirmedChangeOptions.Validate"/>).</exception>
    public static ConfirmedChangeResult Analyze(IReadOnlyList<DisabilityVisit> visits, IReadOnlyList<LocalDate> relapseOnsets, ConfirmedChangeOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(visits);
        ArgumentNullException.ThrowIfNull(relapseOnsets);
        options ??= Defaults;
        options.Validate();
        return AnalyzeValidated(visits, relapseOnsets, options);
    }

    private static readonly ConfirmedChangeOptions Defaults = new();

    internal static ConfirmedChangeResult AnalyzeValidated(IReadOnlyList<DisabilityVisit> visits, IReadOnlyList<LocalDate> relapseOnsets, ConfirmedChangeOptions options)
    {
        var series = DisabilitySeries.Build(
            visits, relapseOnsets, options.Outcome, options.EffectiveWorsening, options.EdssValidation, options.Arithmetic,
            options.EdssDeltas, options.CustomDelta, options.RelapseToBaseline.DaysSinceLast);
        return new Search(series, options).Run();
    }

    private sealed class Detected
    {
        public int Onset;
        public ChangeKind Kind;
        public WorseningClass Class;
        public VisitPoint OnsetPoint;
        public VisitPoint Baseline;
        public VisitPoint Preceding;
        public VisitPoint LastDelta;
        public int BaselineDay;
        public VisitPoint?[] Conf = [];
        public VisitPoint?[] PiraConf = [];
        public int SustDays;
        public bool SustLast;
        public bool Imputed;
    }

    private sealed class Search
    {
        private readonly DisabilitySeries s;
        private readonly ConfirmedChangeOptions o;
        private readonly int n;
        private readonly double[] lo;
        private readonly double[] hi;
        private readonly int periods;
        private readonly List<Detected> events = [];
        private readonly List<UnconfirmedChange> unconfirmed = [];

        // Scratch: eligible confirmation visits (sorted) and, per visit, a bit mask of the periods it belongs to.
        private int[] conf = [];
        private ulong[] confMask = [];
        private int confCount;

        public Search(DisabilitySeries series, ConfirmedChangeOptions options)
        {
            s = series;
            o = options;
            n = series.Count;
            periods = options.ConfirmationDays.Count;
            lo = new double[periods];
            hi = new double[periods];
            for (var p = 0; p < periods; p++)
            {
                lo[p] = (double)(options.ConfirmationDays[p] - options.ConfirmationTolerance.LowerDays);
                hi[p] = options.ConfirmationTolerance.UpperDays is { } u ? (double)(options.ConfirmationDays[p] + u) : double.PositiveInfinity;
            }
        }

        public ConfirmedChangeResult Run()
        {
            if (n >= 2)
            {
                Loop();
            }

            return BuildResult();
        }

        private bool ImprovementsUsable =>
            !(o.Events is EventSelection.FirstCdw or EventSelection.FirstPira or EventSelection.FirstRaw
              && o.Baseline is BaselineScheme.Fixed or BaselineScheme.RovingWorsening);

        private bool MovesOnImprovement => o.Baseline is BaselineScheme.Roving or BaselineScheme.RovingImprovement;

        private bool MovesOnWorsening => o.Baseline is BaselineScheme.Roving or BaselineScheme.RovingWorsening;

        private void Loop()
        {
            var rtb = o.RelapseToBaseline;
            var rte = o.RelapseToEvent;
            var subThreshold = o.SubThresholdRebaseline != SubThresholdRebaseline.None;
            var relapses = s.Relapses;
            var nrel = relapses.Length;
            var relOffset = o.Events == EventSelection.FirstPira ? 0 : o.RelapseAssociation.DaysSinceLast;

            var bl = 0;
            var search = 1;
            var proceed = true;
            decimal? blLast = null;

            // Index of the first relapse strictly after the reference date (-1 = none left).
            var irel = 0;
            for (var r = 0; r < nrel; r++)
            {
                if (relapses[r] > s.Day[bl])
                {
                    irel = r;
                    break;
                }
            }

            var guard = 0;
            while (proceed)
            {
                if (++guard > 100_000 + (10 * n))
                {
                    throw new InvalidOperationException("Confirmed-change search did not terminate (internal error).");
                }

                // 1. Reference checks: not within relapse influence, not a skipped local extremum.
                var extremum = s.IsLocalExtremum(bl, o.SkipLocalExtrema);
                while (proceed && (s.SinceRelapse[bl] < rtb.DaysSinceLast || s.UntilRelapse[bl] < rtb.DaysUntilNext || extremum))
                {
                    bl++;
                    extremum = bl < n && s.IsLocalExtremum(bl, o.SkipLocalExtrema);
                    if (bl > n - 2)
                    {
                        proceed = false;
                    }
                }

                if (o.RelapseRebaseline && irel >= 0 && irel < nrel)
                {
                    var next = -1;
                    for (var r = irel; r < nrel; r++)
                    {
                        if (relapses[r] > s.Day[bl])
                        {
                            next = r;
                            break;
                        }
                    }

                    irel = next;
                }

                if (search <= bl)
                {
                    search = bl + 1;
                }

                if (o.BaselineNeverLower && o.RelapseRebaseline && blLast is { } last && last > s.Value[bl])
                {
                    s.SetValue(bl, last);
                }

                blLast = s.Value[bl];

                // 2. Candidate onset.
                var change = -1;
                for (var x = search; x < n; x++)
                {
                    if (s.Change(x, bl, subThreshold) && s.SinceRelapse[x] >= rte.DaysSinceLast && s.UntilRelapse[x] >= rte.DaysUntilNext)
                    {
                        change = x;
                        break;
                    }
                }

                var skipTail = false;
                if (change < 0)
                {
                    proceed = false;
                }
                else if (o.RelapseRebaseline && irel >= 0 && irel < nrel && s.Day[change] > (long)relapses[irel] + relOffset)
                {
                    // The candidate lies beyond the next relapse's window: not assessed; the post-relapse jump below moves the reference.
                    search = change;
                }
                else
                {
                    (bl, search, skipTail) = Assess(bl, change);
                }

                if (skipTail)
                {
                    continue;
                }

                // 3. Post-relapse re-baselining.
                if (o.RelapseRebaseline && proceed && search <= n - 1 && RelapseBetween(s.Day[bl], s.Day[search], relOffset))
                {
                    var newBl = bl;
                    if (irel >= 0 && irel < nrel)
                    {
                        newBl = -1;
                        for (var x = bl; x < n; x++)
                        {
                            if (relapses[irel] <= s.Day[x])
                            {
                                newBl = x;
                                break;
                            }
                        }
                    }

                    if (newBl >= 0)
                    {
                        bl = newBl;
                        search = bl + 1;
                    }

                    if (newBl < 0 || newBl > n - 2)
                    {
                        proceed = false;
                    }
                }

                // 4. Stop at the first event of the requested kind.
                if (proceed && FoundRequested())
                {
                    proceed = false;
                }
            }
        }

        private bool RelapseBetween(int blDay, int searchDay, int offset)
        {
            foreach (var r in s.Relapses)
            {
                if (blDay < r && (long)r + offset < searchDay)
                {
                    return true;
                }
            }

            return false;
        }

        private bool FoundRequested()
        {
            foreach (var e in events)
            {
                var hit = o.Events switch
                {
                    EventSelection.First => true,
                    EventSelection.FirstCdi => e.Kind == ChangeKind.Cdi,
                    EventSelection.FirstCdw => e.Kind == ChangeKind.Cdw,
                    EventSelection.FirstPira => e.Class == WorseningClass.Pira,
                    EventSelection.FirstRaw => e.Class == WorseningClass.Raw,
                    _ => false,
                };
                if (hit)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Lists eligible confirmation visits after <paramref name="change"/> with their period masks.</summary>
        private void CollectConfirmations(int change)
        {
            if (conf.Length < n)
            {
                conf = new int[n];
                confMask = new ulong[n];
            }

            confCount = 0;
            if (change == n - 1)
            {
                return;
            }

            var rtc = o.RelapseToConfirmation;
            var d0 = s.Day[change];
            for (var x = change + 1; x < n; x++)
            {
                if (!s.CanConfirm[x] || s.SinceRelapse[x] < rtc.DaysSinceLast || s.UntilRelapse[x] < rtc.DaysUntilNext)
                {
                    continue;
                }

                double d = s.Day[x] - d0;
                ulong mask = 0;
                for (var p = 0; p < periods; p++)
                {
                    if (d >= lo[p] && d <= hi[p])
                    {
                        mask |= 1UL << p;
                    }
                }

                if (mask != 0)
                {
                    conf[confCount] = x;
                    confMask[confCount] = mask;
                    confCount++;
                }
            }
        }

        private bool HoldsUpTo(int change, int confVisit, int reference, bool worse, bool subThreshold)
        {
            if (!o.CheckIntermediate)
            {
                return worse ? s.Worse(confVisit, reference, subThreshold) : s.Better(confVisit, reference, subThreshold);
            }

            for (var x = change + 1; x <= confVisit; x++)
            {
                if (!(worse ? s.Worse(x, reference, subThreshold) : s.Better(x, reference, subThreshold)))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Assesses a candidate onset; returns the new reference, search position and whether to skip the end-of-step work.</summary>
        private (int Bl, int Search, bool SkipTail) Assess(int bl, int change)
        {
            CollectConfirmations(change);

            // 3.1 Confirmed improvement.
            if (s.Better(change, bl) && confCount > 0 && HoldsUpTo(change, conf[0], bl, worse: false, subThreshold: false) && ImprovementsUsable)
            {
                var nns = PruneRun(bl, worse: false);
                var valid = Sustained(change, bl, nns, worse: false);
                if (valid)
                {
                    var lastDelta = FindLastDelta(change, bl, worse: false, imputed: false);
                    var sustIdx = nns < 0 ? n - 1 : nns - 1;
                    events.Add(MakeEvent(change, bl, ChangeKind.Cdi, WorseningClass.None, lastDelta, sustIdx, null, imputed: false));
                }
                else
                {
                    AddUnconfirmed(change, bl, sustainedFailure: true);
                }

                int newRef;
                if (MovesOnImprovement)
                {
                    newRef = o.ProceedFrom == ProceedFrom.FirstConfirmation ? conf[0] : change;
                    bl = newRef;
                }
                else
                {
                    newRef = valid && o.ProceedFrom == ProceedFrom.FirstConfirmation ? conf[0] : change;
                }

                return (bl, newRef + 1, false);
            }

            // 3.2 Confirmed sub-threshold improvement: re-baseline only.
            if (confCount > 0 && MovesOnImprovement
                && o.SubThresholdRebaseline is SubThresholdRebaseline.Change or SubThresholdRebaseline.Improvement
                && s.Better(change, bl, true) && HoldsUpTo(change, conf[0], bl, worse: false, subThreshold: true))
            {
                var newRef = o.ProceedFrom == ProceedFrom.FirstConfirmation ? conf[0] : change;
                return (newRef, newRef + 1, false);
            }

            // 3.3 Confirmed worsening (or accepted by last-visit imputation).
            if (s.Worse(change, bl))
            {
                var confirmed = confCount > 0 && HoldsUpTo(change, conf[0], bl, worse: true, subThreshold: false);
                var imputed = false;
                if (!confirmed && change == n - 1 && AcceptImputation(change))
                {
                    imputed = true;
                }

                if (confirmed || imputed)
                {
                    return Worsening(bl, change, imputed);
                }
            }

            // 3.4 Confirmed sub-threshold worsening: re-baseline only.
            if (confCount > 0 && MovesOnWorsening
                && o.SubThresholdRebaseline is SubThresholdRebaseline.Change or SubThresholdRebaseline.Worsening
                && s.Worse(change, bl, true) && HoldsUpTo(change, conf[0], bl, worse: true, subThreshold: true))
            {
                var newRef = o.ProceedFrom == ProceedFrom.FirstConfirmation ? conf[0] : change;
                return (newRef, newRef + 1, false);
            }

            // 3.5 Not confirmed.
            AddUnconfirmed(change, bl, sustainedFailure: false);
            return (bl, change + 1, false);
        }

        private bool AcceptImputation(int change)
        {
            var p = o.ImputeLastVisit;
            if (p <= 0)
            {
                return false;
            }

            if (p > 1)
            {
                return s.Day[change] - s.Day[0] <= p;
            }

            return p == 1 || o.ImputationRandom!.NextDouble() < (double)p;
        }

        private (int Bl, int Search, bool SkipTail) Worsening(int bl, int change, bool imputed)
        {
            if (imputed)
            {
                conf[0] = n - 1;
                confMask[0] = 0;
                confCount = 1;
            }

            var nns = PruneRun(bl, worse: true);
            var valid = Sustained(change, bl, nns, worse: true);
            WorseningClass cls = WorseningClass.None;
            if (valid)
            {
                var lastDelta = FindLastDelta(change, bl, worse: true, imputed);
                var sustIdx = nns < 0 ? n - 1 : nns - 1;
                VisitPoint?[]? piraConf = null;
                var assoc = o.RelapseAssociation;
                if (s.SinceRelapse[change] <= assoc.DaysSinceLast || s.UntilRelapse[change] <= assoc.DaysUntilNext)
                {
                    if (o.Events == EventSelection.FirstPira && o.Baseline is BaselineScheme.Fixed or BaselineScheme.RovingImprovement)
                    {
                        return (bl, change + 1, true);
                    }

                    cls = WorseningClass.Raw;
                }
                else
                {
                    if (o.Events == EventSelection.FirstRaw && o.Baseline is BaselineScheme.Fixed or BaselineScheme.RovingImprovement)
                    {
                        return (bl, change + 1, true);
                    }

                    piraConf = PiraConfirmations(bl, change, lastDelta, imputed);
                    cls = piraConf is null ? WorseningClass.Undefined : WorseningClass.Pira;
                }

                events.Add(MakeEvent(change, bl, ChangeKind.Cdw, cls, lastDelta, sustIdx, piraConf, imputed));
            }
            else
            {
                AddUnconfirmed(change, bl, sustainedFailure: true);
            }

            if (imputed)
            {
                return (bl, change + 1, false);
            }

            int newRef;
            if (MovesOnWorsening)
            {
                newRef = o.ProceedFrom == ProceedFrom.FirstConfirmation ? conf[0] : change;
                bl = newRef;
            }
            else if (!valid
                     || (cls != WorseningClass.Pira && o.Events == EventSelection.FirstPira)
                     || (cls != WorseningClass.Raw && o.Events == EventSelection.FirstRaw))
            {
                newRef = change;
            }
            else
            {
                newRef = o.ProceedFrom == ProceedFrom.FirstConfirmation ? conf[0] : change;
            }

            return (bl, newRef + 1, false);
        }

        /// <summary>Finds the first visit after the first confirmation visit at which the change from the reference no longer holds,
        /// and discards confirmation visits from it on. Returns its index or -1.</summary>
        private int PruneRun(int bl, bool worse)
        {
            var first = conf[0];
            var nns = -1;
            for (var x = first + 1; x < n; x++)
            {
                if (!(worse ? s.Worse(x, bl) : s.Better(x, bl)))
                {
                    nns = x;
                    break;
                }
            }

            if (nns >= 0)
            {
                var k = 0;
                while (k < confCount && conf[k] < nns)
                {
                    k++;
                }

                confCount = k;
            }

            return nns;
        }

        private bool Sustained(int change, int bl, int nns, bool worse)
        {
            var req = o.RequireSustainedDays;
            if (req <= 0)
            {
                return true;
            }

            if (o.CheckIntermediate)
            {
                return nns < 0 || (long)s.Day[nns] - s.Day[change] >= req;
            }

            var sustVis = n - 1;
            if ((long)s.Day[n - 1] - s.Day[change] >= req)
            {
                for (var x = change + 1; x < n; x++)
                {
                    if ((long)s.Day[x] - s.Day[change] >= req)
                    {
                        sustVis = x;
                        break;
                    }
                }
            }

            return worse ? s.Worse(sustVis, bl) : s.Better(sustVis, bl);
        }

        private int FindLastDelta(int change, int bl, bool worse, bool imputed)
        {
            _ = bl;
            var r = change;
            while (r > 0)
            {
                r--;
                if (s.IsLocalExtremum(r, o.SkipLocalExtrema))
                {
                    continue;
                }

                if (!(worse ? s.Worse(change, r) : s.Better(change, r)))
                {
                    continue;
                }

                if (!imputed && !HoldsUpTo(change, conf[0], r, worse, subThreshold: false))
                {
                    continue;
                }

                return r;
            }

            return 0;
        }

        /// <summary>PIRA confirmation visit per period, or null when no confirmation visit has relapse-free windows.</summary>
        private VisitPoint?[]? PiraConfirmations(int bl, int change, int lastDelta, bool imputed)
        {
            var def = o.Pira;
            var precDay = def.PrecedingVisit switch
            {
                PiraPrecedingVisit.Baseline => s.Day[bl],
                PiraPrecedingVisit.Last => s.Day[change - 1],
                _ => s.Day[lastDelta],
            };
            var eventDay = s.Day[change];
            VisitPoint?[]? result = null;
            var any = false;
            for (var k = 0; k < confCount; k++)
            {
                var c = conf[k];
                if (!RelapseFree(def, precDay, eventDay, s.Day[c]))
                {
                    continue;
                }

                any = true;
                if (imputed)
                {
                    continue;
                }

                result ??= new VisitPoint?[periods];
                for (var p = 0; p < periods; p++)
                {
                    if ((confMask[k] & (1UL << p)) != 0 && result[p] is null)
                    {
                        result[p] = s.Point(c);
                    }
                }
            }

            return any ? result ?? new VisitPoint?[periods] : null;
        }

        private bool RelapseFree(PiraDefinition def, long prec, long ev, long cf)
        {
            long t0 = prec - def.P0;
            return Check(prec, def.P1, ref t0)
                && CheckLeft(ev, def.E0, ref t0) && Check(ev, def.E1, ref t0)
                && CheckLeft(cf, def.C0, ref t0) && Check(cf, def.C1, ref t0);
        }

        private static bool CheckLeft(long t, int? left, ref long t0)
        {
            if (left is { } l)
            {
                t0 = t - l;
            }

            return true;
        }

        private bool Check(long t, int? right, ref long t0)
        {
            if (right is not { } r)
            {
                return true;
            }

            var t1 = t + r;
            if (t1 > t0)
            {
                foreach (var rel in s.Relapses)
                {
                    if (rel >= t0 && rel <= t1)
                    {
                        return false;
                    }
                }
            }

            return true;
        }

        private Detected MakeEvent(int change, int bl, ChangeKind kind, WorseningClass cls, int lastDelta, int sustIdx, VisitPoint?[]? piraConf, bool imputed)
        {
            var confPts = new VisitPoint?[periods];
            if (!imputed)
            {
                for (var k = 0; k < confCount; k++)
                {
                    for (var p = 0; p < periods; p++)
                    {
                        if ((confMask[k] & (1UL << p)) != 0 && confPts[p] is null)
                        {
                            confPts[p] = s.Point(conf[k]);
                        }
                    }
                }
            }

            return new Detected
            {
                Onset = change,
                Kind = kind,
                Class = cls,
                OnsetPoint = s.Point(change),
                Baseline = s.Point(bl),
                BaselineDay = s.Day[bl],
                Preceding = s.Point(change - 1),
                LastDelta = s.Point(lastDelta),
                Conf = confPts,
                PiraConf = piraConf ?? new VisitPoint?[periods],
                SustDays = s.Day[sustIdx] - s.Day[change],
                SustLast = sustIdx == n - 1,
                Imputed = imputed,
            };
        }

        private void AddUnconfirmed(int change, int bl, bool sustainedFailure)
        {
            unconfirmed.Add(new UnconfirmedChange(
                s.Point(change),
                s.Point(bl),
                s.SinceRelapse[change] == DisabilitySeries.NoRelapse ? null : s.SinceRelapse[change],
                s.UntilRelapse[change] == DisabilitySeries.NoRelapse ? null : s.UntilRelapse[change],
                sustainedFailure));
        }

        private ConfirmedChangeResult BuildResult()
        {
            // Same onset detected twice (post-relapse re-baselining): keep the later detection; order by onset.
            var kept = new List<Detected>(events.Count);
            for (var i = 0; i < events.Count; i++)
            {
                var later = false;
                for (var j = i + 1; j < events.Count; j++)
                {
                    if (events[j].Onset == events[i].Onset)
                    {
                        later = true;
                        break;
                    }
                }

                if (!later)
                {
                    kept.Add(events[i]);
                }
            }

            kept.Sort((a, b) => a.Onset.CompareTo(b.Onset));

            if (o.Events != EventSelection.Multiple)
            {
                Detected? first = null;
                foreach (var e in kept)
                {
                    var match = o.Events switch
                    {
                        EventSelection.First => true,
                        EventSelection.FirstCdi => e.Kind == ChangeKind.Cdi,
                        EventSelection.FirstCdw => e.Kind == ChangeKind.Cdw,
                        EventSelection.FirstPira => e.Class == WorseningClass.Pira,
                        EventSelection.FirstRaw => e.Class == WorseningClass.Raw,
                        _ => true,
                    };
                    if (match)
                    {
                        first = e;
                        break;
                    }
                }

                kept = first is null ? [] : [first];
            }

            var firstDay = n > 0 ? s.Day[0] : 0;
            var list = new ConfirmedChangeEvent[kept.Count];
            int cdi = 0, cdw = 0, raw = 0, pira = 0, undef = 0;
            var classified = o.ShowsClassification;
            var labels = new string[kept.Count];
            for (var i = 0; i < kept.Count; i++)
            {
                var e = kept[i];
                var confirmations = new ConfirmationVisit[periods];
                for (var p = 0; p < periods; p++)
                {
                    confirmations[p] = new ConfirmationVisit(o.ConfirmationDays[p], e.Conf[p], e.PiraConf[p]);
                }

                var onsetDay = DayNumbers.Absolute(e.OnsetPoint.Date);
                list[i] = new ConfirmedChangeEvent
                {
                    Number = i + 1,
                    Kind = e.Kind,
                    Class = e.Class,
                    Onset = e.OnsetPoint,
                    Baseline = e.Baseline,
                    PrecedingVisit = e.Preceding,
                    LastDelta = e.LastDelta,
                    Confirmations = confirmations,
                    DaysFromFirstVisit = onsetDay - firstDay,
                    DaysFromBaseline = onsetDay - e.BaselineDay,
                    SustainedDays = e.SustDays,
                    SustainedToLastVisit = e.SustLast,
                    IsImputed = e.Imputed,
                };
                if (e.Kind == ChangeKind.Cdi)
                {
                    cdi++;
                }
                else
                {
                    cdw++;
                    switch (e.Class)
                    {
                        case WorseningClass.Raw: raw++; break;
                        case WorseningClass.Pira: pira++; break;
                        default: undef++; break;
                    }
                }

                labels[i] = list[i].Label(classified);
            }

            return new ConfirmedChangeResult
            {
                Events = list,
                Unconfirmed = unconfirmed,
                Counts = new ConfirmedChangeCounts(cdi, cdw, raw, pira, undef, string.Join(", ", labels)),
                FirstVisitDate = n > 0 ? s.Date(0) : null,
                LastVisitDate = n > 0 ? s.Date(n - 1) : null,
                FollowUpDays = n > 0 ? s.Day[n - 1] - s.Day[0] : 0,
                VisitsAnalysed = n,
                Issues = s.Issues is null ? [] : s.Issues,
            };
        }
    }
}
