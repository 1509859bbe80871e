namespace MscDomain.Analysis;

/// <summary>A reported result of the requested outcome that was not pooled, and why.</summary>
/// <param name="TrialId">The trial.</param>
/// <param name="ResultPath">The result's JSON path in the trial document, e.g. <c>$.results[2]</c>.</param>
/// <param name="ArmId">The result's arm, or null.</param>
/// <param name="Reason">Why it was not pooled.</param>
public sealed record TrialEvidenceExclusion(string TrialId, string ResultPath, string? ArmId, string Reason);
