using System.Globalization;
using MscDomain.Common;

namespace MscDomain.Analysis;

/// <summary>What to pool from trial documents: one outcome, one measure, and optionally a timepoint window.</summary>
/// <param name="Outcome">An outcome id (e.g. <c>"relapse-free"</c>) or an outcome measure's JSON name (e.g. <c>"relapses"</c>,
/// <c>"gd-enhancing-lesions"</c>); matched case-insensitively against each trial's outcome definitions.</param>
/// <param name="Measure">The effect measure: RR, OR, RD (arm-level n/N, or a reported risk/odds ratio with CI), MD, SMD, ROM
/// (arm-level mean ± SD with n), IRR (a reported rate ratio with CI), PR, PLO, PAS (single experimental arms' n/N).</param>
/// <param name="MinimumDays">Earliest timepoint accepted, in days from study start, or null for no lower bound.</param>
/// <param name="MaximumDays">Latest timepoint accepted, in days, or null for no upper bound.</param>
public sealed record TrialEvidenceQuery(string Outcome, EffectMeasure Measure, int? MinimumDays = null, int? MaximumDays = null)
{
    /// <summary>The outcome id or measure name (non-blank).</summary>
    /// <exception cref="ArgumentException">A blank outcome, or a window whose minimum exceeds its maximum.</exception>
    public string Outcome { get; } = Require.NotBlank(Outcome, nameof(Outcome));

    /// <summary>Latest timepoint accepted, in days, or null.</summary>
    public int? MaximumDays { get; } = MaximumDays is { } max && MinimumDays is { } min && min > max
        ? throw new ArgumentException($"TrialEvidenceQuery window: MinimumDays ({min.ToString(CultureInfo.InvariantCulture)}) exceeds MaximumDays ({max.ToString(CultureInfo.InvariantCulture)}).", nameof(MaximumDays))
        : MaximumDays;
}
