using MscDomain.Common;
namespace MscDomain.Safety;

/// <summary>One problem found in an adverse-event record or its standards mapping: the field, its value and the rule broken.</summary>
/// <param name="Field">The field, e.g. <c>"AESER"</c>, <c>"E.i.3.2a"</c>, <c>"seriousnessCriteria"</c>.</param>
/// <param name="Value">The offending value as text; <see langword="null"/> when the value is missing.</param>
/// <param name="Rule">The rule that was broken, with its source.</param>
/// <param name="Severity">Error (must be corrected) or warning (review).</param>
public sealed record SafetyIssue(string Field, string? Value, string Rule, DataIssueSeverity Severity)
{
    /// <summary>The issue as one line: <c>ERROR AESER='Y': rule</c>.</summary>
    /// <returns>The formatted issue.</returns>
    public override string ToString() =>
        $"{(Severity == DataIssueSeverity.Error ? "ERROR" : "WARNING")} {Field}={(Value is null ? "(missing)" : "'" + Value + "'")}: {Rule}";
}
