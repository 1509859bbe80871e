using MscDomain.Common;

namespace MscDomain.Trials;

/// <summary>
/// A percentage of participants reported without its numerator (Harris 2024: EDSS-Plus improvement 33% vs 37%;
/// Cohen 2023: 19% responders), optionally with the denominator.
/// </summary>
/// <remarks>Use <see cref="ProportionStatistic"/> whenever n is reported: n is never back-calculated from a rounded
/// percentage (19% of 18 is not a whole number).</remarks>
/// <param name="Percent">The percentage as printed (0–100).</param>
/// <param name="Total">The denominator N when reported (at least 1), or null.</param>
public sealed record PercentStatistic(decimal Percent, int? Total = null) : ResultStatistic
{
    /// <summary>The percentage as printed (0–100).</summary>
    /// <exception cref="ArgumentOutOfRangeException">A percentage outside 0–100, or a denominator below 1.</exception>
    public decimal Percent { get; } = Require.Between(Percent, 0m, 100m, nameof(Percent));

    /// <summary>The denominator N (at least 1), or null.</summary>
    public int? Total { get; } = Total is { } n ? Require.Positive(n, nameof(Total)) : null;
}
