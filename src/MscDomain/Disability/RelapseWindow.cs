using System.Text.Json.Serialization;

namespace MscDomain.Disability;

/// <summary>A pair of distances in whole days from relapse onsets: from the last relapse before a visit and to the next one after it.</summary>
/// <remarks>
/// <para>msprog passes these as one or two numbers (<c>relapse_to_bl</c>, <c>relapse_to_event</c>,
/// <c>relapse_to_conf</c>, <c>relapse_assoc</c>); a single number means <c>(n, 0)</c>. A relapse on the visit
/// day is 0 days from the visit in both directions. 0 switches that side off for exclusion windows.</para>
/// <para><c>default</c> is (0, 0): no constraint.</para>
/// </remarks>
public readonly record struct RelapseWindow
{
    /// <summary>Creates a window.</summary>
    /// <param name="daysSinceLast">Days after the last relapse onset (≥ 0).</param>
    /// <param name="daysUntilNext">Days before the next relapse onset (≥ 0).</param>
    /// <exception cref="ArgumentOutOfRangeException">A distance is negative.</exception>
    [JsonConstructor]
    public RelapseWindow(int daysSinceLast, int daysUntilNext = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(daysSinceLast);
        ArgumentOutOfRangeException.ThrowIfNegative(daysUntilNext);
        DaysSinceLast = daysSinceLast;
        DaysUntilNext = daysUntilNext;
    }

    /// <summary>Days after the last relapse onset.</summary>
    public int DaysSinceLast { get; }

    /// <summary>Days before the next relapse onset.</summary>
    public int DaysUntilNext { get; }

    /// <summary>No constraint (0, 0).</summary>
    public static RelapseWindow None => default;

    /// <inheritdoc />
    public override string ToString() => DaysUntilNext == 0 ? $"{DaysSinceLast}" : $"({DaysSinceLast}, {DaysUntilNext})";
}
