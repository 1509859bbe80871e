using MscDomain.Common;

namespace MscDomain.Trials;

/// <summary>Mean ± standard deviation (e.g. EDSS change −0.20 ± 0.3).</summary>
/// <param name="Mean">The mean.</param>
/// <param name="StandardDeviation">The SD (at least 0), or null.</param>
/// <param name="Participants">n, or null.</param>
/// <param name="Unit">Unit (e.g. "%", "{score}"), or null.</param>
public sealed record MeanSdStatistic(decimal Mean, decimal? StandardDeviation = null, int? Participants = null, string? Unit = null) : ResultStatistic
{
    /// <summary>The SD (at least 0), or null.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Negative SD or n.</exception>
    public decimal? StandardDeviation { get; } = Require.NonNegative(StandardDeviation, nameof(StandardDeviation));

    /// <summary>n (at least 0), or null.</summary>
    public int? Participants { get; } = Require.NonNegative(Participants, nameof(Participants));
}
