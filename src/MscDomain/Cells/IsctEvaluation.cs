using System.Text.Json.Serialization;
using System.Collections.Immutable;

namespace MscDomain.Cells;

/// <summary>The ISCT minimal-criteria evaluation of a panel: one result per criterion and the overall verdict.</summary>
/// <param name="Criteria">One result per <see cref="IsctCriterion"/>, in enum order.</param>
/// <param name="Verdict">Meets only when all are met; fails when any failed; otherwise not assessable.</param>
public sealed record IsctEvaluation(ImmutableArray<IsctCriterionResult> Criteria, IsctVerdict Verdict)
{
    /// <summary>The failed criteria.</summary>
    [JsonIgnore]
    public IEnumerable<IsctCriterionResult> Failures => Criteria.Where(c => c.Status == CriterionStatus.Failed);
}
