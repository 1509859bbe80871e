namespace MscDomain.Plotting;

/// <summary>One participant's lane in an adverse-event swimmer plot.</summary>
/// <param name="ParticipantId">The participant identifier, shown as the lane label.</param>
/// <param name="FollowUpDays">Days of follow-up since the first administration (the lane's length), ≥ 0.</param>
/// <param name="AdverseEvents">The participant's adverse events (may be empty).</param>
public sealed record SwimmerLane(string ParticipantId, decimal FollowUpDays, IReadOnlyList<SwimmerAdverseEvent> AdverseEvents);
