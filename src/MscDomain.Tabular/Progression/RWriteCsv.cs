using MscDomain.Disability;

namespace MscDomain.Tabular.Progression;

/// <summary>R's <c>write.csv</c> conventions for the msprog-compatible tables of <see cref="MsprogResultsTable"/>.</summary>
internal static class RWriteCsv
{
    /// <summary>Writes a table as R's <c>write.csv</c> does: header and text cells quoted, numbers and booleans bare, NA empty.</summary>
    /// <param name="writer">Destination.</param>
    /// <param name="header">Column names.</param>
    /// <param name="rows">Rows of cells (null = NA).</param>
    /// <param name="dayNumbers">Whether date columns hold day numbers (then written bare).</param>
    public static void Write(TextWriter writer, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows, bool dayNumbers = false)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(rows);
        writer.Write(string.Join(",", header.Select(Quote)));
        writer.Write('\n');
        var quoted = header.Select((h, i) => i == 0 || h is "event_type" or "CDW_type" or "event_sequence" || (!dayNumbers && h.EndsWith("date", StringComparison.Ordinal))).ToArray();
        foreach (var row in rows)
        {
            for (var i = 0; i < row.Count; i++)
            {
                if (i > 0)
                {
                    writer.Write(',');
                }

                if (row[i] is { } cell)
                {
                    writer.Write(quoted[i] ? Quote(cell) : cell);
                }
            }

            writer.Write('\n');
        }
    }

    private static string Quote(string s) => "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
