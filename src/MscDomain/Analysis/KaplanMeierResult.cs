using System.Collections.Immutable;
using System.Globalization;

namespace MscDomain.Analysis;

/// <summary>Kaplan-Meier curves for every group, with the options that produced them.</summary>
/// <param name="Curves">One curve per group, in order of first appearance of the group in the input.</param>
/// <param name="Options">The options used (interval scale and confidence level).</param>
public sealed record KaplanMeierResult(ImmutableArray<KaplanMeierCurve> Curves, KaplanMeierOptions Options)
{
    /// <summary>The curve of <paramref name="group"/>.</summary>
    /// <param name="group">The group name (ordinal comparison).</param>
    /// <returns>The curve.</returns>
    /// <exception cref="KeyNotFoundException">No curve has that group name.</exception>
    public KaplanMeierCurve this[string group] =>
        Curves.FirstOrDefault(c => c.Group == group)
        ?? throw new KeyNotFoundException($"No Kaplan-Meier curve for group '{group}'; groups are: {string.Join(", ", Curves.Select(c => c.Group))}.");

    /// <summary>The numbers at risk per group at <paramref name="timesDays"/>.</summary>
    /// <param name="timesDays">Times in days, ≥ 0, strictly ascending.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentException">A time is negative or the times are not strictly ascending.</exception>
    public NumbersAtRiskTable NumbersAtRisk(IReadOnlyList<decimal> timesDays)
    {
        ArgumentNullException.ThrowIfNull(timesDays);
        for (var i = 0; i < timesDays.Count; i++)
        {
            if (timesDays[i] < 0m)
            {
                throw new ArgumentException($"timesDays[{i}] = {timesDays[i].ToString(CultureInfo.InvariantCulture)} is negative; times must be ≥ 0 days.", nameof(timesDays));
            }

            if (i > 0 && timesDays[i] <= timesDays[i - 1])
            {
                throw new ArgumentException($"timesDays[{i}] = {timesDays[i].ToString(CultureInfo.InvariantCulture)} is not after timesDays[{i - 1}]; times must be strictly ascending.", nameof(timesDays));
            }
        }

        var times = timesDays.ToImmutableArray();
        var rows = Curves.Select(c => new NumbersAtRiskRow(c.Group, times.Select(c.NumberAtRisk).ToImmutableArray())).ToImmutableArray();
        return new NumbersAtRiskTable(times, rows);
    }
}
