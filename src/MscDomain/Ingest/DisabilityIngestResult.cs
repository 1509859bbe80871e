using MscDomain.Common;
using MscDomain.Disability;

namespace MscDomain.Ingest;

/// <summary>Long-format visits and relapses read into per-participant series, with every issue found.</summary>
/// <remarks>When <see cref="HasErrors"/> is true the participants must not be analysed (they are empty).</remarks>
public sealed record DisabilityIngestResult
{
    /// <summary>One entry per participant, in order of first appearance in the visit table; visits sorted by date,
    /// missing values and same-day duplicates removed; relapses sorted.</summary>
    public required IReadOnlyList<ParticipantDisabilityData> Participants { get; init; }

    /// <summary>Every issue: errors (the input cannot be used), notes (rows handled as msprog documents).</summary>
    public required IReadOnlyList<DataIssue> Issues { get; init; }

    /// <summary>Visit rows read (header and blank lines excluded).</summary>
    public required int VisitRows { get; init; }

    /// <summary>Visits kept for analysis.</summary>
    public required int VisitsKept { get; init; }

    /// <summary>Relapse rows read.</summary>
    public required int RelapseRows { get; init; }

    /// <summary>Lines of visit rows dropped for a missing outcome value (<see cref="DataIssueCodes.MissingValueDropped"/>).</summary>
    public required IReadOnlyList<int> MissingValueLines { get; init; }

    /// <summary>Lines of visit rows dropped because a later row of the participant has the same date (<see cref="DataIssueCodes.SameDayDuplicate"/>).</summary>
    public required IReadOnlyList<int> SameDayDuplicateLines { get; init; }

    /// <summary>Whether any issue is an error.</summary>
    public bool HasErrors => Issues.Any(i => i.Severity == DataIssueSeverity.Error);
}
