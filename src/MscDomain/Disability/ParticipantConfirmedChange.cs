namespace MscDomain.Disability;

/// <summary>A participant identifier with its confirmed-change result.</summary>
/// <param name="ParticipantId">The participant identifier.</param>
/// <param name="Result">The result.</param>
public sealed record ParticipantConfirmedChange(string ParticipantId, ConfirmedChangeResult Result);
