namespace MscDomain.Analysis;

/// <summary>
/// The median time to event of a Kaplan-Meier curve with its confidence interval; each part is
/// <see langword="null"/> when the curve (or the corresponding confidence limit) never falls to 0.5.
/// </summary>
/// <remarks>
/// <para>The median is the smallest event time t with S(t) ≤ 0.5. The interval follows Brookmeyer &amp;
/// Crowley (1982, <i>Biometrics</i> 38:29) as R's <c>survfit</c> does: the lower limit is the smallest
/// time at which the lower pointwise confidence limit is ≤ 0.5, the upper limit the smallest time at
/// which the upper pointwise limit is ≤ 0.5, using the curve's confidence-interval scale.</para>
/// <para>Deviation from R: when S(t) equals 0.5 exactly on a flat stretch, R reports the midpoint
/// between that time and the next event time; MscDomain reports the first time (as SAS does).</para>
/// </remarks>
/// <param name="TimeDays">The median in days, or <see langword="null"/> when S(t) never falls to 0.5 (not reached).</param>
/// <param name="LowerDays">The lower confidence limit in days, or <see langword="null"/> when not reached.</param>
/// <param name="UpperDays">The upper confidence limit in days, or <see langword="null"/> when not reached (often "NA" in reports).</param>
public sealed record SurvivalMedian(decimal? TimeDays, decimal? LowerDays, decimal? UpperDays)
{
    /// <summary>Whether the median itself was reached.</summary>
    public bool IsReached => TimeDays.HasValue;
}
