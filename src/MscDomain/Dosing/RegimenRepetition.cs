using MscDomain.Common;

namespace MscDomain.Dosing;

/// <summary>"Up to N further courses" of the whole regimen, each started an interval (possibly a range, "every 6–12 months") after the previous course began.</summary>
/// <param name="MaximumAdditionalCourses">Most further courses (at least 1); all are optional.</param>
/// <param name="IntervalMinimum">Shortest interval between course starts (at least 1 unit).</param>
/// <param name="IntervalMaximum">Longest interval (same unit), or null when fixed.</param>
public sealed record RegimenRepetition(int MaximumAdditionalCourses, CalendarInterval IntervalMinimum, CalendarInterval? IntervalMaximum = null)
{
    /// <summary>Most further courses (at least 1).</summary>
    /// <exception cref="ArgumentOutOfRangeException">A count or interval breaks its rule.</exception>
    public int MaximumAdditionalCourses { get; } = Require.Positive(MaximumAdditionalCourses, nameof(MaximumAdditionalCourses));

    /// <summary>Shortest interval between course starts (at least 1 unit).</summary>
    public CalendarInterval IntervalMinimum { get; } = IntervalMinimum.Amount >= 1
        ? IntervalMinimum
        : throw new ArgumentOutOfRangeException(nameof(IntervalMinimum), IntervalMinimum.Amount, "RegimenRepetition.IntervalMinimum must be at least 1 unit; 0 is not.");

    /// <summary>Longest interval (same unit, at least the minimum), or null when fixed.</summary>
    public CalendarInterval? IntervalMaximum { get; } = IntervalMaximum is { } max && (max.Unit != IntervalMinimum.Unit || max.Amount < IntervalMinimum.Amount)
        ? throw new ArgumentOutOfRangeException(nameof(IntervalMaximum), max.ToString(), $"RegimenRepetition.IntervalMaximum must have the unit of IntervalMinimum ({IntervalMinimum}) and be at least as long; {max} is not.")
        : IntervalMaximum;
}
