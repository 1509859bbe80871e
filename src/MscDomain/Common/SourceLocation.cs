using System.Globalization;
using System.Text.Json.Serialization;

namespace MscDomain.Common;

/// <summary>
/// Where a value came from: a file with a 1-based line and column (CSV, text), or a JSON path (<c>$.arms[0].id</c>),
/// or both (a JSON document read from a file). Like a compiler's diagnostic location.
/// </summary>
/// <remarks><c>default(SourceLocation)</c> is <see cref="Unknown"/>: no file, no position, no path.</remarks>
public readonly record struct SourceLocation
{
    /// <summary>Creates a location; every part is optional, but a column needs a line.</summary>
    /// <param name="file">The file as the user named it, or <see langword="null"/>.</param>
    /// <param name="line">1-based line, or <see langword="null"/>.</param>
    /// <param name="column">1-based column (in characters), or <see langword="null"/>.</param>
    /// <param name="path">A JSON path such as <c>$.arms[0].id</c>, or a column name for tabular input, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">A line or column below 1, or a column without a line.</exception>
    [JsonConstructor]
    public SourceLocation(string? file, int? line = null, int? column = null, string? path = null)
    {
        if (line is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(line), line, "A line number is 1-based and must be >= 1.");
        }

        if (column is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(column), column, "A column number is 1-based and must be >= 1.");
        }

        if (column is not null && line is null)
        {
            throw new ArgumentOutOfRangeException(nameof(column), column, "A column needs a line.");
        }

        File = file;
        Line = line;
        Column = column;
        Path = path;
    }

    /// <summary>A location that names nothing (a value built in code).</summary>
    public static SourceLocation Unknown => default;

    /// <summary>The file, as the user named it, or <see langword="null"/>.</summary>
    public string? File { get; }

    /// <summary>1-based line, or <see langword="null"/>.</summary>
    public int? Line { get; }

    /// <summary>1-based column, or <see langword="null"/>.</summary>
    public int? Column { get; }

    /// <summary>A JSON path (<c>$.arms[0].id</c>) or a column name, or <see langword="null"/>.</summary>
    public string? Path { get; }

    /// <summary>A location in a JSON document (no file).</summary>
    /// <param name="jsonPath">The JSON path, e.g. <c>$.arms[0].id</c>.</param>
    /// <returns>The location.</returns>
    public static SourceLocation AtJsonPath(string jsonPath) => new(null, path: jsonPath);

    /// <summary>A cell of a text table: file, line, column, and the column's name.</summary>
    /// <param name="file">The file.</param>
    /// <param name="line">1-based line.</param>
    /// <param name="column">1-based column.</param>
    /// <param name="columnName">The column's header, or <see langword="null"/>.</param>
    /// <returns>The location.</returns>
    public static SourceLocation AtCell(string? file, int line, int column, string? columnName = null) =>
        new(file, line, column, columnName);

    /// <summary>
    /// The location as people and editors read it: <c>file:line:column</c>, then the path in brackets,
    /// e.g. <c>visits.csv:12:3 [edss]</c> or <c>$.arms[0].id</c>; <c>(unknown location)</c> when empty.
    /// </summary>
    /// <returns>The formatted location.</returns>
    public override string ToString()
    {
        var position = Line is { } l
            ? (File ?? "<input>") + ":" + l.ToString(CultureInfo.InvariantCulture)
                + (Column is { } c ? ":" + c.ToString(CultureInfo.InvariantCulture) : string.Empty)
            : File;
        return (position, Path) switch
        {
            (null, null) => "(unknown location)",
            (null, { } p) => p,
            ({ } pos, null) => pos,
            ({ } pos, { } p) => pos + " [" + p + "]",
        };
    }
}
