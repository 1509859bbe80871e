namespace MscDomain.Safety;

/// <summary>Whether an adverse event is treatment-emergent (TEAE), and which rule decided.</summary>
/// <param name="IsTreatmentEmergent">Whether the event is treatment-emergent.</param>
/// <param name="Reason">The rule that fired, in one sentence.</param>
public sealed record TreatmentEmergenceResult(bool IsTreatmentEmergent, string Reason);
