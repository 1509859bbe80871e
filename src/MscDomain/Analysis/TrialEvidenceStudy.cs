using System.Collections.Immutable;
using MscDomain.Trials;

namespace MscDomain.Analysis;

/// <summary>One trial's contribution to a pooled analysis, with its provenance.</summary>
/// <param name="Effect">The effect size and variance (study label = trial id; location = the trial and result path).</param>
/// <param name="TrialId">The trial.</param>
/// <param name="Citation">The trial's first citation, or null.</param>
/// <param name="ExperimentalArmIds">The experimental arm(s); several arms are combined into one group (Cochrane Handbook v6.4 §23.3.4).</param>
/// <param name="ComparatorArmId">The comparator arm, or null for single-arm measures and reported ratios without one.</param>
/// <param name="ResultPaths">The JSON paths of the results used, e.g. <c>$.results[3]</c>.</param>
/// <param name="Verification">The weakest verification among the results used.</param>
/// <param name="Conversion">How the reported numbers became yi and vi, in words with the source of any conversion.</param>
public sealed record TrialEvidenceStudy(
    StudyEffect Effect,
    string TrialId,
    string? Citation,
    ImmutableArray<string> ExperimentalArmIds,
    string? ComparatorArmId,
    ImmutableArray<string> ResultPaths,
    Verification Verification,
    string Conversion);
