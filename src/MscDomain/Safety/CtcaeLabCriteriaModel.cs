using MscDomain.AdverseEvents;

namespace MscDomain.Safety;

/// <summary>What a CTCAE threshold is measured against.</summary>
internal enum LabBoundKind : byte
{
    /// <summary>An absolute value in the column's unit.</summary>
    Absolute,

    /// <summary>A multiple of the upper limit of normal.</summary>
    TimesUln,

    /// <summary>A multiple of the lower limit of normal.</summary>
    TimesLln,

    /// <summary>A multiple of the baseline value.</summary>
    TimesBaseline,

    /// <summary>ULN plus an offset in the column's unit (haemoglobin increased).</summary>
    UlnPlus,

    /// <summary>Percent change from baseline (−50 = a 50% fall).</summary>
    PercentChange,
}

/// <summary>How the value is compared with the threshold.</summary>
internal enum LabCompare : byte
{
    /// <summary>value &gt; threshold.</summary>
    Gt,

    /// <summary>value ≥ threshold.</summary>
    Ge,

    /// <summary>value &lt; threshold.</summary>
    Lt,

    /// <summary>value ≤ threshold.</summary>
    Le,
}

/// <summary>A baseline precondition of a clause.</summary>
internal enum LabClauseGate : byte
{
    /// <summary>No precondition.</summary>
    None,

    /// <summary>Only when baseline was above ULN ("baseline abnormal").</summary>
    BaselineHigh,

    /// <summary>Only when baseline was not above ULN (normal, low or unknown).</summary>
    BaselineNotHigh,

    /// <summary>Only when baseline was below LLN (v6.0 creatinine).</summary>
    BaselineLow,

    /// <summary>Only when a baseline value exists (v5.0 creatinine, as admiral).</summary>
    BaselinePresent,
}

/// <summary>A clinical precondition of a clause.</summary>
internal enum LabQualifier : byte
{
    /// <summary>None.</summary>
    None,

    /// <summary>Symptomatic (or with physiologic consequences).</summary>
    Symptomatic,

    /// <summary>Asymptomatic.</summary>
    Asymptomatic,

    /// <summary>Symptomatic or intervention indicated (hypokalaemia G2).</summary>
    SymptomaticOrIntervention,

    /// <summary>On anticoagulation (INR ×baseline).</summary>
    Anticoagulated,
}

/// <summary>One comparison: value OP factor × reference.</summary>
internal readonly record struct LabCondition(LabBoundKind Kind, LabCompare Op, decimal Factor);

/// <summary>
/// One branch of a CTCAE grade band: every condition must hold (AND), under its gate and qualifier. A band
/// is the run of consecutive clauses with the same grade (OR). <see cref="Grade"/> 255 marks a region that
/// CTCAE grades only clinically (the value cannot be graded).
/// </summary>
internal readonly record struct LabClause
{
    public const byte NotGradableRegion = 255;

    public LabClause(int grade, LabCondition c0)
    {
        Grade = (byte)grade;
        Count = 1;
        C0 = c0;
    }

    public LabClause(int grade, LabCondition c0, LabCondition c1)
    {
        Grade = (byte)grade;
        Count = 2;
        C0 = c0;
        C1 = c1;
    }

    public LabClause(int grade, LabCondition c0, LabCondition c1, LabCondition c2)
    {
        Grade = (byte)grade;
        Count = 3;
        C0 = c0;
        C1 = c1;
        C2 = c2;
    }

    public byte Grade { get; init; }

    public byte Count { get; }

    public LabCondition C0 { get; }

    public LabCondition C1 { get; }

    public LabCondition C2 { get; }

    public LabClauseGate Gate { get; init; }

    public LabQualifier Qualifier { get; init; }
}

/// <summary>The bands of one term × version in one unit column.</summary>
internal sealed class LabRuleColumn
{
    public LabRuleColumn(LabUnit unit, LabClause[] clauses, LabClause[]? lessSevere = null, decimal[]? gaps = null)
    {
        Unit = unit;
        Clauses = clauses;
        LessSevereClauses = lessSevere ?? clauses;
        Gaps = gaps ?? [];
        GapsD = Array.ConvertAll(Gaps, g => (double)g);
        var all = clauses.Concat(LessSevereClauses).SelectMany(c => new[] { c.C0, c.C1, c.C2 }.Take(c.Count)).ToArray();
        _fast = Fast(clauses);
        _fastLess = ReferenceEquals(LessSevereClauses, clauses) ? _fast : Fast(LessSevereClauses);
        UsesBothLimits = all.Any(c => c.Kind is LabBoundKind.TimesUln or LabBoundKind.UlnPlus) && all.Any(c => c.Kind == LabBoundKind.TimesLln);
        UsesBaseline = all.Any(c => c.Kind is LabBoundKind.TimesBaseline or LabBoundKind.PercentChange)
            || clauses.Any(c => c.Gate != LabClauseGate.None);
        for (var i = 1; i < clauses.Length; i++)
        {
            if (clauses[i].Grade > clauses[i - 1].Grade && clauses[i - 1].Grade != LabClause.NotGradableRegion)
            {
                throw new InvalidOperationException($"CTCAE table error: clauses of a column must be ordered from the most severe grade down ({unit}).");
            }
        }
    }

    /// <summary>Hot-path copy of <see cref="Clauses"/> with double shadows of every factor.</summary>
    public FastLabClause[] FastClauses => _fast ??= Fast(Clauses);

    /// <summary>Hot-path copy of <see cref="LessSevereClauses"/>.</summary>
    public FastLabClause[] FastLessSevereClauses => _fastLess ??= Fast(LessSevereClauses);

    private FastLabClause[]? _fast;
    private FastLabClause[]? _fastLess;

    private static FastLabClause[] Fast(LabClause[] clauses) => clauses.Select(c => new FastLabClause(c)).ToArray();

    /// <summary>The unit of the absolute thresholds, or <see cref="LabUnit.Unspecified"/> when the column needs none.</summary>
    public LabUnit Unit { get; }

    /// <summary>Clauses, most severe first (default <see cref="IntegerBandGapPolicy.MoreSevere"/>).</summary>
    public LabClause[] Clauses { get; }

    /// <summary>Clauses under <see cref="IntegerBandGapPolicy.LessSevere"/> (the same array when the term has no gaps).</summary>
    public LabClause[] LessSevereClauses { get; }

    /// <summary>Whether some band reads ULN and some band reads LLN.</summary>
    public bool UsesBothLimits { get; }

    /// <summary>Whether some band reads the baseline (value, percent change or status).</summary>
    public bool UsesBaseline { get; }

    /// <summary>Integer-band gaps as (lower, upper) pairs, exclusive: a value strictly inside is flagged.</summary>
    public decimal[] Gaps { get; }

    /// <summary>Double shadows of <see cref="Gaps"/> (hot path; exact ties fall back to <see cref="Gaps"/>).</summary>
    public double[] GapsD { get; }
}

/// <summary>All criteria of one lab term in one CTCAE version.</summary>
internal sealed class LabRuleSet(LabTerm term, CtcaeVersion version, LabGradingDirection direction, string ctcaeName, LabRuleColumn[] columns)
{
    public LabTerm Term { get; } = term;

    public CtcaeVersion Version { get; } = version;

    public LabGradingDirection Direction { get; } = direction;

    public string CtcaeName { get; } = ctcaeName;

    public LabRuleColumn[] Columns { get; } = columns;

    /// <summary>Whether some column reads the baseline.</summary>
    public bool UsesBaseline { get; } = columns.Any(c => c.UsesBaseline);

    /// <summary>Whether every column is unit-free (×ULN/×LLN/×baseline only).</summary>
    public bool UnitFree => Columns.Length == 1 && Columns[0].Unit == LabUnit.Unspecified;
}

/// <summary>A condition with a double shadow of its factor, for the exact-by-fallback hot path.</summary>
internal readonly struct FastLabCondition
{
    public readonly decimal Factor;
    public readonly double FactorD;
    public readonly LabBoundKind Kind;
    public readonly LabCompare Op;

    public FastLabCondition(LabCondition c)
    {
        Factor = c.Factor;
        FactorD = (double)c.Factor;
        Kind = c.Kind;
        Op = c.Op;
    }
}

/// <summary>A clause laid out for the hot path.</summary>
internal readonly struct FastLabClause
{
    public readonly FastLabCondition C0;
    public readonly FastLabCondition C1;
    public readonly FastLabCondition C2;
    public readonly byte Grade;
    public readonly byte Count;
    public readonly LabClauseGate Gate;
    public readonly LabQualifier Qualifier;

    public FastLabClause(LabClause c)
    {
        C0 = new FastLabCondition(c.C0);
        C1 = new FastLabCondition(c.C1);
        C2 = new FastLabCondition(c.C2);
        Grade = c.Grade;
        Count = c.Count;
        Gate = c.Gate;
        Qualifier = c.Qualifier;
    }
}
