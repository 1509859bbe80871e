namespace MscDomain.Analysis;

/// <summary>One group's line of a log-rank test: observed and expected numbers of events.</summary>
/// <param name="Group">The group (arm) name.</param>
/// <param name="Subjects">Number of subjects in the group.</param>
/// <param name="Observed">Events observed in the group.</param>
/// <param name="Expected">Events expected under the null hypothesis of equal hazards: Σ over event times of dₜ·nₜ(group)/nₜ.</param>
public sealed record LogRankGroup(string Group, int Subjects, int Observed, double Expected)
{
    /// <summary>(O − E)²/E, the group's contribution as R's <c>survdiff</c> prints it (not the test statistic).</summary>
    public double ObservedMinusExpectedSquaredOverExpected =>
        Expected > 0 ? (Observed - Expected) * (Observed - Expected) / Expected : 0.0;
}
