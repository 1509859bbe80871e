using System.Globalization;
using System.Text;

namespace MscDomain.Tabular.Progression;

/// <summary>What reading long-format progression input did: rows read, and the rows handled as msprog documents
/// (missing outcome values dropped, same-day duplicates reduced to the last row), with their line numbers.</summary>
public sealed record ProgressionReadSummary
{
    /// <summary>Visit rows read (header excluded), before any row was dropped.</summary>
    public required int VisitRows { get; init; }

    /// <summary>Visits passed to the analysis (after dropping missing values and same-day duplicates).</summary>
    public required int VisitsKept { get; init; }

    /// <summary>Number of participants (distinct ids in the visit file).</summary>
    public required int Participants { get; init; }

    /// <summary>Relapse rows read.</summary>
    public required int RelapseRows { get; init; }

    /// <summary>The value column read (named in the summary text).</summary>
    public required string ValueColumn { get; init; }

    /// <summary>1-based line numbers (header = 1) of visit rows whose value was missing (empty or <c>NA</c>): dropped, as msprog does.</summary>
    public required IReadOnlyList<int> MissingValueLines { get; init; }

    /// <summary>1-based line numbers of visit rows dropped because a later row of the same participant has the same date (msprog keeps the last row of a day).</summary>
    public required IReadOnlyList<int> SameDayDuplicateLines { get; init; }

    /// <summary>Every issue the ingest boundary reported (notes for dropped and merged rows, warnings), with codes and locations.</summary>
    public IReadOnlyList<MscDomain.Common.DataIssue> Issues { get; init; } = [];

    /// <summary>One line for a log: counts with thousands separators and up to 10 line numbers per kind.</summary>
    /// <returns>E.g. <c>read 1,234 visits for 56 participants and 12 relapses; skipped 3 rows with missing EDSS (lines 12, 40, 77); merged 2 same-day duplicates (dropped lines 9, 31; the last row of each day is kept)</c>.</returns>
    public override string ToString()
    {
        var ci = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.Append(ci, $"read {VisitRows:N0} visits for {Participants:N0} participants and {RelapseRows:N0} relapses");
        sb.Append(ci, $"; skipped {MissingValueLines.Count:N0} rows with missing {ValueColumn}");
        if (MissingValueLines.Count > 0)
        {
            sb.Append(" (").Append(Lines(MissingValueLines)).Append(')');
        }

        sb.Append(ci, $"; merged {SameDayDuplicateLines.Count:N0} same-day duplicates");
        if (SameDayDuplicateLines.Count > 0)
        {
            sb.Append(" (dropped ").Append(Lines(SameDayDuplicateLines)).Append("; the last row of each day is kept)");
        }

        sb.Append(ci, $"; analysing {VisitsKept:N0} visits");
        return sb.ToString();
    }

    private static string Lines(IReadOnlyList<int> lines)
    {
        var shown = string.Join(", ", lines.Take(10).Select(l => l.ToString(CultureInfo.InvariantCulture)));
        return (lines.Count == 1 ? "line " : "lines ") + shown + (lines.Count > 10 ? $", … {lines.Count - 10} more" : string.Empty);
    }
}
