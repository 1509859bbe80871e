namespace MscDomain.Common;

/// <summary>
/// One located, coded problem in input data, like a compiler diagnostic or a FHIR <c>OperationOutcome.issue</c>:
/// a stable <see cref="Code"/> that apps match on, a <see cref="Severity"/>, the <see cref="Location"/>, the offending
/// <see cref="Value"/> and the <see cref="Rule"/> it broke, in words a person reads.
/// </summary>
/// <remarks>
/// Every reader of the library (CSV, JSON, command-line arguments, FHIR) reports through this one type, so the same bad
/// value gets the same code whichever command reads it. The codes and their meanings are listed in
/// <see cref="DataIssueCodes"/> and in <c>docs/issue-codes.md</c>.
/// </remarks>
/// <param name="Severity">Error (not used), warning (used, review it) or note (handled as documented).</param>
/// <param name="Code">Stable code, e.g. <c>MSC0101</c>; see <see cref="DataIssueCodes"/>.</param>
/// <param name="Location">Where the value is.</param>
/// <param name="Value">The offending value as text, or <see langword="null"/> when it is missing.</param>
/// <param name="Rule">The rule that was broken, naming its source where it has one.</param>
public sealed record DataIssue(DataIssueSeverity Severity, string Code, SourceLocation Location, string? Value, string Rule)
{
    /// <summary>Stable code (see <see cref="DataIssueCodes"/>).</summary>
    public string Code { get; } = Require.NotBlank(Code, nameof(Code));

    /// <summary>The rule, in words (non-blank).</summary>
    public string Rule { get; } = Require.NotBlank(Rule, nameof(Rule));

    /// <summary>An error.</summary>
    /// <param name="code">The code.</param>
    /// <param name="location">Where.</param>
    /// <param name="value">The value, or <see langword="null"/> when missing.</param>
    /// <param name="rule">The rule broken.</param>
    /// <returns>The issue.</returns>
    public static DataIssue Error(string code, SourceLocation location, string? value, string rule) =>
        new(DataIssueSeverity.Error, code, location, value, rule);

    /// <summary>A warning.</summary>
    /// <param name="code">The code.</param>
    /// <param name="location">Where.</param>
    /// <param name="value">The value, or <see langword="null"/> when missing.</param>
    /// <param name="rule">The rule.</param>
    /// <returns>The issue.</returns>
    public static DataIssue Warning(string code, SourceLocation location, string? value, string rule) =>
        new(DataIssueSeverity.Warning, code, location, value, rule);

    /// <summary>A note: handled as documented, reported so it is never silent.</summary>
    /// <param name="code">The code.</param>
    /// <param name="location">Where.</param>
    /// <param name="value">The value, or <see langword="null"/>.</param>
    /// <param name="rule">What was done and why.</param>
    /// <returns>The issue.</returns>
    public static DataIssue Note(string code, SourceLocation location, string? value, string rule) =>
        new(DataIssueSeverity.Note, code, location, value, rule);

    /// <summary>
    /// One line, like a compiler: <c>visits.csv:12:3 [edss]: error MSC0101: '0.5' ... rule</c>.
    /// </summary>
    /// <returns>The formatted issue.</returns>
    public override string ToString() =>
        $"{Location}: {Severity.ToString().ToLowerInvariant()} {Code}: {(Value is null ? "(missing)" : "'" + Value + "'")}: {Rule}";
}
