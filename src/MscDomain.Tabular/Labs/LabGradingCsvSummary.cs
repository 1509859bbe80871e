namespace MscDomain.Tabular.Labs;

/// <summary>Counts of a lab-grading CSV run.</summary>
/// <param name="Rows">Data rows read.</param>
/// <param name="Graded">Rows given a grade (0-4).</param>
/// <param name="NotGradable">Rows that could not be graded (empty grade, reason given).</param>
public sealed record LabGradingCsvSummary(int Rows, int Graded, int NotGradable);
