using MscDomain.Common;

namespace MscDomain.Trials;

/// <summary>A correlation or association coefficient between two measures (e.g. change in a CSF marker vs change in EDSS),
/// with an optional confidence interval.</summary>
/// <param name="Method">Pearson, Spearman, Kendall or another coefficient.</param>
/// <param name="Coefficient">The coefficient (−1 to 1).</param>
/// <param name="Participants">n, or null.</param>
/// <param name="Interval">Confidence interval, or null.</param>
/// <param name="With">What the outcome is correlated with, e.g. "cell dose", or null.</param>
public sealed record CorrelationStatistic(CorrelationMethod Method, decimal Coefficient, int? Participants = null, ConfidenceInterval? Interval = null, string? With = null) : ResultStatistic
{
    /// <summary>The coefficient (−1 to 1).</summary>
    /// <exception cref="ArgumentOutOfRangeException">A coefficient outside −1 to 1, a negative n, or an undefined method.</exception>
    public decimal Coefficient { get; } = Require.Between(Coefficient, -1m, 1m, nameof(Coefficient));

    /// <summary>Pearson, Spearman, Kendall or other.</summary>
    public CorrelationMethod Method { get; } = Require.Defined(Method, nameof(Method));

    /// <summary>n (at least 0), or null.</summary>
    public int? Participants { get; } = Require.NonNegative(Participants, nameof(Participants));
}
