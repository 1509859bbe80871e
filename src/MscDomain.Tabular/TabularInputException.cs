using MscDomain.Common;
using MscDomain.Ingest;

namespace MscDomain.Tabular;

/// <summary>
/// A tabular input file that cannot be read as asked: the message names the file, the line, the
/// column, the value and the rule that was broken; <see cref="Issues"/> carries every problem as a located, coded
/// <see cref="DataIssue"/> (the same codes whichever reader or command read the file).
/// </summary>
public sealed class TabularInputException : Exception
{
    /// <summary>Creates the exception for a problem at a location in a file.</summary>
    /// <param name="file">The file name as given by the user.</param>
    /// <param name="line">The 1-based line number (the header is line 1), or <see langword="null"/> for the whole file.</param>
    /// <param name="column">The column name, or <see langword="null"/> when the problem is not in one column.</param>
    /// <param name="rule">What is wrong, naming the value and the rule.</param>
    /// <param name="code">The issue code (see <see cref="DataIssueCodes"/>); default <see cref="DataIssueCodes.UnreadableValue"/>.</param>
    public TabularInputException(string file, int? line, string? column, string rule, string code = DataIssueCodes.UnreadableValue)
        : this([DataIssue.Error(code, new SourceLocation(file, line, null, column), null, rule)])
    {
    }

    /// <summary>Creates the exception for the issues a reader found (at least one).</summary>
    /// <param name="issues">The issues.</param>
    /// <exception cref="ArgumentException"><paramref name="issues"/> is empty.</exception>
    public TabularInputException(IReadOnlyList<DataIssue> issues)
        : base(new IngestException(issues).Message)
    {
        Issues = issues;
        var first = new IngestException(issues).FirstError;
        File = first.Location.File ?? string.Empty;
        Line = first.Location.Line;
        Column = first.Location.Path;
        Rule = first.Rule;
        Code = first.Code;
    }

    /// <summary>Every problem found; the first error is the one in the message.</summary>
    public IReadOnlyList<DataIssue> Issues { get; }

    /// <summary>The code of the first error (see <see cref="DataIssueCodes"/>).</summary>
    public string Code { get; }

    /// <summary>The file name as given by the user.</summary>
    public string File { get; }

    /// <summary>The 1-based line number (header = 1), when known.</summary>
    public int? Line { get; }

    /// <summary>The column name, when the problem is in one column.</summary>
    public string? Column { get; }

    /// <summary>What is wrong, naming the value and the rule.</summary>
    public string Rule { get; }

    /// <summary>Throws when <paramref name="issues"/> holds an error.</summary>
    /// <param name="issues">The issues.</param>
    /// <exception cref="TabularInputException">An issue is an error.</exception>
    public static void ThrowIfErrors(IReadOnlyList<DataIssue> issues)
    {
        ArgumentNullException.ThrowIfNull(issues);
        foreach (var i in issues)
        {
            if (i.Severity == DataIssueSeverity.Error)
            {
                throw new TabularInputException(issues);
            }
        }
    }
}
