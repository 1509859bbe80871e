using MscDomain.Common;

namespace MscDomain.Trials;

/// <summary>
/// A descriptive summary of a continuous value as reports print it: mean ± SD, median (IQR), range, or any mix; the unit is
/// in the owning member's name (<c>AgeYears</c>, <c>DiseaseDurationYears</c>).
/// </summary>
/// <remarks>CDISC ADaM summary statistics (MEAN, SD, MEDIAN, Q1, Q3, MIN, MAX). An "up to 24 months" follow-up is a
/// <see cref="Maximum"/> alone. Order rules (minimum ≤ Q1 ≤ median ≤ Q3 ≤ maximum, mean within the range) are checked here
/// because a report that breaks them cannot be true.</remarks>
/// <param name="Mean">Mean, or null.</param>
/// <param name="StandardDeviation">Standard deviation (at least 0), or null.</param>
/// <param name="Median">Median, or null.</param>
/// <param name="LowerQuartile">First quartile, or null.</param>
/// <param name="UpperQuartile">Third quartile, or null.</param>
/// <param name="Minimum">Smallest value (range low), or null.</param>
/// <param name="Maximum">Largest value (range high, or "up to"), or null.</param>
/// <param name="Participants">n the summary is over, or null.</param>
public sealed record DescriptiveSummary(
    decimal? Mean = null,
    decimal? StandardDeviation = null,
    decimal? Median = null,
    decimal? LowerQuartile = null,
    decimal? UpperQuartile = null,
    decimal? Minimum = null,
    decimal? Maximum = null,
    int? Participants = null)
{
    /// <summary>Standard deviation (at least 0), or null.</summary>
    /// <exception cref="ArgumentException">No value at all, a negative SD or n, or values out of order (minimum ≤ Q1 ≤ median ≤ Q3 ≤ maximum; minimum ≤ mean ≤ maximum).</exception>
    public decimal? StandardDeviation { get; } = Require.NonNegative(StandardDeviation, nameof(StandardDeviation));

    /// <summary>n (at least 0), or null.</summary>
    public int? Participants { get; } = Require.NonNegative(Participants, nameof(Participants));

    /// <summary>Largest value, or null.</summary>
    public decimal? Maximum { get; } = Check(Mean, StandardDeviation, Median, LowerQuartile, UpperQuartile, Minimum, Maximum);

    private static decimal? Check(decimal? mean, decimal? sd, decimal? median, decimal? q1, decimal? q3, decimal? min, decimal? max)
    {
        if (mean is null && sd is null && median is null && q1 is null && q3 is null && min is null && max is null)
        {
            throw new ArgumentException("DescriptiveSummary needs at least one value (mean, SD, median, quartiles, minimum or maximum).", nameof(Mean));
        }

        var ordered = new (string Name, decimal? Value)[] { ("Minimum", min), ("LowerQuartile", q1), ("Median", median), ("UpperQuartile", q3), ("Maximum", max) }
            .Where(x => x.Value is not null).ToList();
        for (var i = 1; i < ordered.Count; i++)
        {
            if (ordered[i].Value < ordered[i - 1].Value)
            {
                throw new ArgumentOutOfRangeException(ordered[i].Name, ordered[i].Value,
                    $"DescriptiveSummary.{ordered[i].Name} {Require.Fmt(ordered[i].Value!.Value)} is below {ordered[i - 1].Name} {Require.Fmt(ordered[i - 1].Value!.Value)}; minimum ≤ Q1 ≤ median ≤ Q3 ≤ maximum.");
            }
        }

        if (mean is { } m && ((min is { } lo && m < lo) || (max is { } hi && m > hi)))
        {
            throw new ArgumentOutOfRangeException(nameof(Mean), m, $"DescriptiveSummary.Mean {Require.Fmt(m)} lies outside its range ({(min is { } a ? Require.Fmt(a) : "?")}–{(max is { } b ? Require.Fmt(b) : "?")}).");
        }

        return max;
    }
}
