using MscDomain.Common;

namespace MscDomain.Ingest;

/// <summary>
/// The header of a table of raw records: its column names, resolved once to indexes so that each row is read by
/// position, not through a dictionary per row.
/// </summary>
/// <remarks>
/// Names are trimmed, a leading byte-order mark and surrounding double quotes are removed, and names match
/// case-insensitively (ordinal). A name that appears twice (in any case) is an error
/// (<see cref="DataIssueCodes.DuplicateColumn"/>): which of two columns was meant cannot be guessed.
/// </remarks>
public sealed class RawHeader
{
    private readonly Dictionary<string, int> _index;

    private RawHeader(string? file, int line, string[] names, Dictionary<string, int> index, IReadOnlyList<DataIssue> issues)
    {
        File = file;
        Line = line;
        Names = names;
        _index = index;
        Issues = issues;
    }

    /// <summary>The file name as the user gave it, or <see langword="null"/>.</summary>
    public string? File { get; }

    /// <summary>The 1-based line of the header (1 for a CSV file).</summary>
    public int Line { get; }

    /// <summary>The column names in order, cleaned (see remarks).</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>Number of columns.</summary>
    public int Count => Names.Count;

    /// <summary>Problems of the header itself (duplicated names); empty when it is usable.</summary>
    public IReadOnlyList<DataIssue> Issues { get; }

    /// <summary>Reads a header.</summary>
    /// <param name="names">The raw column names.</param>
    /// <param name="file">The file name, or <see langword="null"/>.</param>
    /// <param name="line">The header's 1-based line.</param>
    /// <returns>The header; check <see cref="Issues"/>.</returns>
    public static RawHeader Create(IReadOnlyList<string> names, string? file, int line = 1)
    {
        ArgumentNullException.ThrowIfNull(names);
        var clean = new string[names.Count];
        var index = new Dictionary<string, int>(names.Count, StringComparer.OrdinalIgnoreCase);
        List<DataIssue>? issues = null;
        for (var i = 0; i < clean.Length; i++)
        {
            var t = (names[i] ?? string.Empty).TrimStart('\uFEFF').Trim();
            if (t.Length >= 2 && t[0] == '"' && t[^1] == '"')
            {
                t = t[1..^1];
            }

            clean[i] = t;
            if (t.Length > 0 && !index.TryAdd(t, i))
            {
                (issues ??= []).Add(DataIssue.Error(DataIssueCodes.DuplicateColumn, new SourceLocation(file, line, null, t), t,
                    $"column '{t}' appears more than once in the header (columns {index[t] + 1} and {i + 1}); column names must be unique (case-insensitive)."));
            }
        }

        return new RawHeader(file, line, clean, index, (IReadOnlyList<DataIssue>?)issues ?? []);
    }

    /// <summary>The 0-based index of <paramref name="name"/>, or -1 when the header has no such column.</summary>
    /// <param name="name">The column name (case-insensitive).</param>
    /// <returns>The index or -1.</returns>
    public int IndexOf(string name) => _index.TryGetValue(name, out var i) ? i : -1;

    /// <summary>The index of a required column; when it is missing, adds <see cref="DataIssueCodes.MissingColumn"/> to
    /// <paramref name="issues"/> and returns -1.</summary>
    /// <param name="name">The column name.</param>
    /// <param name="role">What the column holds, e.g. "the participant id column (--id-column)".</param>
    /// <param name="issues">Where problems go.</param>
    /// <returns>The index, or -1.</returns>
    public int Require(string name, string role, ICollection<DataIssue> issues)
    {
        ArgumentNullException.ThrowIfNull(issues);
        var i = IndexOf(name);
        if (i < 0)
        {
            issues.Add(DataIssue.Error(DataIssueCodes.MissingColumn, new SourceLocation(File, Line, null, name), null,
                $"required column '{name}' ({role}) is missing; the header has: {string.Join(", ", Names)}."));
        }

        return i;
    }

    /// <summary>The location of the header cell of a column.</summary>
    /// <param name="column">0-based index.</param>
    /// <returns>The location.</returns>
    public SourceLocation At(int column) => new(File, Line, null, column >= 0 && column < Names.Count ? Names[column] : null);
}
