using MscDomain.AdverseEvents;

namespace MscDomain.Safety;

/// <summary>
/// One lab value to grade against a CTCAE lab term, with its normal range, baseline and optional clinical facts.
/// </summary>
/// <remarks>
/// <para>All numbers are exact <see cref="decimal"/>s in the unit given by <see cref="Unit"/>; LLN (lower limit of
/// normal) and ULN (upper limit of normal) are this record's reference range. <see langword="null"/> means
/// "not known". A value is graded in its own unit, never converted (safety.md §4).</para>
/// <para><c>default(LabGradingInput)</c> has <see cref="LabTerm.None"/> and grades as not gradable.</para>
/// </remarks>
public readonly record struct LabGradingInput
{
    /// <summary>The CTCAE lab term to grade.</summary>
    public LabTerm Term { get; init; }

    /// <summary>The CTCAE version to grade under.</summary>
    public CtcaeVersion Version { get; init; }

    /// <summary>The lab value, in <see cref="Unit"/>.</summary>
    public decimal? Value { get; init; }

    /// <summary>The unit of <see cref="Value"/>, <see cref="Lln"/>, <see cref="Uln"/> and <see cref="BaselineValue"/>.</summary>
    public LabUnit Unit { get; init; }

    /// <summary>Lower limit of normal of this record, in <see cref="Unit"/>.</summary>
    public decimal? Lln { get; init; }

    /// <summary>Upper limit of normal of this record, in <see cref="Unit"/>.</summary>
    public decimal? Uln { get; init; }

    /// <summary>The participant's baseline value of the same analyte, in <see cref="Unit"/>.</summary>
    public decimal? BaselineValue { get; init; }

    /// <summary>Whether baseline was normal, high or low (SDTM/ADaM <c>BNRIND</c>); derived from <see cref="BaselineValue"/> when unknown.</summary>
    public ReferenceRangeStatus BaselineStatus { get; init; }

    /// <summary>Percent change from baseline (e.g. −50 = a 50% fall), used by fibrinogen decreased; computed from <see cref="BaselineValue"/> when absent.</summary>
    public decimal? PercentChangeFromBaseline { get; init; }

    /// <summary>Whether the participant was symptomatic (or had physiologic consequences); <see langword="null"/> = unknown.</summary>
    public bool? Symptomatic { get; init; }

    /// <summary>Whether intervention was indicated (hypokalaemia grade 2); <see langword="null"/> = unknown.</summary>
    public bool? InterventionIndicated { get; init; }

    /// <summary>Whether the participant was on anticoagulation (INR ×baseline criteria); <see langword="null"/> = unknown.</summary>
    public bool? OnAnticoagulation { get; init; }

    /// <summary>Whether this record is the baseline record itself (POLICY GradeBaselineAgainstNormalRangeOnly, safety.md §3).</summary>
    public bool IsBaselineRecord { get; init; }
}
