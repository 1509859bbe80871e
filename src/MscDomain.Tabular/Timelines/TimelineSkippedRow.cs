namespace MscDomain.Tabular.Timelines;

/// <summary>A data row that the timeline reader did not turn into a timeline entry, with the reason.</summary>
/// <param name="File">The file as given.</param>
/// <param name="Line">The 1-based line (header = 1).</param>
/// <param name="Reason">Why the row was skipped (a fixed phrase, so rows can be counted per reason).</param>
/// <param name="Detail">The value that caused the skip (e.g. the unknown participant id), or null.</param>
public sealed record TimelineSkippedRow(string File, int Line, string Reason, string? Detail = null);
