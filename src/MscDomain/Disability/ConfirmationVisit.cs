namespace MscDomain.Disability;

/// <summary>For one confirmation period, the first eligible confirmation visit inside the unbroken run, and the first that also qualifies for PIRA.</summary>
/// <param name="PeriodDays">The confirmation period (days, e.g. 84 = 12 weeks).</param>
/// <param name="Visit">First eligible confirmation visit of the period (msprog <c>conf&lt;d&gt;</c>); null if none.</param>
/// <param name="PiraVisit">First relapse-free confirmation visit for PIRA (msprog <c>PIRA_conf&lt;d&gt;</c>); null if none or not a PIRA.</param>
public sealed record ConfirmationVisit(int PeriodDays, VisitPoint? Visit, VisitPoint? PiraVisit);
