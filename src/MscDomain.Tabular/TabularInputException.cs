namespace MscDomain.Tabular;

/// <summary>
/// A tabular input file that cannot be read as asked: the message names the file, the line, the
/// column, the value and the rule that was broken.
/// </summary>
public sealed class TabularInputException : Exception
{
    /// <summary>Creates the exception for a problem at a location in a file.</summary>
    /// <param name="file">The file name as given by the user.</param>
    /// <param name="line">The 1-based line number (the header is line 1), or <see langword="null"/> for the whole file.</param>
    /// <param name="column">The column name, or <see langword="null"/> when the problem is not in one column.</param>
    /// <param name="rule">What is wrong, naming the value and the rule.</param>
    public TabularInputException(string file, int? line, string? column, string rule)
        : base(Format(file, line, column, rule))
    {
        File = file;
        Line = line;
        Column = column;
        Rule = rule;
    }

    /// <summary>The file name as given by the user.</summary>
    public string File { get; }

    /// <summary>The 1-based line number (header = 1), when known.</summary>
    public int? Line { get; }

    /// <summary>The column name, when the problem is in one column.</summary>
    public string? Column { get; }

    /// <summary>What is wrong, naming the value and the rule.</summary>
    public string Rule { get; }

    private static string Format(string file, int? line, string? column, string rule) =>
        file + (line is { } l ? $":{l}" : string.Empty) + (column is null ? string.Empty : $" column '{column}'") + ": " + rule;
}
