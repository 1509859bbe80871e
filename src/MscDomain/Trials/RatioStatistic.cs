using MscDomain.Common;

namespace MscDomain.Trials;

/// <summary>A ratio estimate with confidence interval (MESEMS 2021: GEL rate ratio 0.94, 95% CI 0.58–1.50).</summary>
/// <param name="RatioKind">Rate, odds, hazard or risk ratio.</param>
/// <param name="Estimate">The ratio (greater than 0).</param>
/// <param name="Interval">Confidence interval, or null.</param>
public sealed record RatioStatistic(RatioKind RatioKind, decimal Estimate, ConfidenceInterval? Interval = null) : ResultStatistic
{
    /// <summary>The ratio (greater than 0).</summary>
    /// <exception cref="ArgumentOutOfRangeException">A ratio of 0 or less, or an undefined kind.</exception>
    public decimal Estimate { get; } = Estimate <= 0m
        ? throw new ArgumentOutOfRangeException(nameof(Estimate), Estimate, $"RatioStatistic.Estimate must be > 0; {Require.Fmt(Estimate)} is not.")
        : Estimate;

    /// <summary>Rate, odds, hazard or risk ratio.</summary>
    public RatioKind RatioKind { get; } = Require.Defined(RatioKind, nameof(RatioKind));
}
