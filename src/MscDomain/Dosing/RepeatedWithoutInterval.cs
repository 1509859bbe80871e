using System.Collections.Immutable;
using System.Text.Json.Serialization;
using MscDomain.Common;
using NodaTime;

namespace MscDomain.Dosing;

/// <summary>Repeated administrations whose interval the source does not report, optionally with a count range ("2 to 5
/// injections", "repeated intrathecal injections").</summary>
/// <remarks>Replaces a dropped regimen: the product link, route and dose stay typed; only the dates cannot be planned, so
/// <see cref="Expand"/> throws. JSON kind <c>"repeated-interval-not-reported"</c>.</remarks>
/// <param name="MinimumCount">Fewest administrations (at least 1).</param>
/// <param name="MaximumCount">Most administrations (at least the minimum).</param>
/// <param name="Text">The source's wording, or null.</param>
public sealed record RepeatedWithoutInterval(int MinimumCount, int MaximumCount, string? Text = null) : Schedule
{
    /// <inheritdoc />
    /// <exception cref="ArgumentOutOfRangeException">A minimum below 1 or a maximum below the minimum.</exception>
    public override int MinimumCount { get; } = Require.Positive(MinimumCount, nameof(MinimumCount));

    /// <inheritdoc />
    public override int MaximumCount { get; } = MaximumCount >= MinimumCount
        ? MaximumCount
        : throw new ArgumentOutOfRangeException(nameof(MaximumCount), MaximumCount, $"RepeatedWithoutInterval.MaximumCount must be >= MinimumCount ({MinimumCount}); {MaximumCount} is not.");

    /// <summary>The source's wording, or null.</summary>
    public string? Text { get; } = Require.NullOrNotBlank(Text, nameof(Text));

    /// <summary>Always throws: without an interval there are no planned dates.</summary>
    /// <param name="start">The start date.</param>
    /// <returns>Never returns.</returns>
    /// <exception cref="InvalidOperationException">Always: the interval is not reported.</exception>
    public override ImmutableArray<PlannedAdministrationDate> Expand(LocalDate start) =>
        throw new InvalidOperationException($"The schedule's interval is not reported ({MinimumCount}–{MaximumCount} administrations); planned dates cannot be computed.");
}
