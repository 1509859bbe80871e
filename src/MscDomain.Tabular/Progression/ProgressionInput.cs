using MscDomain.Disability;

namespace MscDomain.Tabular.Progression;

/// <summary>Long-format progression input read into per-participant series, with a summary of what was read.</summary>
/// <param name="Participants">One entry per participant in order of first appearance in the visit file; visits sorted by
/// date, missing values and same-day duplicates already removed (see <paramref name="Summary"/>).</param>
/// <param name="Summary">Counts and line numbers of the rows read and dropped.</param>
public sealed record ProgressionInput(IReadOnlyList<ParticipantDisabilityData> Participants, ProgressionReadSummary Summary);
