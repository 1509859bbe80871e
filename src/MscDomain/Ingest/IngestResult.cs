using MscDomain.Common;

namespace MscDomain.Ingest;

/// <summary>What an ingest call read: the validated values and every issue found.</summary>
/// <typeparam name="T">The values.</typeparam>
/// <param name="Value">The values read; do not use them when <see cref="HasErrors"/> is true.</param>
/// <param name="Issues">Every issue, in input order.</param>
public sealed record IngestResult<T>(T Value, IReadOnlyList<DataIssue> Issues)
{
    /// <summary>Whether any issue is an error.</summary>
    public bool HasErrors => Issues.Any(i => i.Severity == DataIssueSeverity.Error);

    /// <summary>The value, or an <see cref="IngestException"/> carrying every issue when there is an error.</summary>
    /// <returns>The value.</returns>
    /// <exception cref="IngestException">An issue is an error.</exception>
    public T ValueOrThrow() => HasErrors ? throw new IngestException(Issues) : Value;
}
