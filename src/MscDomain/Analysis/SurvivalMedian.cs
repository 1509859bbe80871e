namespace MscDomain.Analysis;

/// <summary>
/// The median time to event of a Kaplan-Meier curve with its confidence interval; each part is
/// <see langword="null"/> when the curve (or the corresponding confidence limit) never falls to 0.5.
/// </summary>
/// <remarks>
/// <para>Each of the three is where a horizontal line at 0.5 meets a step function: the curve S(t) for the median,
/// the lower pointwise confidence band for the lower limit and the upper band for the upper limit (Brookmeyer &amp;
/// Crowley 1982, <i>Biometrics</i> 38:29, on the curve's confidence-interval scale). The meeting point follows R
/// survival's <c>print.survfit</c> (<c>survmean</c>, function <c>minmin</c>; survival 3.5.3): the first time the function
/// is below 0.5 + 2^-26; when it equals 0.5 there (within 2^-26) and drops later, the line meets it along an interval and
/// the answer is the centre of that interval, (that time + the time of the next drop) / 2. For uncensored data this is
/// the usual sample median (1, 2, 3, 4 → 2.5). A band is treated as missing where S = 0, as in R.</para>
/// </remarks>
/// <param name="TimeDays">The median in days, or <see langword="null"/> when S(t) never falls to 0.5 (not reached).</param>
/// <param name="LowerDays">The lower confidence limit in days, or <see langword="null"/> when not reached.</param>
/// <param name="UpperDays">The upper confidence limit in days, or <see langword="null"/> when not reached (often "NA" in reports).</param>
public sealed record SurvivalMedian(decimal? TimeDays, decimal? LowerDays, decimal? UpperDays)
{
    /// <summary>Whether the median itself was reached.</summary>
    public bool IsReached => TimeDays.HasValue;
}
