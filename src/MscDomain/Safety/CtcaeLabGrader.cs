using System.Runtime.CompilerServices;
using MscDomain.AdverseEvents;

namespace MscDomain.Safety;

/// <summary>
/// Grades lab values by CTCAE v5.0 or v6.0 (every lab term of safety.md §5), allocation-free per value.
/// </summary>
/// <remarks>
/// <para>Criteria are data (<c>CtcaeLabCriteria</c>): term × version → unit column → grade bands of
/// ×ULN, ×LLN, ×baseline, percent-change or absolute thresholds, most severe first. Range notation follows
/// CTCAE exactly (safety.md §2.1); all arithmetic is <see cref="decimal"/>, so boundaries never flip.</para>
/// <para>Evaluation (safety.md §4): bands are checked from the most severe down; a comparison that needs a
/// missing LLN, ULN or baseline is unknown; a band is met when one of its branches is fully met; the grade is
/// the most severe band met, and unknown bands passed over are flagged
/// (<see cref="LabGradingFlags.MoreSevereBandNotCheckable"/>). Grade 0 only when every band is not met;
/// otherwise "not gradable" with the missing reference as reason.</para>
/// <para>Baseline (safety.md §3): the explicit <see cref="LabGradingInput.BaselineStatus"/> decides whether
/// baseline was abnormal; when unknown it is derived from the baseline value against this record's ULN/LLN, and
/// when it cannot be derived baseline is treated as not abnormal.</para>
/// <para>Thread-safe; create once and reuse.</para>
/// </remarks>
public sealed class CtcaeLabGrader
{
    private const byte NotMet = 0;
    private const byte Met = 1;
    private const byte Unknown = 2;

    private static readonly int MaxTerm = Enum.GetValues<LabTerm>().Max(t => (int)t);

    private readonly ClinicalQualifierPolicy _clinical;
    private readonly bool _lessSevereGaps;
    private readonly bool _baselineAgainstNormalOnly;
    private readonly bool _rejectImpossibleRange;
    private readonly bool _rejectContradictoryBaseline;

    /// <summary>Creates a grader with the given policies.</summary>
    /// <param name="options">The grading policies.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public CtcaeLabGrader(LabGradingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
        _clinical = options.ClinicalQualifierPolicy;
        _lessSevereGaps = options.IntegerBandGap == IntegerBandGapPolicy.LessSevere;
        _baselineAgainstNormalOnly = options.GradeBaselineAgainstNormalRangeOnly;
        _rejectImpossibleRange = options.RejectImpossibleReferenceRange;
        _rejectContradictoryBaseline = options.RejectContradictoryBaselineStatus;
    }

    /// <summary>A grader with the default policies (<see cref="LabGradingOptions.Default"/>).</summary>
    public static CtcaeLabGrader Default { get; } = new(LabGradingOptions.Default);

    /// <summary>The policies this grader applies.</summary>
    public LabGradingOptions Options { get; }

    /// <summary>Grades one lab value.</summary>
    /// <param name="input">The value, unit, reference range, baseline and clinical facts.</param>
    /// <returns>A grade 0-4 with its version, or "not gradable" with the reason; never throws for bad data.</returns>
    public LabGradingResult Grade(in LabGradingInput input)
    {
        var term = input.Term;
        var version = input.Version;
        if (version is not (CtcaeVersion.V5_0 or CtcaeVersion.V6_0))
        {
            return new LabGradingResult(term, version, CtcaeNotGradableReason.UnsupportedVersion, LabGradingFlags.None);
        }

        if ((int)term < 1 || (int)term > MaxTerm)
        {
            return new LabGradingResult(term, version, CtcaeNotGradableReason.UnknownTerm, LabGradingFlags.None);
        }

        var rules = CtcaeLabCriteria.Get(term, version);
        if (rules is null)
        {
            return new LabGradingResult(term, version, CtcaeNotGradableReason.UnsupportedVersion, LabGradingFlags.None);
        }

        if (input.Value is not { } value)
        {
            return new LabGradingResult(term, version, CtcaeNotGradableReason.MissingValue, LabGradingFlags.None);
        }

        LabRuleColumn? column = null;
        var columns = rules.Columns;
        if (columns.Length == 1 && columns[0].Unit == LabUnit.Unspecified)
        {
            column = columns[0];
        }
        else
        {
            for (var i = 0; i < columns.Length; i++)
            {
                if (columns[i].Unit == input.Unit)
                {
                    column = columns[i];
                    break;
                }
            }

            if (column is null)
            {
                return new LabGradingResult(term, version, CtcaeNotGradableReason.UnknownUnit, LabGradingFlags.None);
            }
        }

        // Every reference is converted to double once; doubles decide only clear-cut comparisons (see Compare).
        var ctx = default(Context);
        ctx.Value = value;
        ctx.ValueD = (double)value;
        var invalid = ctx.ValueD < 0d;
        if (input.Lln is { } lv)
        {
            ctx.HasLln = true;
            ctx.Lln = lv;
            ctx.LlnD = (double)lv;
            invalid |= ctx.LlnD < 0d;
        }

        if (input.Uln is { } uv)
        {
            ctx.HasUln = true;
            ctx.Uln = uv;
            ctx.UlnD = (double)uv;
            invalid |= ctx.UlnD < 0d;
        }

        var hasBaselineValue = false;
        decimal baselineValue = 0m;
        double baselineD = 0d;
        if (input.BaselineValue is { } bv)
        {
            hasBaselineValue = true;
            baselineValue = bv;
            baselineD = (double)bv;
            invalid |= baselineD < 0d;
        }

        if (invalid)
        {
            return new LabGradingResult(term, version, CtcaeNotGradableReason.InvalidInput, LabGradingFlags.None);
        }

        // An impossible range (ULN <= 0, or LLN >= ULN) says the row is wrong: not gradable, whichever limit the term reads.
        if (_rejectImpossibleRange && ((ctx.HasUln && ctx.Uln <= 0m) || (ctx.HasLln && ctx.HasUln && ctx.Lln >= ctx.Uln)))
        {
            return new LabGradingResult(term, version, CtcaeNotGradableReason.InvalidReferenceRange, LabGradingFlags.None);
        }

        // A stated baseline status must agree with the baseline value and this row's range (safety.md §3).
        if (_rejectContradictoryBaseline && hasBaselineValue && !input.IsBaselineRecord && input.BaselineStatus switch
        {
            ReferenceRangeStatus.High => ctx.HasUln ? baselineValue <= ctx.Uln : baselineValue <= 0m,
            ReferenceRangeStatus.Low => ctx.HasLln && baselineValue >= ctx.Lln,
            ReferenceRangeStatus.Normal => (ctx.HasUln && baselineValue > ctx.Uln) || (ctx.HasLln && baselineValue < ctx.Lln),
            _ => false,
        })
        {
            return new LabGradingResult(term, version, CtcaeNotGradableReason.ContradictoryBaselineStatus, LabGradingFlags.None);
        }

        // ULN <= LLN is an invalid range whenever the grading reads both limits: a term using both, or a baseline
        // status derived from them. A term that reads one limit ignores the other (admiral test data carries such rows).
        var deriveStatus = input.BaselineStatus == ReferenceRangeStatus.Unknown && hasBaselineValue && !input.IsBaselineRecord;
        if (ctx.HasLln && ctx.HasUln && (column.UsesBothLimits || (deriveStatus && rules.UsesBaseline))
            && Cmp(ctx.Uln, ctx.UlnD, ctx.Lln, ctx.LlnD) <= 0)
        {
            return new LabGradingResult(term, version, CtcaeNotGradableReason.InvalidInput, LabGradingFlags.None);
        }

        var flags = LabGradingFlags.None;
        var ignoreBaseline = input.IsBaselineRecord && _baselineAgainstNormalOnly;
        var status = input.BaselineStatus;
        if (ignoreBaseline)
        {
            status = ReferenceRangeStatus.Normal;
            flags |= LabGradingFlags.GradedAsBaselineRecord;
        }
        else if (status == ReferenceRangeStatus.Unknown && hasBaselineValue && rules.UsesBaseline)
        {
            if (ctx.HasUln && Cmp(baselineValue, baselineD, ctx.Uln, ctx.UlnD) > 0)
            {
                status = ReferenceRangeStatus.High;
            }
            else if (ctx.HasLln && Cmp(baselineValue, baselineD, ctx.Lln, ctx.LlnD) < 0)
            {
                status = ReferenceRangeStatus.Low;
            }
            else if (ctx.HasUln || ctx.HasLln)
            {
                status = ReferenceRangeStatus.Normal;
            }

            if (status != ReferenceRangeStatus.Unknown)
            {
                flags |= LabGradingFlags.BaselineStatusDerived;
            }
        }

        ctx.IgnoreBaseline = ignoreBaseline;
        if (!ignoreBaseline && hasBaselineValue)
        {
            ctx.HasBaseline = true;
            ctx.Baseline = baselineValue;
            ctx.BaselineD = baselineD;
        }

        if (!ignoreBaseline && input.PercentChangeFromBaseline is { } pv)
        {
            ctx.HasPercent = true;
            ctx.Percent = pv;
            ctx.PercentD = (double)pv;
        }

        ctx.Status = status;
        ctx.Symptomatic = input.Symptomatic;
        ctx.Intervention = input.InterventionIndicated;
        ctx.Anticoagulated = input.OnAnticoagulation;

        var clauses = _lessSevereGaps ? column.FastLessSevereClauses : column.FastClauses;
        var firstUnknown = CtcaeNotGradableReason.None;
        var i0 = 0;
        while (i0 < clauses.Length)
        {
            var grade = clauses[i0].Grade;
            var groupState = NotMet;
            var groupReason = CtcaeNotGradableReason.None;
            var groupFlags = LabGradingFlags.None;
            var i = i0;
            for (; i < clauses.Length && clauses[i].Grade == grade; i++)
            {
                var s = EvaluateClause(in clauses[i], ref ctx, out var reason, out var clauseFlags);
                if (s == Met)
                {
                    // The band is met: the rest of its branches cannot change the result (it is returned below).
                    groupState = Met;
                    groupFlags = clauseFlags;
                    break;
                }
                else if (s == Unknown && groupState == NotMet)
                {
                    groupState = Unknown;
                    groupReason = reason;
                }
            }

            i0 = i;
            if (groupState == Met)
            {
                flags |= groupFlags;
                if (column.Gaps.Length > 0 && InGap(column.Gaps, column.GapsD, value, ctx.ValueD))
                {
                    flags |= LabGradingFlags.IntegerBandGapValue;
                }

                if (grade == LabClause.NotGradableRegion)
                {
                    return new LabGradingResult(term, version, CtcaeNotGradableReason.ClinicalInputRequired, flags);
                }

                if (firstUnknown != CtcaeNotGradableReason.None)
                {
                    flags |= LabGradingFlags.MoreSevereBandNotCheckable;
                }

                return new LabGradingResult(term, version, grade, flags, firstUnknown);
            }

            if (groupState == Unknown)
            {
                if (groupReason == CtcaeNotGradableReason.ClinicalInputRequired)
                {
                    return new LabGradingResult(term, version, CtcaeNotGradableReason.ClinicalInputRequired, flags);
                }

                if (firstUnknown == CtcaeNotGradableReason.None)
                {
                    firstUnknown = groupReason;
                }
            }
        }

        return firstUnknown != CtcaeNotGradableReason.None
            ? new LabGradingResult(term, version, firstUnknown, flags)
            : new LabGradingResult(term, version, 0, flags, CtcaeNotGradableReason.None);
    }

    /// <summary>Grades many lab values into a caller-supplied buffer (no allocation): <c>results[i] = Grade(inputs[i])</c>.</summary>
    /// <param name="inputs">The values to grade.</param>
    /// <param name="results">Receives one result per input, in the same order; at least as long as <paramref name="inputs"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="results"/> is shorter than <paramref name="inputs"/>.</exception>
    public void Grade(ReadOnlySpan<LabGradingInput> inputs, Span<LabGradingResult> results)
    {
        if (results.Length < inputs.Length)
        {
            throw new ArgumentException($"results has {results.Length} elements but inputs has {inputs.Length}; results must be at least as long as inputs.", nameof(results));
        }

        for (var i = 0; i < inputs.Length; i++)
        {
            results[i] = Grade(in inputs[i]);
        }
    }

    /// <summary>
    /// Combines a low-direction and a high-direction grade of one analyte into admiral's signed grade (−4…4; safety.md §6).
    /// </summary>
    /// <param name="hasLowTerm">Whether the analyte has a low-direction term.</param>
    /// <param name="lowGrade">The low-direction grade, <see langword="null"/> when not gradable or no term.</param>
    /// <param name="hasHighTerm">Whether the analyte has a high-direction term.</param>
    /// <param name="highGrade">The high-direction grade, <see langword="null"/> when not gradable or no term.</param>
    /// <returns>−low when low ≥ 1; +high when high ≥ 1; 0 when one side is 0 and the other is 0 or has no term; otherwise <see langword="null"/>.</returns>
    /// <remarks>Rule of pharmaverse admiral's <c>derive_var_atoxgr</c>: both missing → null; low ≥ 1 → −low; high ≥ 1 → high;
    /// (low 0 or no low term) and high 0 → 0; (high 0 or no high term) and low 0 → 0; otherwise null.</remarks>
    public static int? CombineSigned(bool hasLowTerm, int? lowGrade, bool hasHighTerm, int? highGrade)
    {
        if (lowGrade is null && highGrade is null)
        {
            return null;
        }

        if (lowGrade >= 1)
        {
            return -lowGrade;
        }

        if (highGrade >= 1)
        {
            return highGrade;
        }

        if ((lowGrade == 0 || !hasLowTerm) && highGrade == 0)
        {
            return 0;
        }

        if ((highGrade == 0 || !hasHighTerm) && lowGrade == 0)
        {
            return 0;
        }

        return null;
    }

    /// <summary>Combines two grading results (either may be absent) into the signed grade of <see cref="CombineSigned(bool, int?, bool, int?)"/>.</summary>
    /// <param name="low">The low-direction result, or <see langword="null"/> when the analyte has no low term.</param>
    /// <param name="high">The high-direction result, or <see langword="null"/> when the analyte has no high term.</param>
    /// <returns>The signed grade −4…4, or <see langword="null"/>.</returns>
    public static int? CombineSigned(LabGradingResult? low, LabGradingResult? high) =>
        CombineSigned(low is not null, low?.GradeValue, high is not null, high?.GradeValue);

    private static bool InGap(decimal[] gaps, double[] gapsD, decimal value, double valueD)
    {
        for (var g = 0; g + 1 < gaps.Length; g += 2)
        {
            if (Cmp(value, valueD, gaps[g], gapsD[g]) > 0 && Cmp(value, valueD, gaps[g + 1], gapsD[g + 1]) < 0)
            {
                return true;
            }
        }

        return false;
    }

    private byte EvaluateClause(in FastLabClause clause, ref Context ctx, out CtcaeNotGradableReason reason, out LabGradingFlags flags)
    {
        reason = CtcaeNotGradableReason.None;
        flags = LabGradingFlags.None;
        switch (clause.Gate)
        {
            case LabClauseGate.None:
                break;
            case LabClauseGate.BaselineHigh:
                if (ctx.Status != ReferenceRangeStatus.High)
                {
                    return NotMet;
                }

                flags |= LabGradingFlags.BaselineMultiplesUsed;
                break;
            case LabClauseGate.BaselineNotHigh:
                if (ctx.Status == ReferenceRangeStatus.High)
                {
                    return NotMet;
                }

                break;
            case LabClauseGate.BaselineLow:
                if (ctx.Status != ReferenceRangeStatus.Low)
                {
                    return NotMet;
                }

                break;
            case LabClauseGate.BaselinePresent:
                if (!ctx.HasBaseline)
                {
                    return NotMet;
                }

                break;
        }

        var state = Compare(in clause.C0, ref ctx, ref reason);
        if (state == NotMet)
        {
            return NotMet;
        }

        if (clause.Count > 1)
        {
            var s1 = Compare(in clause.C1, ref ctx, ref reason);
            if (s1 == NotMet)
            {
                return NotMet;
            }

            state = Math.Max(state, s1);
            if (clause.Count > 2)
            {
                var s2 = Compare(in clause.C2, ref ctx, ref reason);
                if (s2 == NotMet)
                {
                    return NotMet;
                }

                state = Math.Max(state, s2);
            }
        }

        if (clause.Qualifier == LabQualifier.None)
        {
            return state;
        }

        bool? fact = clause.Qualifier switch
        {
            LabQualifier.Symptomatic => ctx.Symptomatic,
            LabQualifier.Asymptomatic => ctx.Symptomatic is { } sym ? !sym : null,
            LabQualifier.SymptomaticOrIntervention => ctx.Symptomatic == true || ctx.Intervention == true
                ? true
                : ctx.Symptomatic == false && ctx.Intervention == false ? false : null,
            LabQualifier.Anticoagulated => ctx.Anticoagulated,
            _ => null,
        };

        if (fact == false)
        {
            return NotMet;
        }

        if (fact == true)
        {
            return state;
        }

        // Unknown clinical fact: the policy decides (asymptomatic bands are the less severe reading under both policies).
        switch (_clinical)
        {
            case ClinicalQualifierPolicy.WorstCase:
                flags |= LabGradingFlags.ClinicalPolicyApplied;
                return state;
            case ClinicalQualifierPolicy.BestCase:
                flags |= LabGradingFlags.ClinicalPolicyApplied;
                return clause.Qualifier == LabQualifier.Asymptomatic ? state : NotMet;
            default:
                if (state == Met)
                {
                    reason = CtcaeNotGradableReason.ClinicalInputRequired;
                }

                return Unknown;
        }
    }

    /// <summary>
    /// Compares the value with factor × reference. A double comparison decides only when the two sides differ by more
    /// than 1e-9 relative (far above double rounding error); every closer case is decided in exact decimal, so results
    /// equal pure-decimal grading and boundaries never flip.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static byte Compare(in FastLabCondition c, ref Context ctx, ref CtcaeNotGradableReason reason)
    {
        double x = ctx.ValueD;
        double t;
        switch (c.Kind)
        {
            case LabBoundKind.Absolute:
                t = c.FactorD;
                break;
            case LabBoundKind.TimesUln:
            case LabBoundKind.UlnPlus:
                if (!ctx.HasUln)
                {
                    SetReason(ref reason, CtcaeNotGradableReason.MissingUln);
                    return Unknown;
                }

                t = c.Kind == LabBoundKind.TimesUln ? c.FactorD * ctx.UlnD : ctx.UlnD + c.FactorD;
                break;
            case LabBoundKind.TimesLln:
                if (!ctx.HasLln)
                {
                    SetReason(ref reason, CtcaeNotGradableReason.MissingLln);
                    return Unknown;
                }

                t = c.FactorD * ctx.LlnD;
                break;
            case LabBoundKind.TimesBaseline:
                if (ctx.IgnoreBaseline)
                {
                    return NotMet;
                }

                if (!ctx.HasBaseline)
                {
                    SetReason(ref reason, CtcaeNotGradableReason.MissingBaseline);
                    return Unknown;
                }

                t = c.FactorD * ctx.BaselineD;
                break;
            default: // PercentChange
                if (ctx.IgnoreBaseline)
                {
                    return NotMet;
                }

                if (!ctx.HasPercent)
                {
                    if (!ctx.HasBaseline || ctx.Baseline == 0m)
                    {
                        SetReason(ref reason, CtcaeNotGradableReason.MissingBaseline);
                        return Unknown;
                    }

                    ctx.Percent = (ctx.Value - ctx.Baseline) * 100m / ctx.Baseline;
                    ctx.PercentD = (double)ctx.Percent;
                    ctx.HasPercent = true;
                }

                x = ctx.PercentD;
                t = c.FactorD;
                break;
        }

        var diff = x - t;
        var tolerance = 1e-9 * (Math.Abs(x) + Math.Abs(t));
        int cmp;
        if (diff > tolerance)
        {
            cmp = 1;
        }
        else if (diff < -tolerance)
        {
            cmp = -1;
        }
        else
        {
            cmp = ExactCompare(in c, ref ctx);
        }

        var ok = c.Op switch
        {
            LabCompare.Gt => cmp > 0,
            LabCompare.Ge => cmp >= 0,
            LabCompare.Lt => cmp < 0,
            _ => cmp <= 0,
        };
        return ok ? Met : NotMet;
    }

    /// <summary>Compares two decimals through their double shadows, falling back to exact decimal when they are close.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Cmp(decimal a, double ad, decimal b, double bd)
    {
        var diff = ad - bd;
        var tolerance = 1e-9 * (Math.Abs(ad) + Math.Abs(bd));
        return diff > tolerance ? 1 : diff < -tolerance ? -1 : a.CompareTo(b);
    }

    /// <summary>The exact decimal comparison of the value (or percent change) with the threshold: −1, 0 or 1.</summary>
    private static int ExactCompare(in FastLabCondition c, ref Context ctx) => c.Kind switch
    {
        LabBoundKind.Absolute => ctx.Value.CompareTo(c.Factor),
        LabBoundKind.TimesUln => ctx.Value.CompareTo(c.Factor * ctx.Uln),
        LabBoundKind.UlnPlus => ctx.Value.CompareTo(ctx.Uln + c.Factor),
        LabBoundKind.TimesLln => ctx.Value.CompareTo(c.Factor * ctx.Lln),
        LabBoundKind.TimesBaseline => ctx.Value.CompareTo(c.Factor * ctx.Baseline),
        _ => ctx.Percent.CompareTo(c.Factor),
    };

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void SetReason(ref CtcaeNotGradableReason reason, CtcaeNotGradableReason r)
    {
        if (reason == CtcaeNotGradableReason.None)
        {
            reason = r;
        }
    }

    private struct Context
    {
        public decimal Value;
        public decimal Lln;
        public decimal Uln;
        public decimal Baseline;
        public decimal Percent;
        public double ValueD;
        public double LlnD;
        public double UlnD;
        public double BaselineD;
        public double PercentD;
        public bool HasLln;
        public bool HasUln;
        public bool HasBaseline;
        public bool HasPercent;
        public bool IgnoreBaseline;
        public ReferenceRangeStatus Status;
        public bool? Symptomatic;
        public bool? Intervention;
        public bool? Anticoagulated;
    }
}
