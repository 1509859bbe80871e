namespace MscDomain.Plotting;

/// <summary>One adverse event on a swimmer lane: when it started and ended (days since first administration) and its grade.</summary>
/// <remarks>
/// Grades are CTCAE (Common Terminology Criteria for Adverse Events) grades 1 (mild) to 5 (death related
/// to the AE); checked when the figure is drawn. Day 0 is the first administration; negative days
/// (events before it, e.g. at screening) are allowed.
/// </remarks>
/// <param name="StartDay">Onset, in days since the first administration.</param>
/// <param name="EndDay">Resolution, in days since the first administration, ≥ <paramref name="StartDay"/>;
/// <see langword="null"/> when ongoing at the end of follow-up (drawn to the lane's end with an arrow).</param>
/// <param name="Grade">CTCAE grade 1 to 5.</param>
/// <param name="Term">Optional AE term (not drawn; kept for adapters and tooltips).</param>
public sealed record SwimmerAdverseEvent(decimal StartDay, decimal? EndDay, int Grade, string? Term = null);
