namespace MscDomain.Analysis;

/// <summary>
/// One distinct time of the Kaplan-Meier step function: who was at risk, how many events and
/// censorings happened then, and the survival estimate just after it with its Greenwood standard
/// error and pointwise confidence interval.
/// </summary>
/// <remarks>
/// <para>Rows exist for every distinct time with an event or a censoring (as R's
/// <c>summary(survfit(...), censored = TRUE)</c>). At a tied time, events are taken to happen
/// before censorings: subjects censored at <see cref="TimeDays"/> are counted in
/// <see cref="AtRisk"/> (Kaplan &amp; Meier 1958).</para>
/// <para><see cref="StandardError"/> is Greenwood's (1926) standard error of S(t) on the
/// probability scale: S(t)·sqrt(Σ d/(n(n−d))). When S(t) reaches 0 the standard error is reported as 0
/// and the interval as [0, 0] (R reports NA there); while S(t) is 1 the interval is [1, 1].</para>
/// </remarks>
/// <param name="TimeDays">The time in days.</param>
/// <param name="AtRisk">Subjects with time ≥ <paramref name="TimeDays"/> (still followed, event-free, just before it).</param>
/// <param name="Events">Events observed at this time.</param>
/// <param name="Censored">Subjects censored at this time.</param>
/// <param name="Survival">The Kaplan-Meier estimate of S(t) just after this time, in [0, 1].</param>
/// <param name="StandardError">Greenwood standard error of <paramref name="Survival"/>.</param>
/// <param name="Lower">Lower limit of the pointwise confidence interval.</param>
/// <param name="Upper">Upper limit of the pointwise confidence interval.</param>
public sealed record KaplanMeierStep(
    decimal TimeDays,
    int AtRisk,
    int Events,
    int Censored,
    double Survival,
    double StandardError,
    double Lower,
    double Upper);
