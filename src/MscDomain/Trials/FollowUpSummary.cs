using MscDomain.Common;
using MscDomain.Dosing;

namespace MscDomain.Trials;

/// <summary>Follow-up as reports summarise it: mean, median, range or "up to", in one time unit (beside the planned
/// whole-number <see cref="TrialDesign.FollowUp"/>).</summary>
/// <remarks>Example: "median follow-up 24 months (range 6–36)" is unit month, median 24, minimum 6, maximum 36;
/// "up to 10 months" is maximum 10.</remarks>
/// <param name="Unit">Unit of every value.</param>
/// <param name="Duration">The summary (values at least 0).</param>
/// <param name="Text">The source's wording, or null.</param>
public sealed record FollowUpSummary(IntervalUnit Unit, DescriptiveSummary Duration, string? Text = null)
{
    /// <summary>Unit of every value.</summary>
    /// <exception cref="ArgumentException">An undefined unit, a missing summary, or a negative duration.</exception>
    public IntervalUnit Unit { get; } = Require.Defined(Unit, nameof(Unit));

    /// <summary>The summary.</summary>
    public DescriptiveSummary Duration { get; } = Duration is null
        ? throw new ArgumentNullException(nameof(Duration))
        : Duration.Minimum is < 0m || Duration.Median is < 0m || Duration.Mean is < 0m || Duration.Maximum is < 0m
            ? throw new ArgumentOutOfRangeException(nameof(Duration), "FollowUpSummary.Duration values must be >= 0.")
            : Duration;

    /// <summary>The longest follow-up in approximate days (maximum, else median, else mean), or null.</summary>
    /// <returns>Days.</returns>
    public decimal? LongestApproximateDays() =>
        (Duration.Maximum ?? Duration.Median ?? Duration.Mean) is { } v ? v * new CalendarInterval(1, Unit).ApproximateDays() : null;
}
