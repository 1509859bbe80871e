using System.Text;
using MscDomain.Common;
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
        ArgumentNullException.ThrowIfNull(rows);
        Write(writer, header, rows.ToList(), static row => [row], dayNumbers);
    }

    /// <summary>Writes a table whose rows come from items (each item any number of rows), formatting blocks of items in
    /// parallel (<see cref="OrderedParallel"/>, in blocks of items written in order): the same text as <see cref="Write(TextWriter, IReadOnlyList{string}, IEnumerable{IReadOnlyList{string?}}, bool)"/>
    /// over the items' rows in order.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="writer">Destination.</param>
    /// <param name="header">Column names.</param>
    /// <param name="items">The items, in output order.</param>
    /// <param name="rowsOf">An item's rows (cells, null = NA); called on several threads at once.</param>
    /// <param name="dayNumbers">Whether date columns hold day numbers (then written bare).</param>
    public static void Write<T>(TextWriter writer, IReadOnlyList<string> header, IReadOnlyList<T> items, Func<T, IEnumerable<IReadOnlyList<string?>>> rowsOf, bool dayNumbers = false)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(rowsOf);
        var quoted = WriteHeader(writer, header, dayNumbers);
        const int BlockSize = 256;
        void Format(int from, int to, StringBuilder text)
        {
            for (var i = from; i < to; i++)
            {
                foreach (var row in rowsOf(items[i]))
                {
                    AppendRow(text, row, quoted);
                }
            }
        }

        var blocks = (items.Count + BlockSize - 1) / BlockSize;
        if (blocks <= 1)
        {
            var text = new StringBuilder();
            Format(0, items.Count, text);
            writer.Write(text);
            return;
        }

        var buffers = new System.Collections.Concurrent.ConcurrentBag<StringBuilder>(); // reused while blocks are written
        OrderedParallel.Run(
            blocks,
            (b, stopped) =>
            {
                var text = buffers.TryTake(out var t) ? t : new StringBuilder();
                if (!stopped())
                {
                    Format(b * BlockSize, Math.Min(items.Count, (b + 1) * BlockSize), text);
                }

                return text;
            },
            (_, text) =>
            {
                writer.Write(text);
                text.Clear();
                buffers.Add(text);
                return true;
            });
    }

    /// <summary>Writes the quoted header line; returns which columns are quoted text.</summary>
    private static bool[] WriteHeader(TextWriter writer, IReadOnlyList<string> header, bool dayNumbers)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(header);
        writer.Write(string.Join(",", header.Select(Quote)));
        writer.Write('\n');
        return [.. header.Select((h, i) => i == 0 || h is "event_type" or "CDW_type" or "event_sequence" || (!dayNumbers && h.EndsWith("date", StringComparison.Ordinal)))];
    }

    private static void AppendRow(StringBuilder text, IReadOnlyList<string?> row, bool[] quoted)
    {
        for (var i = 0; i < row.Count; i++)
        {
            if (i > 0)
            {
                text.Append(',');
            }

            if (row[i] is { } cell)
            {
                if (quoted[i])
                {
                    text.Append('"').Append(cell.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
                }
                else
                {
                    text.Append(cell);
                }
            }
        }

        text.Append('\n');
    }

    private static string Quote(string s) => "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
