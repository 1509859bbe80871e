namespace MscDomain.Disability;

/// <summary>Crude (cohort) and subject-level annualised relapse rates of a cohort.</summary>
/// <param name="TotalRelapses">Sum of relapses.</param>
/// <param name="TotalFollowUpDays">Sum of follow-up days.</param>
/// <param name="TotalPersonYears">Sum of follow-up days / 365.25.</param>
/// <param name="CohortRate">Crude ARR = total relapses / total person-years (= total relapses × 365.25 / total days).</param>
/// <param name="SubjectLevelMean">The mean of each participant's own ARR (differs from the crude rate when follow-up differs).</param>
/// <param name="SubjectLevelMedian">The median of each participant's own ARR (mean of the middle two for an even count).</param>
/// <param name="Participants">Each participant's counts (their <see cref="AnnualizedRelapseRateParticipant.Rate"/> is the subject-level ARR).</param>
/// <remarks>Adjusted ARR (Poisson or negative-binomial regression) and confidence intervals are not computed
/// here. Person-time convention: days / 365.25 (Julian year). Source: domain reference disability.md §19.</remarks>
public sealed record AnnualizedRelapseRateResult(
    int TotalRelapses,
    decimal TotalFollowUpDays,
    decimal TotalPersonYears,
    decimal CohortRate,
    decimal SubjectLevelMean,
    decimal SubjectLevelMedian,
    IReadOnlyList<AnnualizedRelapseRateParticipant> Participants);
