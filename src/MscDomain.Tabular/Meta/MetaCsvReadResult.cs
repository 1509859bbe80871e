using MscDomain.Analysis;
using MscDomain.Common;

namespace MscDomain.Tabular.Meta;

/// <summary>The study rows read from a meta-analysis CSV and every problem found reading them.</summary>
/// <param name="Studies">Rows whose cells could all be read, in file order (values are checked later by <see cref="EffectSizes.Compute"/>).</param>
/// <param name="Issues">Header and cell problems, located at file:line:column.</param>
public sealed record MetaCsvReadResult(IReadOnlyList<MetaStudyInput> Studies, IReadOnlyList<DataIssue> Issues)
{
    /// <summary>Whether any issue is an error.</summary>
    public bool HasErrors => Issues.Any(i => i.Severity == DataIssueSeverity.Error);
}
