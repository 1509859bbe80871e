using System.Collections.Immutable;
using MscDomain.Common;
using MscDomain.Serialization;
using MscDomain.Trials;

namespace MscDomain.Tabular.Timelines;

/// <summary>The timelines read from a set of CSV files, with the read summary and the cohort facts of <c>cohort.csv</c>.</summary>
/// <param name="Timelines">One timeline per row of the participants file, in that file's order.</param>
/// <param name="Summary">What was read and skipped, per file.</param>
/// <param name="CohortId">Cohort id from <c>cohort.csv</c>, or null when that file was not supplied.</param>
/// <param name="TrialId">Trial id from <c>cohort.csv</c>, or null.</param>
/// <param name="Description">Description from <c>cohort.csv</c>, or null.</param>
public sealed record TimelineCsvReadResult(ImmutableArray<ParticipantTimeline> Timelines, TimelineReadSummary Summary, string? CohortId = null, string? TrialId = null, string? Description = null)
{
    /// <summary>The timelines as a <see cref="CohortDocument"/> at the current schema version.</summary>
    /// <param name="id">Cohort id; defaults to <see cref="CohortId"/>.</param>
    /// <returns>The cohort.</returns>
    /// <exception cref="ArgumentException">No id was given and the files had no <c>cohort.csv</c>.</exception>
    public CohortDocument ToCohort(string? id = null) =>
        new(MscDomainSchemaVersion.Current,
            id ?? CohortId ?? throw new ArgumentException("A cohort id is needed: pass one or supply cohort.csv (id, trial_id, description).", nameof(id)),
            Timelines, TrialId, Description);
}
