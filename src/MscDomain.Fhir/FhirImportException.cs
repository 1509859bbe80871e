using MscDomain.Common;

namespace MscDomain.Fhir;

/// <summary>
/// The one exception type the FHIR mapping throws for bad FHIR input: it carries the located, coded
/// <see cref="DataIssue"/>s (codes <c>MSC12xx</c>, see <see cref="DataIssueCodes"/>). The bundle readers
/// (<see cref="MscDomainFhir.ReadCohort(string, string?)"/> ...) never throw it: they return the issues in a
/// <see cref="FhirReadResult{T}"/>; the per-resource <c>FromFhir</c> methods of <see cref="FhirMapper"/> throw it.
/// </summary>
public sealed class FhirImportException : Exception
{
    /// <summary>Creates the exception for one or more issues.</summary>
    /// <param name="issues">The issues; at least one.</param>
    /// <exception cref="ArgumentException"><paramref name="issues"/> is empty.</exception>
    public FhirImportException(IReadOnlyList<DataIssue> issues)
        : base(Describe(issues)) => Issues = issues;

    /// <summary>Creates the exception for one issue.</summary>
    /// <param name="issue">The issue.</param>
    public FhirImportException(DataIssue issue)
        : this([issue])
    {
    }

    /// <summary>The issues, each with its code, location (a FHIRPath-like path), value and rule.</summary>
    public IReadOnlyList<DataIssue> Issues { get; }

    private static string Describe(IReadOnlyList<DataIssue> issues)
    {
        ArgumentNullException.ThrowIfNull(issues);
        if (issues.Count == 0)
        {
            throw new ArgumentException("A FhirImportException needs at least one issue.", nameof(issues));
        }

        return string.Join(Environment.NewLine, issues.Select(i => i.ToString()));
    }
}
