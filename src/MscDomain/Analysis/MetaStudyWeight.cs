using MscDomain.Common;

namespace MscDomain.Analysis;

/// <summary>One study in a fitted meta-analysis: its yi, vi and weight in percent (metafor's <c>weights()</c>).</summary>
/// <param name="Study">The study's label.</param>
/// <param name="Yi">Effect size on the analysis scale.</param>
/// <param name="Vi">Sampling variance.</param>
/// <param name="WeightPercent">100·w_i/Σw with w_i = 1/(v_i + τ̂²) (EE: 1/v_i).</param>
/// <param name="ZeroCellCorrected">Whether 1/2 was added to zero counts.</param>
/// <param name="Location">Where the study's data came from.</param>
public sealed record MetaStudyWeight(string Study, double Yi, double Vi, double WeightPercent, bool ZeroCellCorrected, SourceLocation Location);
