namespace MscDomain.Safety;

/// <summary>Whether an event's onset falls inside one MSC risk window, against which exposure, and why.</summary>
/// <param name="Window">The window evaluated.</param>
/// <param name="Membership">Inside, outside, indeterminate, not applicable or no window defined.</param>
/// <param name="ExposureNumber">The 1-based number (in date order) of the exposure the window was measured from; <see langword="null"/> when none.</param>
/// <param name="Reason">Why, in one sentence.</param>
public sealed record RiskWindowResult(MscRiskWindow Window, WindowMembership Membership, int? ExposureNumber, string Reason);
