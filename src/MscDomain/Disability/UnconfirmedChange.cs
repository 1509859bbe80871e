namespace MscDomain.Disability;

/// <summary>A candidate change that was not retained (not confirmed, or confirmed but not sustained; msprog <c>unconfirmed</c>).</summary>
/// <param name="Onset">The candidate onset visit.</param>
/// <param name="Baseline">The reference in force.</param>
/// <param name="DaysSinceLastRelapse">Days since the last relapse onset at the candidate (null = none).</param>
/// <param name="DaysUntilNextRelapse">Days to the next relapse onset (null = none).</param>
/// <param name="ConfirmedButNotSustained">True when it was confirmed but failed the sustained filter.</param>
public sealed record UnconfirmedChange(VisitPoint Onset, VisitPoint Baseline, int? DaysSinceLastRelapse, int? DaysUntilNextRelapse, bool ConfirmedButNotSustained);
