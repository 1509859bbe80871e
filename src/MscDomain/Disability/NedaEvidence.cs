using NodaTime;

namespace MscDomain.Disability;

/// <summary>One observation that broke a NEDA component.</summary>
/// <param name="Component">The component it broke.</param>
/// <param name="Date">The date of the relapse, worsening onset, MRI scan, or the end of the brain volume interval.</param>
/// <param name="Detail">What was observed, with the value and the rule (e.g. <c>2 new/enlarging T2 lesion(s)</c>).</param>
public sealed record NedaEvidence(NedaComponent Component, LocalDate Date, string Detail);
