using System.Globalization;
using MscDomain.Common;
using MscDomain.Outcomes;
using NodaTime;

namespace MscDomain.Disability;

/// <summary>One participant's cleaned visit series (msprog hygiene, §13 of the domain notes): missing values
/// dropped, sorted by date, same-day duplicates reduced to the last row, values range-checked; plus relapse
/// distances and the threshold comparisons used by the confirmed-change and milestone searches.</summary>
internal sealed class DisabilitySeries
{
    /// <summary>Sentinel for "no relapse on that side".</summary>
    public const int NoRelapse = int.MaxValue;

    public int Count;
    public int[] Day = [];
    public LocalDate[] Dates = [];
    public decimal[] Value = [];
    public double[] ValueD = [];
    public bool[] CanConfirm = [];
    public int[] Relapses = [];
    public int[] SinceRelapse = [];
    public int[] UntilRelapse = [];
    public List<DisabilityInputIssue>? Issues;

    private decimal[] deltaM = [];
    private double[] deltaD = [];

    // Exact mode fast path: values and deltas as integers scaled by 10^scale (exact, same answers as decimal).
    private long[] valueL = [];
    private long[] deltaL = [];
    private bool useLong;
    private int scale;
    private static readonly long[] Pow10 = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000];
    private bool exact;
    private bool increase;
    private OutcomeKind outcome;
    private DeltaBands bands = DeltaBands.MsprogDefault;
    private Func<decimal, decimal>? custom;

    public bool HasErrors
    {
        get
        {
            if (Issues is null)
            {
                return false;
            }

            foreach (var i in Issues)
            {
                if (i.Severity == DataIssueSeverity.Error)
                {
                    return true;
                }
            }

            return false;
        }
    }

    public LocalDate Date(int i) => Dates[i];

    public VisitPoint Point(int i) => new(Date(i), Value[i]);

    public static DisabilitySeries Build(
        IReadOnlyList<DisabilityVisit> visits,
        IReadOnlyList<LocalDate> relapses,
        OutcomeKind outcome,
        WorseningDirection worsening,
        EdssValidation edssValidation,
        ThresholdArithmetic arithmetic,
        DeltaBands bands,
        Func<decimal, decimal>? customDelta,
        int relapseCutoffDays)
    {
        var s = new DisabilitySeries
        {
            exact = arithmetic == ThresholdArithmetic.Exact,
            increase = worsening == WorseningDirection.Increase,
            outcome = outcome,
            bands = bands,
            custom = customDelta,
        };

        var n = visits.Count;
        var idx = new int[n];
        var keys = new int[n];
        var m = 0;
        for (var i = 0; i < n; i++)
        {
            var v = visits[i];
            if (v.Value is not { } value)
            {
                s.AddIssue(DataIssueSeverity.Note, "Value", i, $"Visit {i} on {Iso(v.Date)} has no value: dropped before analysis (msprog drops incomplete rows).");
                continue;
            }

            if (OutcomeValueRule.Check(outcome, edssValidation, value) is { } problem)
            {
                var error = problem.Severity == DataIssueSeverity.Error;
                s.AddIssue(error ? DataIssueSeverity.Error : DataIssueSeverity.Note, "Value", i, $"Visit {i} on {Iso(v.Date)}: {problem.Rule}");
                if (error)
                {
                    continue;
                }
            }

            idx[m] = i;
            keys[m] = DayNumbers.Absolute(v.Date);
            m++;
        }

        // Sorting and same-day merging: the one rule shared with the ingest boundary.
        var count = OutcomeValueRule.SortAndMergeSameDay(keys, idx, m, dropped =>
            s.AddIssue(DataIssueSeverity.Note, "Date", dropped, $"Visit {dropped} shares its date {Iso(visits[dropped].Date)} with a later row: dropped, the last row of the day is kept (msprog)."));

        s.Count = count;
        s.Day = new int[count];
        s.Dates = new LocalDate[count];
        s.Value = new decimal[count];
        s.CanConfirm = new bool[count];
        s.ValueD = new double[count];
        s.deltaM = new decimal[count];
        s.deltaD = new double[count];
        for (var k = 0; k < count; k++)
        {
            var v = visits[idx[k]];
            s.Day[k] = keys[k];
            s.Dates[k] = v.Date;
            s.Value[k] = v.Value!.Value;
            s.ValueD[k] = (double)v.Value.Value;
            s.CanConfirm[k] = v.CanConfirm;
        }

        if (s.HasErrors)
        {
            s.Count = 0;
            return s;
        }

        for (var k = 0; k < count; k++)
        {
            s.ComputeDelta(k);
        }

        if (s.exact)
        {
            s.TryScale();
        }

        // Relapses: ignore those before (first visit − cutoff); sort.
        var firstDay = count > 0 ? s.Day[0] : int.MinValue;
        var rel = new List<int>(relapses.Count);
        foreach (var r in relapses)
        {
            var d = DayNumbers.Absolute(r);
            if (count == 0 || d >= firstDay - relapseCutoffDays)
            {
                rel.Add(d);
            }
        }

        rel.Sort();
        s.Relapses = rel.ToArray();
        s.SinceRelapse = new int[count];
        s.UntilRelapse = new int[count];
        var j = 0;
        for (var k = 0; k < count; k++)
        {
            var d = s.Day[k];
            while (j < s.Relapses.Length && s.Relapses[j] <= d)
            {
                j++;
            }

            // j = first relapse strictly after d; j-1 = last relapse on or before d.
            s.SinceRelapse[k] = j > 0 ? d - s.Relapses[j - 1] : NoRelapse;
            var onDay = j > 0 && s.Relapses[j - 1] == d;
            s.UntilRelapse[k] = onDay ? 0 : j < s.Relapses.Length ? s.Relapses[j] - d : NoRelapse;
        }

        return s;
    }

    private static string Iso(LocalDate d) => d.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    public void AddIssue(DataIssueSeverity severity, string field, int? index, string message) =>
        (Issues ??= []).Add(new DisabilityInputIssue(severity, field, index, message));

    /// <summary>Overwrites a visit's value (msprog <c>bl_geq</c> carries the previous reference this way).</summary>
    public void SetValue(int i, decimal v)
    {
        Value[i] = v;
        ValueD[i] = (double)v;
        ComputeDelta(i);
        if (useLong && !(TryToLong(v, out valueL[i]) && TryToLong(deltaM[i], out deltaL[i])))
        {
            useLong = false;
        }
    }

    private void TryScale()
    {
        var n = Count;
        var sc = 0;
        for (var k = 0; k < n; k++)
        {
            sc = Math.Max(sc, Math.Max(Value[k].Scale, deltaM[k].Scale));
        }

        if (sc >= Pow10.Length)
        {
            return;
        }

        scale = sc;
        valueL = new long[n];
        deltaL = new long[n];
        for (var k = 0; k < n; k++)
        {
            if (!TryToLong(Value[k], out valueL[k]) || !TryToLong(deltaM[k], out deltaL[k]))
            {
                return;
            }
        }

        useLong = true;
    }

    private bool TryToLong(decimal v, out long result)
    {
        result = 0;
        var sc = v.Scale;
        if (sc > scale)
        {
            return false;
        }

        Span<int> bits = stackalloc int[4];
        decimal.GetBits(v, bits);
        if (bits[2] != 0)
        {
            return false;
        }

        var mantissa = (ulong)(uint)bits[0] | ((ulong)(uint)bits[1] << 32);
        var factor = Pow10[scale - sc];
        if (mantissa > (ulong)(long.MaxValue / 4 / factor))
        {
            return false;
        }

        result = (long)mantissa * factor;
        if (bits[3] < 0)
        {
            result = -result;
        }

        return true;
    }

    private void ComputeDelta(int k)
    {
        var reference = Value[k];
        if (custom is not null)
        {
            deltaM[k] = custom(reference);
            deltaD[k] = (double)deltaM[k];
            return;
        }

        switch (outcome)
        {
            case OutcomeKind.Edss:
                deltaM[k] = bands.DeltaFor(reference);
                deltaD[k] = (double)deltaM[k];
                break;
            case OutcomeKind.T25fw:
            case OutcomeKind.Nhpt:
                deltaM[k] = reference / 5m;
                deltaD[k] = ValueD[k] / 5.0;
                break;
            case OutcomeKind.Sdmt:
                deltaM[k] = Math.Min(reference / 5m, 4m);
                deltaD[k] = Math.Min(ValueD[k] / 5.0, 4.0);
                break;
            default:
                throw new InvalidOperationException("A custom outcome needs a delta function.");
        }
    }

    /// <summary>The delta (minimum clinically meaningful change) for visit <paramref name="r"/> as reference.</summary>
    public decimal DeltaAt(int r) => deltaM[r];

    /// <summary>Value at <paramref name="x"/> is a worsening from the value at reference <paramref name="r"/>.</summary>
    public bool Worse(int x, int r, bool subThreshold = false)
    {
        if (useLong)
        {
            var diffL = increase ? valueL[x] - valueL[r] : valueL[r] - valueL[x];
            return subThreshold ? diffL > 0 : diffL >= deltaL[r];
        }

        if (exact)
        {
            var diff = Value[x] - Value[r];
            if (!increase)
            {
                diff = -diff;
            }

            return subThreshold ? diff > 0 : diff >= deltaM[r];
        }
        else
        {
            var diff = ValueD[x] - ValueD[r];
            if (subThreshold)
            {
                return increase ? diff > 0 : diff < 0;
            }

            return increase ? diff >= deltaD[r] : diff <= -deltaD[r];
        }
    }

    /// <summary>Value at <paramref name="x"/> is an improvement from the value at reference <paramref name="r"/>.</summary>
    public bool Better(int x, int r, bool subThreshold = false)
    {
        if (useLong)
        {
            var diffL = increase ? valueL[r] - valueL[x] : valueL[x] - valueL[r];
            return subThreshold ? diffL > 0 : diffL >= deltaL[r];
        }

        if (exact)
        {
            var diff = Value[r] - Value[x];
            if (!increase)
            {
                diff = -diff;
            }

            return subThreshold ? diff > 0 : diff >= deltaM[r];
        }
        else
        {
            var diff = ValueD[x] - ValueD[r];
            if (subThreshold)
            {
                return increase ? diff < 0 : diff > 0;
            }

            return increase ? diff <= -deltaD[r] : diff >= deltaD[r];
        }
    }

    /// <summary>Value at <paramref name="x"/> differs from the reference by at least delta (or by anything when sub-threshold).</summary>
    public bool Change(int x, int r, bool subThreshold)
    {
        if (useLong)
        {
            var diffL = Math.Abs(valueL[x] - valueL[r]);
            return subThreshold ? diffL != 0 : diffL >= deltaL[r];
        }

        if (subThreshold)
        {
            return Value[x] != Value[r];
        }

        if (exact)
        {
            return Math.Abs(Value[x] - Value[r]) >= deltaM[r];
        }

        return Math.Abs(ValueD[x] - ValueD[r]) >= deltaD[r];
    }

    /// <summary>Whether visit <paramref name="i"/> is a local extremum under the given rule (msprog <c>skip_local_extrema</c>).</summary>
    public bool IsLocalExtremum(int i, SkipLocalExtrema rule)
    {
        if (rule == SkipLocalExtrema.None)
        {
            return false;
        }

        var st = rule == SkipLocalExtrema.All;
        var prec = i == 0 ? i : i - 1;
        var subs = i == Count - 1 ? i : i + 1;
        var extremum = (Worse(prec, i, st) && Worse(subs, i, st)) || (Better(prec, i, st) && Better(subs, i, st));
        return extremum && !(i >= 2 && Value[i] == Value[i - 2]);
    }
}
