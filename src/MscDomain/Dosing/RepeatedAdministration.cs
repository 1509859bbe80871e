using System.Collections.Immutable;
using NodaTime;
using MscDomain.Common;

namespace MscDomain.Dosing;

/// <summary>
/// Administrations repeated at an interval: a fixed or ranged count (<c>every 2 months × 6</c>, <c>every 30 days × 4–8</c>,
/// <c>daily × 7</c>, <c>up to 3</c>) and a fixed or ranged interval (<c>every 6–12 months</c>).
/// </summary>
/// <remarks>
/// Administration k (1-based) is planned from start + (k−1) × <see cref="IntervalMinimum"/> to start + (k−1) ×
/// <see cref="IntervalMaximum"/>; administrations beyond <see cref="MinimumCount"/> are optional ("up to n").
/// Intervals must share a unit. Examples (trials.md): Harris 2024 every 2 months × 6; Harris 2018 every 3 months × 3;
/// Petrou 2020 months 0 and 6 (every 6 months × 2); two infusions 1 week apart (every 1 week × 2).
/// </remarks>
/// <param name="MinimumCount">Fewest administrations (at least 1).</param>
/// <param name="MaximumCount">Most administrations (at least <paramref name="MinimumCount"/>).</param>
/// <param name="IntervalMinimum">Shortest interval between consecutive administrations (at least 1 unit).</param>
/// <param name="IntervalMaximum">Longest interval (same unit, at least the minimum); null means equal to the minimum.</param>
public sealed record RepeatedAdministration(
    int MinimumCount,
    int MaximumCount,
    CalendarInterval IntervalMinimum,
    CalendarInterval? IntervalMaximum = null) : Schedule
{
    /// <summary>Fewest administrations (at least 1).</summary>
    /// <exception cref="ArgumentOutOfRangeException">A count or interval breaks its rule.</exception>
    public override int MinimumCount { get; } = Require.Positive(MinimumCount, nameof(MinimumCount));

    /// <summary>Most administrations (at least <see cref="MinimumCount"/>).</summary>
    public override int MaximumCount { get; } = MaximumCount >= MinimumCount
        ? MaximumCount
        : throw new ArgumentOutOfRangeException(nameof(MaximumCount), MaximumCount, $"RepeatedAdministration.MaximumCount must be >= MinimumCount ({MinimumCount}); {MaximumCount} is not.");

    /// <summary>Shortest interval (at least 1 unit).</summary>
    public CalendarInterval IntervalMinimum { get; } = IntervalMinimum.Amount >= 1
        ? IntervalMinimum
        : throw new ArgumentOutOfRangeException(nameof(IntervalMinimum), IntervalMinimum.Amount, "RepeatedAdministration.IntervalMinimum must be at least 1 unit; 0 is not.");

    /// <summary>Longest interval (same unit as the minimum, at least as long), or null when fixed.</summary>
    public CalendarInterval? IntervalMaximum { get; } = IntervalMaximum is { } max && (max.Unit != IntervalMinimum.Unit || max.Amount < IntervalMinimum.Amount)
        ? throw new ArgumentOutOfRangeException(nameof(IntervalMaximum), max.ToString(), $"RepeatedAdministration.IntervalMaximum must have the unit of IntervalMinimum ({IntervalMinimum}) and be at least as long; {max} is not.")
        : IntervalMaximum;

    /// <summary>Exactly <paramref name="count"/> administrations every <paramref name="interval"/>.</summary>
    /// <param name="count">Number of administrations.</param>
    /// <param name="interval">Interval between them.</param>
    /// <returns>The schedule.</returns>
    public static RepeatedAdministration Every(CalendarInterval interval, int count) => new(count, count, interval);

    /// <summary>Once a day for <paramref name="days"/> days.</summary>
    /// <param name="days">Number of daily administrations.</param>
    /// <returns>The schedule.</returns>
    public static RepeatedAdministration Daily(int days) => new(days, days, CalendarInterval.Days(1));

    /// <inheritdoc />
    public override ImmutableArray<PlannedAdministrationDate> Expand(LocalDate start)
    {
        var max = IntervalMaximum ?? IntervalMinimum;
        var builder = ImmutableArray.CreateBuilder<PlannedAdministrationDate>(MaximumCount);
        for (var k = 0; k < MaximumCount; k++)
        {
            builder.Add(new PlannedAdministrationDate(k + 1, IntervalMinimum.AddTo(start, k), max.AddTo(start, k), k >= MinimumCount));
        }

        return builder.MoveToImmutable();
    }
}
