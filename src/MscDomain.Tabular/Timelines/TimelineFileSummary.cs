using System.Collections.Immutable;

namespace MscDomain.Tabular.Timelines;

/// <summary>What the timeline reader did with one file: rows read, rows skipped and why.</summary>
/// <param name="Kind">The file's role: <c>participants</c>, <c>visits</c>, <c>relapses</c>, <c>administrations</c>, <c>labs</c>, <c>adverse-events</c> or <c>cohort</c>.</param>
/// <param name="File">The file as given, or null when the file was not supplied.</param>
/// <param name="RowsRead">Data rows turned into timeline entries (blank lines are not rows).</param>
/// <param name="Skipped">Rows skipped, with line and reason, in file order.</param>
public sealed record TimelineFileSummary(string Kind, string? File, int RowsRead, ImmutableArray<TimelineSkippedRow> Skipped)
{
    /// <summary>Skipped rows counted per reason.</summary>
    public IReadOnlyDictionary<string, int> SkippedByReason =>
        Skipped.GroupBy(s => s.Reason).ToDictionary(g => g.Key, g => g.Count());
}
