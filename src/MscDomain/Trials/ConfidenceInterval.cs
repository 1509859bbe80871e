using MscDomain.Common;

namespace MscDomain.Trials;

/// <summary>A confidence interval with its level (95 for a 95% CI).</summary>
/// <param name="Lower">Lower bound.</param>
/// <param name="Upper">Upper bound (at least the lower).</param>
/// <param name="LevelPercent">Confidence level in percent, greater than 0 and less than 100 (usually 95).</param>
public sealed record ConfidenceInterval(decimal Lower, decimal Upper, decimal LevelPercent = 95m)
{
    /// <summary>Upper bound (at least the lower).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Upper below lower or a level outside (0, 100).</exception>
    public decimal Upper { get; } = Upper < Lower
        ? throw new ArgumentOutOfRangeException(nameof(Upper), Upper, $"ConfidenceInterval.Upper must be >= Lower ({Require.Fmt(Lower)}); {Require.Fmt(Upper)} is not.")
        : Upper;

    /// <summary>Confidence level in percent.</summary>
    public decimal LevelPercent { get; } = LevelPercent is <= 0m or >= 100m
        ? throw new ArgumentOutOfRangeException(nameof(LevelPercent), LevelPercent, $"ConfidenceInterval.LevelPercent must be > 0 and < 100; {Require.Fmt(LevelPercent)} is not.")
        : LevelPercent;

    /// <summary>Whether <paramref name="value"/> lies in the interval (inclusive).</summary>
    /// <param name="value">The value.</param>
    /// <returns>True when Lower ≤ value ≤ Upper.</returns>
    public bool Contains(decimal value) => value >= Lower && value <= Upper;
}
