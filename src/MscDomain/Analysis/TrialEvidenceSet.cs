using MscDomain.Common;

namespace MscDomain.Analysis;

/// <summary>Comparable results extracted from trial documents for one outcome and measure (<see cref="TrialEvidence.Extract"/>).</summary>
/// <param name="Query">What was asked.</param>
/// <param name="Studies">One entry per contributing trial, with provenance.</param>
/// <param name="Excluded">Every matching result not pooled, with the reason.</param>
/// <param name="Issues">The exclusions as located warnings (code MSC1309), for reports.</param>
public sealed record TrialEvidenceSet(TrialEvidenceQuery Query, IReadOnlyList<TrialEvidenceStudy> Studies, IReadOnlyList<TrialEvidenceExclusion> Excluded, IReadOnlyList<DataIssue> Issues)
{
    /// <summary>The scale the measure is analysed on (log for ratios).</summary>
    public EffectScale Scale => EffectSizes.ScaleOf(Query.Measure);

    /// <summary>The studies' effect sizes, ready for <see cref="MetaAnalysis.Fit(IReadOnlyList{StudyEffect}, MetaAnalysisOptions?, EffectScale)"/>.</summary>
    public IReadOnlyList<StudyEffect> Effects => Studies.Select(s => s.Effect).ToList();
}
