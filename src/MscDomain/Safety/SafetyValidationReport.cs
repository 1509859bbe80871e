using MscDomain.Common;
namespace MscDomain.Safety;

/// <summary>Every problem a safety validator found, each with its field, value and rule.</summary>
/// <param name="Issues">The problems, in the order checked; empty when the record is consistent.</param>
public sealed record SafetyValidationReport(IReadOnlyList<SafetyIssue> Issues)
{
    /// <summary>An empty report: no problem found.</summary>
    public static SafetyValidationReport Empty { get; } = new(Array.Empty<SafetyIssue>());

    /// <summary>Whether no issue of severity <see cref="DataIssueSeverity.Error"/> was found (warnings allowed).</summary>
    public bool IsValid => Issues.All(i => i.Severity != DataIssueSeverity.Error);

    /// <summary>The issues of severity <see cref="DataIssueSeverity.Error"/>.</summary>
    public IEnumerable<SafetyIssue> Errors => Issues.Where(i => i.Severity == DataIssueSeverity.Error);

    /// <summary>The issues of severity <see cref="DataIssueSeverity.Warning"/>.</summary>
    public IEnumerable<SafetyIssue> Warnings => Issues.Where(i => i.Severity == DataIssueSeverity.Warning);
}
