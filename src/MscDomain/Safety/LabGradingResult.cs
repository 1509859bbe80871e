using MscDomain.Common;
using System.Globalization;
using MscDomain.AdverseEvents;

namespace MscDomain.Safety;

/// <summary>
/// The outcome of grading one lab value: a <see cref="CtcaeGrade"/> (0-4), or "not gradable" with a reason.
/// </summary>
/// <remarks>
/// Allocation-free value: <see cref="Message"/> builds its text only when asked. Grade 0 means gradable and not
/// abnormal in the graded direction; "not gradable" (no <see cref="Grade"/>) is never reported as 0 (safety.md §2).
/// <c>default(LabGradingResult)</c> is "not gradable" for <see cref="LabTerm.None"/>.
/// </remarks>
public readonly record struct LabGradingResult
{
    private readonly sbyte _grade;
    private readonly bool _gradable;

    internal LabGradingResult(LabTerm term, CtcaeVersion version, int grade, LabGradingFlags flags, CtcaeNotGradableReason uncheckedReference)
    {
        Term = term;
        Version = version;
        _grade = (sbyte)grade;
        _gradable = true;
        Flags = flags;
        Reason = CtcaeNotGradableReason.None;
        UncheckedReference = uncheckedReference;
    }

    internal LabGradingResult(LabTerm term, CtcaeVersion version, CtcaeNotGradableReason reason, LabGradingFlags flags)
    {
        Term = term;
        Version = version;
        _grade = -1;
        _gradable = false;
        Flags = flags;
        Reason = reason;
        UncheckedReference = CtcaeNotGradableReason.None;
    }

    /// <summary>The term that was graded.</summary>
    public LabTerm Term { get; }

    /// <summary>The CTCAE version used.</summary>
    public CtcaeVersion Version { get; }

    /// <summary>Whether a grade (0-4) was assigned.</summary>
    public bool IsGradable => _gradable;

    /// <summary>The grade with its version, or <see langword="null"/> when not gradable.</summary>
    public CtcaeGrade? Grade => _gradable ? new CtcaeGrade(_grade, Version) : null;

    /// <summary>The grade number (0-4), or <see langword="null"/> when not gradable.</summary>
    public int? GradeValue => _gradable ? _grade : null;

    /// <summary>Why the value is not gradable; <see cref="CtcaeNotGradableReason.None"/> when gradable.</summary>
    public CtcaeNotGradableReason Reason { get; }

    /// <summary>Policies that fired and references that were unusable.</summary>
    public LabGradingFlags Flags { get; }

    /// <summary>When <see cref="LabGradingFlags.MoreSevereBandNotCheckable"/> is set: which missing reference blocked the more severe band.</summary>
    public CtcaeNotGradableReason UncheckedReference { get; }

    /// <summary>A sentence explaining the result (built on demand).</summary>
    public string Message
    {
        get
        {
            var name = LabTermCatalog.CtcaeName(Term, Version) ?? Term.ToString();
            var v = Enum.IsDefined(Version) ? WireName.Of(Version) : "v?";
            var text = _gradable
                ? $"{name} (CTCAE {v}): grade {_grade.ToString(CultureInfo.InvariantCulture)}" + (_grade == 0 ? " (not abnormal in the graded direction)." : ".")
                : $"{name} (CTCAE {v}): not gradable: {ReasonText(Reason)}.";
            if ((Flags & LabGradingFlags.MoreSevereBandNotCheckable) != 0)
            {
                text += $" A more severe band could not be checked: {ReasonText(UncheckedReference)}.";
            }

            if ((Flags & LabGradingFlags.ClinicalPolicyApplied) != 0)
            {
                text += " A clinical fact (symptoms, intervention, anticoagulation) was unknown and the clinical-qualifier policy decided; clinical input could change the grade.";
            }

            if ((Flags & LabGradingFlags.IntegerBandGapValue) != 0)
            {
                text += " The value lies between integer-printed CTCAE bands; the integer-band-gap policy decided.";
            }

            if ((Flags & LabGradingFlags.BaselineMultiplesUsed) != 0)
            {
                text += " Baseline was abnormal: baseline multiples were used.";
            }

            if ((Flags & LabGradingFlags.GradedAsBaselineRecord) != 0)
            {
                text += " Baseline record: graded against the normal range only.";
            }

            return text;
        }
    }

    /// <summary>A short phrase for a not-gradable reason.</summary>
    /// <param name="reason">The reason.</param>
    /// <returns>The phrase.</returns>
    public static string ReasonText(CtcaeNotGradableReason reason) => reason switch
    {
        CtcaeNotGradableReason.None => "none",
        CtcaeNotGradableReason.MissingValue => "value missing",
        CtcaeNotGradableReason.MissingLln => "LLN (lower limit of normal) missing",
        CtcaeNotGradableReason.MissingUln => "ULN (upper limit of normal) missing",
        CtcaeNotGradableReason.MissingBaseline => "baseline missing",
        CtcaeNotGradableReason.UnknownUnit => "unit missing, not recognised or without CTCAE thresholds for this term",
        CtcaeNotGradableReason.UnknownTerm => "not a CTCAE lab term graded by MscDomain",
        CtcaeNotGradableReason.UnsupportedVersion => "term not lab-gradable in this CTCAE version",
        CtcaeNotGradableReason.InvalidInput => "invalid input (negative value, ULN not above LLN, or non-positive baseline)",
        CtcaeNotGradableReason.InvalidReferenceRange => "impossible reference range (LLN not below ULN, or ULN not above 0)",
        CtcaeNotGradableReason.ContradictoryBaselineStatus => "the baseline status contradicts the baseline value and the reference range",
        CtcaeNotGradableReason.ClinicalInputRequired => "clinical input required to decide the grade",
        _ => reason.ToString(),
    };
}
