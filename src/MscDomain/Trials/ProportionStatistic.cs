using System.Text.Json.Serialization;
using MscDomain.Common;

namespace MscDomain.Trials;

/// <summary>n of N participants (e.g. treatment failure 2/30 = 6.7%).</summary>
/// <param name="Count">n (at least 0, at most N).</param>
/// <param name="Total">N (at least 1).</param>
/// <param name="ReportedPercent">The percentage as printed (e.g. 6.7), or null.</param>
public sealed record ProportionStatistic(int Count, int Total, decimal? ReportedPercent = null) : ResultStatistic
{
    /// <summary>N (at least 1).</summary>
    /// <exception cref="ArgumentOutOfRangeException">N below 1, n negative or above N, or a printed percentage outside 0–100.</exception>
    public int Total { get; } = Require.Positive(Total, nameof(Total));

    /// <summary>n (0 to N).</summary>
    public int Count { get; } = Require.NonNegative(Count, nameof(Count)) > Total
        ? throw new ArgumentOutOfRangeException(nameof(Count), Count, $"ProportionStatistic.Count must be <= Total ({Total}); {Count} is not.")
        : Count;

    /// <summary>The percentage as printed (0–100), or null.</summary>
    public decimal? ReportedPercent { get; } = Require.Between(ReportedPercent, 0m, 100m, nameof(ReportedPercent));

    /// <summary>n / N × 100, exact to decimal precision.</summary>
    [JsonIgnore]
    public decimal Percent => Count * 100m / Total;
}
