namespace MscDomain.Trials;

/// <summary>A point estimate with an optional CI: model-based mean, difference, regression β, slope difference per month.</summary>
/// <remarks>Connick 2012: VEP latency slope difference about −1.3 ms/month (unit "ms/mo"). Llufriu 2014: cumulative GEL
/// 3.1 (95% CI 1.1–8.8).</remarks>
/// <param name="EstimateKind">What the estimate is.</param>
/// <param name="Value">The estimate.</param>
/// <param name="Unit">Unit (e.g. "ms/mo", "{logMAR}/mo"), or null.</param>
/// <param name="Interval">Confidence interval, or null.</param>
public sealed record EstimateStatistic(EstimateKind EstimateKind, decimal Value, string? Unit = null, ConfidenceInterval? Interval = null) : ResultStatistic;
