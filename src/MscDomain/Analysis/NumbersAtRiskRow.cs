using System.Collections.Immutable;

namespace MscDomain.Analysis;

/// <summary>One group's line of a numbers-at-risk table.</summary>
/// <param name="Group">The group (arm) name.</param>
/// <param name="AtRisk">Subjects at risk at each of the table's times, in the same order.</param>
public sealed record NumbersAtRiskRow(string Group, ImmutableArray<int> AtRisk)
{
    /// <summary>Subjects at risk at each time (an omitted list reads as empty).</summary>
    public ImmutableArray<int> AtRisk { get; } = AtRisk.IsDefault ? [] : AtRisk;
}
