using MscDomain.AdverseEvents;

namespace MscDomain.Safety;

/// <summary>The seriousness of an adverse event per ICH E2A, with the criteria that made it serious and any issues found.</summary>
/// <param name="IsSerious">Whether at least one ICH E2A criterion holds.</param>
/// <param name="Criteria">The criteria that hold (<see cref="SeriousnessCriteria.None"/> when not serious).</param>
/// <param name="Explanation">Why the event is or is not serious, in one sentence.</param>
/// <param name="Issues">Validation errors (grade 5 without death; recorded AESER contradicting the criteria; fatal outcome without
/// death criterion) and review warnings (grade 4–5 without a criterion); empty when none.</param>
public sealed record SeriousnessResult(
    bool IsSerious,
    SeriousnessCriteria Criteria,
    string Explanation,
    IReadOnlyList<SafetyIssue> Issues)
{
    /// <summary>The criteria that hold, as a list in E2B order (E.i.3.2a to f).</summary>
    public IReadOnlyList<SeriousnessCriteria> CriteriaList => SeriousnessClassifier.Split(Criteria);
}
