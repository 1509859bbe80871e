namespace MscDomain.Disability;

/// <summary>Runs the confirmed-change engine or the milestone search over many participants in parallel on all
/// cores; the output is in the input order of participants (deterministic whatever the scheduling).</summary>
/// <remarks>Each participant's visits are already grouped (msprog filters the whole table per subject, which grows
/// super-linearly with cohort size). Probabilistic last-visit imputation uses one shared <see cref="Random"/>, so
/// with 0 &lt; ImputeLastVisit &lt; 1 results depend on scheduling: use a maximum degree of parallelism of 1 then.</remarks>
public static class ConfirmedChangeCohort
{
    /// <summary>Analyses every participant.</summary>
    /// <param name="participants">The participants.</param>
    /// <param name="options">Criteria; null = msprog defaults.</param>
    /// <param name="maxDegreeOfParallelism">Maximum worker count; null = all cores.</param>
    /// <returns>One result per participant, in input order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="participants"/> is null.</exception>
    /// <exception cref="ArgumentException">The options are inconsistent.</exception>
    public static IReadOnlyList<ParticipantConfirmedChange> Analyze(IReadOnlyList<ParticipantDisabilityData> participants, ConfirmedChangeOptions? options = null, int? maxDegreeOfParallelism = null)
    {
        ArgumentNullException.ThrowIfNull(participants);
        options ??= new ConfirmedChangeOptions();
        options.Validate();
        var results = new ParticipantConfirmedChange[participants.Count];
        Run(participants.Count, maxDegreeOfParallelism, i =>
        {
            var p = participants[i];
            results[i] = new ParticipantConfirmedChange(p.ParticipantId, ConfirmedChangeEngine.AnalyzeValidated(p.Visits, p.RelapseOnsets, options));
        });
        return results;
    }

    /// <summary>Runs the milestone search for every participant.</summary>
    /// <param name="participants">The participants.</param>
    /// <param name="options">Milestone criteria.</param>
    /// <param name="maxDegreeOfParallelism">Maximum worker count; null = all cores.</param>
    /// <returns>One result per participant, in input order.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The options are inconsistent.</exception>
    public static IReadOnlyList<ParticipantMilestone> Milestones(IReadOnlyList<ParticipantDisabilityData> participants, MilestoneOptions options, int? maxDegreeOfParallelism = null)
    {
        ArgumentNullException.ThrowIfNull(participants);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var results = new ParticipantMilestone[participants.Count];
        Run(participants.Count, maxDegreeOfParallelism, i =>
        {
            var p = participants[i];
            results[i] = new ParticipantMilestone(p.ParticipantId, MilestoneCalculator.FindValidated(p.Visits, p.RelapseOnsets, options));
        });
        return results;
    }

    private static void Run(int count, int? maxDegree, Action<int> body)
    {
        var workers = Math.Max(1, Math.Min(maxDegree ?? Environment.ProcessorCount, Environment.ProcessorCount));
        if (workers == 1 || count < 64)
        {
            for (var i = 0; i < count; i++)
            {
                body(i);
            }

            return;
        }

        // Contiguous ranges keep each worker on its own slice of the output array.
        var chunk = Math.Max(16, count / (workers * 8));
        var parts = (count + chunk - 1) / chunk;
        Parallel.For(0, parts, new ParallelOptions { MaxDegreeOfParallelism = workers }, part =>
        {
            var end = Math.Min(count, (part + 1) * chunk);
            for (var i = part * chunk; i < end; i++)
            {
                body(i);
            }
        });
    }
}
