namespace MscDomain.Safety;

/// <summary>The single "suspected related" answer used for expedited reporting, with both opinions and the reason.</summary>
/// <param name="IsRelated">Whether the event counts as suspected related to the product (reasonable possibility).</param>
/// <param name="CausalityPending">Whether the answer rests on missing, Conditional or Unassessable causality (consult the investigator).</param>
/// <param name="InvestigatorRelated">The investigator's opinion as related (<see langword="true"/>), not related (<see langword="false"/>) or
/// pending/missing (<see langword="null"/>).</param>
/// <param name="SponsorRelated">The sponsor's opinion in the same form.</param>
/// <param name="Reason">Why, in one sentence.</param>
public sealed record RelatednessResult(bool IsRelated, bool CausalityPending, bool? InvestigatorRelated, bool? SponsorRelated, string Reason);
