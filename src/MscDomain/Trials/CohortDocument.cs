using System.Collections.Immutable;
using MscDomain.Serialization;
using MscDomain.Common;

namespace MscDomain.Trials;

/// <summary>A versioned top-level document holding the participant timelines of one trial or cohort.</summary>
/// <param name="SchemaVersion">Document format version.</param>
/// <param name="Id">Cohort id.</param>
/// <param name="Participants">Participant timelines (ids unique).</param>
/// <param name="TrialId">Trial id, or null.</param>
/// <param name="Description">Description, or null.</param>
public sealed record CohortDocument(int SchemaVersion, string Id, ImmutableArray<ParticipantTimeline> Participants, string? TrialId = null, string? Description = null)
    : IVersionedDocument
{
    /// <summary>Document format version.</summary>
    /// <exception cref="ArgumentException">Unsupported version, blank id, duplicate participant ids.</exception>
    public int SchemaVersion { get; } = MscDomainSchemaVersion.Check(SchemaVersion, nameof(CohortDocument));

    /// <summary>Cohort id (non-blank).</summary>
    public string Id { get; } = Require.NotBlank(Id, nameof(Id));

    /// <summary>Participant timelines.</summary>
    public ImmutableArray<ParticipantTimeline> Participants { get; } = CheckParticipants(Participants);

    private static ImmutableArray<ParticipantTimeline> CheckParticipants(ImmutableArray<ParticipantTimeline> participants)
    {
        participants = Require.NotDefault(participants, nameof(Participants));
        Require.UniqueIds(participants, p => p.ParticipantId, nameof(Participants));
        return participants;
    }
}
