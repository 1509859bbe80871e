using NodaTime;
using MscDomain.AdverseEvents;

namespace MscDomain.Safety;

/// <summary>The seriousness of an adverse event per ICH E2A, with the criteria that made it serious and any issues found.</summary>
/// <param name="IsSerious">Whether at least one ICH E2A criterion holds.</param>
/// <param name="Criteria">The criteria that hold (<see cref="SeriousnessCriteria.None"/> when not serious).</param>
/// <param name="Explanation">Why the event is or is not serious, in one sentence.</param>
/// <param name="Issues">Validation errors (grade 5 without death; recorded AESER contradicting the criteria; fatal outcome without
/// death criterion) and review warnings (grade 4–5 without a criterion; hospitalisation criterion with a pre-planned admission); empty when none.</param>
/// <param name="InvestigatorReportDue">For a serious event with <see cref="AdverseEvent.InvestigatorAwareDate"/>: the latest date of the
/// investigator's SAE report to the sponsor, awareness + 1 day (24 hours; EU CTR 536/2014 Art. 41(2); ICH E6(R2) 4.11.1
/// "immediately"); <see langword="null"/> otherwise.</param>
public sealed record SeriousnessResult(
    bool IsSerious,
    SeriousnessCriteria Criteria,
    string Explanation,
    IReadOnlyList<SafetyIssue> Issues,
    LocalDate? InvestigatorReportDue = null)
{
    /// <summary>The criteria that hold, as a list in E2B order (E.i.3.2a to f).</summary>
    public IReadOnlyList<SeriousnessCriteria> CriteriaList => SeriousnessClassifier.Split(Criteria);
}
