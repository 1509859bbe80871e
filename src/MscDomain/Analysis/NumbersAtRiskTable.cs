using System.Collections.Immutable;

namespace MscDomain.Analysis;

/// <summary>
/// The numbers at risk per group at chosen times, as printed under a Kaplan-Meier figure.
/// </summary>
/// <remarks>At risk at t = follow-up time ≥ t (see <see cref="KaplanMeierCurve.NumberAtRisk(decimal)"/>).</remarks>
/// <param name="TimesDays">The times (days), ascending.</param>
/// <param name="Rows">One row per group, in the curves' order.</param>
public sealed record NumbersAtRiskTable(ImmutableArray<decimal> TimesDays, ImmutableArray<NumbersAtRiskRow> Rows);
