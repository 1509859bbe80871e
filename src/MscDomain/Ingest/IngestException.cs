using MscDomain.Common;

namespace MscDomain.Ingest;

/// <summary>
/// Input that cannot be used: carries every <see cref="DataIssue"/> found (at least one error), each with its stable code,
/// location, value and rule. The message is the first error, formatted like a compiler diagnostic.
/// </summary>
public sealed class IngestException : Exception
{
    /// <summary>Creates the exception for the issues found.</summary>
    /// <param name="issues">The issues; at least one.</param>
    /// <exception cref="ArgumentException"><paramref name="issues"/> is empty.</exception>
    public IngestException(IReadOnlyList<DataIssue> issues)
        : base(Format(issues))
    {
        Issues = issues;
    }

    /// <summary>Creates the exception for one issue.</summary>
    /// <param name="issue">The issue.</param>
    public IngestException(DataIssue issue)
        : this([issue])
    {
    }

    /// <summary>Every issue found, in input order; the first error is <see cref="FirstError"/>.</summary>
    public IReadOnlyList<DataIssue> Issues { get; }

    /// <summary>The first issue of severity error (or the first issue when none is an error).</summary>
    public DataIssue FirstError => Issues.FirstOrDefault(i => i.Severity == DataIssueSeverity.Error) ?? Issues[0];

    private static string Format(IReadOnlyList<DataIssue> issues)
    {
        ArgumentNullException.ThrowIfNull(issues);
        if (issues.Count == 0)
        {
            throw new ArgumentException("An IngestException needs at least one issue.", nameof(issues));
        }

        var first = issues.FirstOrDefault(i => i.Severity == DataIssueSeverity.Error) ?? issues[0];
        var errors = issues.Count(i => i.Severity == DataIssueSeverity.Error);
        return first + (errors > 1 ? $" (and {errors - 1} more error{(errors > 2 ? "s" : string.Empty)})" : string.Empty);
    }
}
