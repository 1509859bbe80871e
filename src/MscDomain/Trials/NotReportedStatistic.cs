namespace MscDomain.Trials;

/// <summary>The statistic was not reported ("n.r."), e.g. when only a p-value or a qualitative statement is given.</summary>
/// <param name="Statement">What the source says instead (e.g. "no significant differences"), or null.</param>
public sealed record NotReportedStatistic(string? Statement = null) : ResultStatistic;
