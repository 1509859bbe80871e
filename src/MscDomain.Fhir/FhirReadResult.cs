using MscDomain.Common;

namespace MscDomain.Fhir;

/// <summary>
/// The outcome of reading FHIR: the document when it could be built, and every problem found, located and coded
/// (<c>MSC12xx</c>). A result with any error-severity issue has no value: nothing is silently dropped.
/// </summary>
/// <typeparam name="T">The document type read.</typeparam>
/// <param name="Value">The document, or <see langword="null"/> when any error was found.</param>
/// <param name="Issues">Every issue found, errors first in input order.</param>
public sealed record FhirReadResult<T>(T? Value, IReadOnlyList<DataIssue> Issues)
    where T : class
{
    /// <summary>Whether the read succeeded (a value and no error).</summary>
    public bool Succeeded => Value is not null && Issues.All(i => i.Severity != DataIssueSeverity.Error);

    /// <summary>The value, or a <see cref="FhirImportException"/> with the issues.</summary>
    /// <returns>The document.</returns>
    /// <exception cref="FhirImportException">The read found errors.</exception>
    public T GetValueOrThrow() => Succeeded ? Value! : throw new FhirImportException(Issues.Where(i => i.Severity == DataIssueSeverity.Error).ToList());
}
