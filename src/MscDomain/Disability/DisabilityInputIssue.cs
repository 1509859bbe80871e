using MscDomain.Common;
namespace MscDomain.Disability;

/// <summary>A problem or a handled irregularity in one participant's input.</summary>
/// <param name="Severity">Error: analysis not run. Note: handled as msprog documents (reported, never silent).</param>
/// <param name="Field">The input field ("Value", "Date", "Relapse").</param>
/// <param name="VisitIndex">Index of the visit in the input order (null for relapses or the whole series).</param>
/// <param name="Message">What happened, naming the value and the rule.</param>
public sealed record DisabilityInputIssue(DataIssueSeverity Severity, string Field, int? VisitIndex, string Message);
