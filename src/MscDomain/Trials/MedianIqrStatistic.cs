namespace MscDomain.Trials;

/// <summary>Median with interquartile range.</summary>
/// <param name="Median">The median.</param>
/// <param name="LowerQuartile">Q1 (at most the median), or null.</param>
/// <param name="UpperQuartile">Q3 (at least the median), or null.</param>
/// <param name="Participants">n, or null.</param>
/// <param name="Unit">Unit, or null.</param>
public sealed record MedianIqrStatistic(decimal Median, decimal? LowerQuartile = null, decimal? UpperQuartile = null, int? Participants = null, string? Unit = null) : ResultStatistic
{
    /// <summary>Q1 (at most the median), or null.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Quartiles on the wrong side of the median.</exception>
    public decimal? LowerQuartile { get; } = LowerQuartile is { } q1 && q1 > Median
        ? throw new ArgumentOutOfRangeException(nameof(LowerQuartile), q1, $"MedianIqrStatistic.LowerQuartile must be <= Median ({Median}); {q1} is not.")
        : LowerQuartile;

    /// <summary>Q3 (at least the median), or null.</summary>
    public decimal? UpperQuartile { get; } = UpperQuartile is { } q3 && q3 < Median
        ? throw new ArgumentOutOfRangeException(nameof(UpperQuartile), q3, $"MedianIqrStatistic.UpperQuartile must be >= Median ({Median}); {q3} is not.")
        : UpperQuartile;
}
