using MscDomain.Common;

namespace MscDomain.Analysis;

/// <summary>The result of <see cref="EffectSizes.Compute"/>: each usable study's yi and vi, and every problem found.</summary>
/// <param name="Measure">The measure computed.</param>
/// <param name="Studies">Usable studies, in input order.</param>
/// <param name="Issues">Every problem (errors: the study was not usable) and note (zero-cell corrections), in input order.</param>
public sealed record EffectSizeSet(EffectMeasure Measure, IReadOnlyList<StudyEffect> Studies, IReadOnlyList<DataIssue> Issues)
{
    /// <summary>Whether any issue is an error (some input study could not be used).</summary>
    public bool HasErrors => Issues.Any(i => i.Severity == DataIssueSeverity.Error);

    /// <summary>The scale the measure is analysed on.</summary>
    public EffectScale Scale => EffectSizes.ScaleOf(Measure);
}
