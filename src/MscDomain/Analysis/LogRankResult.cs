using System.Collections.Immutable;

namespace MscDomain.Analysis;

/// <summary>The log-rank (Mantel-Haenszel) test of equal survival across groups.</summary>
/// <remarks>
/// The statistic is (O − E)ᵀ V⁻ (O − E) over the groups, with V the hypergeometric variance-covariance
/// matrix of O − E (Mantel 1966; Peto &amp; Peto 1972), as R's <c>survdiff(rho = 0)</c>. The p-value is
/// the chi-square upper tail with <see cref="DegreesOfFreedom"/> = rank of V (k − 1 for k groups
/// that share event times).
/// </remarks>
/// <param name="Groups">Per-group observed and expected events, in order of first appearance.</param>
/// <param name="ChiSquare">The log-rank chi-square statistic.</param>
/// <param name="DegreesOfFreedom">Degrees of freedom (rank of the variance matrix).</param>
/// <param name="PValue">P(χ²(df) ≥ statistic).</param>
public sealed record LogRankResult(ImmutableArray<LogRankGroup> Groups, double ChiSquare, int DegreesOfFreedom, double PValue);
