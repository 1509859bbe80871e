using NodaTime;

namespace MscDomain.Disability;

/// <summary>One participant's input to a cohort analysis: identifier, outcome visits and relapse onsets.</summary>
/// <param name="ParticipantId">The participant identifier (output keeps input order).</param>
/// <param name="Visits">Outcome assessments (any order).</param>
/// <param name="RelapseOnsets">Relapse onset dates (any order; may be empty).</param>
public sealed record ParticipantDisabilityData(string ParticipantId, IReadOnlyList<DisabilityVisit> Visits, IReadOnlyList<LocalDate> RelapseOnsets);
