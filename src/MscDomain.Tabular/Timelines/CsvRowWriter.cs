using System.Globalization;
using System.Text;
using MscDomain.Tabular.Csv;

namespace MscDomain.Tabular.Timelines;

/// <summary>Writes rows of text fields as RFC 4180 CSV (UTF-8 without BOM, header first, quoting only where needed) — a generic writer for analysis results.</summary>
/// <remarks>A <see langword="null"/> field is written empty (the readers treat an empty field as missing). Format numbers
/// with <see cref="CultureInfo.InvariantCulture"/> before passing them.</remarks>
internal static class CsvRowWriter
{
    /// <summary>Writes <paramref name="header"/> and <paramref name="rows"/> to <paramref name="writer"/>.</summary>
    /// <param name="writer">The destination (not closed).</param>
    /// <param name="header">Column names.</param>
    /// <param name="rows">Rows; each must have as many fields as the header.</param>
    /// <exception cref="ArgumentException">A row's field count differs from the header's.</exception>
    public static void Write(TextWriter writer, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(rows);
        var csv = new CsvFieldWriter(writer);
        foreach (var h in header)
        {
            csv.WriteField(h);
        }

        csv.NextRecord();
        var n = 0;
        foreach (var row in rows)
        {
            n++;
            if (row.Count != header.Count)
            {
                throw new ArgumentException($"CSV row {n} has {row.Count} fields; the header has {header.Count}.", nameof(rows));
            }

            foreach (var f in row)
            {
                csv.WriteField(f ?? string.Empty);
            }

            csv.NextRecord();
        }

    }

    /// <summary>Writes a CSV file atomically: to a temporary file beside <paramref name="path"/>, then moved over it (no partial file on error).</summary>
    /// <param name="path">The destination file.</param>
    /// <param name="header">Column names.</param>
    /// <param name="rows">Rows; each must have as many fields as the header.</param>
    /// <exception cref="ArgumentException">A row's field count differs from the header's.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public static void WriteFile(string path, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        MscDomain.IO.AtomicFile.WriteText(path, w => Write(w, header, rows));
    }
}
