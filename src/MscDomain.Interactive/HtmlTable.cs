using System.Globalization;
using System.Net;
using System.Text;

namespace MscDomain.Interactive;

/// <summary>
/// A minimal HTML table builder: a header row, body rows and an optional caption, with every cell HTML-escaped.
/// </summary>
/// <remarks>
/// Cells are formatted with the invariant culture (decimal point, ISO dates) and escaped with
/// <see cref="WebUtility.HtmlEncode(string)"/>, so a participant id or verbatim adverse-event term such as
/// <c>&lt;script&gt;</c> is shown as text, never interpreted. A <see langword="null"/> cell renders as an empty cell.
/// </remarks>
public sealed class HtmlTable
{
    private readonly string[] _headers;
    private readonly List<string[]> _rows = [];

    /// <summary>Creates an empty table with the given column headers.</summary>
    /// <param name="headers">The column headers, at least one; each is escaped.</param>
    /// <exception cref="ArgumentNullException"><paramref name="headers"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="headers"/> is empty.</exception>
    public HtmlTable(params string[] headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        if (headers.Length == 0)
        {
            throw new ArgumentException("An HTML table needs at least one column header; none was given.", nameof(headers));
        }

        _headers = [.. headers];
    }

    /// <summary>An optional caption shown above the table (escaped).</summary>
    public string? Caption { get; init; }

    /// <summary>The number of columns (header cells).</summary>
    public int ColumnCount => _headers.Length;

    /// <summary>The number of body rows added so far.</summary>
    public int RowCount => _rows.Count;

    /// <summary>Adds one body row.</summary>
    /// <param name="cells">One value per column; formatted with the invariant culture.</param>
    /// <returns>This table, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="cells"/> is null.</exception>
    /// <exception cref="ArgumentException">The number of cells differs from <see cref="ColumnCount"/>.</exception>
    public HtmlTable AddRow(params object?[] cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        if (cells.Length != _headers.Length)
        {
            throw new ArgumentException(
                $"Row {_rows.Count} has {cells.Length} cells; the table has {_headers.Length} columns ({string.Join(", ", _headers)}).",
                nameof(cells));
        }

        _rows.Add([.. cells.Select(Format)]);
        return this;
    }

    /// <summary>Renders the table as an HTML <c>&lt;table&gt;</c> element.</summary>
    /// <returns>The HTML text.</returns>
    public string ToHtml()
    {
        var sb = new StringBuilder("<table>");
        if (Caption is not null)
        {
            sb.Append("<caption>").Append(WebUtility.HtmlEncode(Caption)).Append("</caption>");
        }

        sb.Append("<thead><tr>");
        foreach (var h in _headers)
        {
            sb.Append("<th>").Append(WebUtility.HtmlEncode(h)).Append("</th>");
        }

        sb.Append("</tr></thead><tbody>");
        foreach (var row in _rows)
        {
            sb.Append("<tr>");
            foreach (var cell in row)
            {
                sb.Append("<td>").Append(WebUtility.HtmlEncode(cell)).Append("</td>");
            }

            sb.Append("</tr>");
        }

        return sb.Append("</tbody></table>").ToString();
    }

    /// <inheritdoc cref="ToHtml"/>
    public override string ToString() => ToHtml();

    /// <summary>Formats one cell value as invariant-culture text (empty for <see langword="null"/>).</summary>
    /// <param name="value">The value.</param>
    /// <returns>The unescaped text.</returns>
    public static string Format(object? value) => value switch
    {
        null => "",
        string s => s,
        bool b => b ? "yes" : "no",
        double d => double.IsFinite(d) ? d.ToString("0.####", CultureInfo.InvariantCulture) : d.ToString(CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
