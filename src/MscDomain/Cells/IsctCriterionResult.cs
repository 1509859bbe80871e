namespace MscDomain.Cells;

/// <summary>The evaluation of one ISCT criterion: status, measured value, threshold, and by how much it failed.</summary>
/// <param name="Criterion">The criterion.</param>
/// <param name="Status">Met, failed or not assessable.</param>
/// <param name="MeasuredPercent">The measured percentage for marker criteria, or null.</param>
/// <param name="ThresholdPercent">The threshold (95 or 2) for marker criteria, or null.</param>
/// <param name="ShortfallPercentagePoints">For a failed marker criterion, how far it missed in percentage points (CD105 92% vs ≥95%: 3); otherwise null.</param>
/// <param name="Explanation">Readable explanation naming the rule.</param>
public sealed record IsctCriterionResult(
    IsctCriterion Criterion,
    CriterionStatus Status,
    decimal? MeasuredPercent,
    decimal? ThresholdPercent,
    decimal? ShortfallPercentagePoints,
    string Explanation);
