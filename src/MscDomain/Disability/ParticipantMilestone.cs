namespace MscDomain.Disability;

/// <summary>A participant identifier with its milestone result.</summary>
/// <param name="ParticipantId">The participant identifier.</param>
/// <param name="Result">The result.</param>
public sealed record ParticipantMilestone(string ParticipantId, MilestoneResult Result);
