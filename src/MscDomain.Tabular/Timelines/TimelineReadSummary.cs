using System.Collections.Immutable;
using System.Text;

namespace MscDomain.Tabular.Timelines;

/// <summary>What the timeline reader read and skipped, per file; nothing is dropped without a line here.</summary>
/// <param name="Files">One entry per file role, in the order participants, visits, relapses, administrations, labs, adverse events (then cohort when supplied).</param>
/// <param name="Participants">Timelines built.</param>
public sealed record TimelineReadSummary(ImmutableArray<TimelineFileSummary> Files, int Participants)
{
    /// <summary>Total rows skipped over all files.</summary>
    public int SkippedRows => Files.Sum(f => f.Skipped.Length);

    /// <summary>A human-readable multi-line report: per file the rows read and skipped per reason, then each skipped line.</summary>
    /// <returns>The report.</returns>
    public string Describe()
    {
        var b = new StringBuilder();
        b.Append("participants: ").Append(Participants).Append('\n');
        foreach (var f in Files)
        {
            b.Append(f.Kind).Append(": ");
            if (f.File is null)
            {
                b.Append("not supplied\n");
                continue;
            }

            b.Append(f.RowsRead).Append(" rows read, ").Append(f.Skipped.Length).Append(" skipped (").Append(f.File).Append(")\n");
            foreach (var (reason, count) in f.SkippedByReason)
            {
                b.Append("  ").Append(count).Append(" x ").Append(reason).Append(": lines ")
                    .Append(string.Join(", ", f.Skipped.Where(s => s.Reason == reason).Select(s => s.Detail is null ? $"{s.Line}" : $"{s.Line} ({s.Detail})")))
                    .Append('\n');
            }
        }

        return b.ToString();
    }
}
