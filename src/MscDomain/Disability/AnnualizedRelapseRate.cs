namespace MscDomain.Disability;

/// <summary>
/// Annualised relapse rate (ARR): crude cohort rate = total relapses / total person-years, and the
/// subject-level rates (each participant's relapses / years, then mean and median).
/// </summary>
/// <remarks>
/// <para>Convention: person-years = follow-up days / 365.25 (Julian year). Rates are computed as
/// relapses × 365.25 / days in <see cref="decimal"/>, so whole-year follow-up gives exact rates.
/// Always state which ARR is reported: crude and subject-level mean differ when follow-up differs;
/// adjusted (Poisson / negative-binomial) ARR is not computed here. Source: domain reference
/// disability.md §19.</para>
/// </remarks>
public static class AnnualizedRelapseRate
{
    /// <summary>Days per person-year: 365.25 (Julian year).</summary>
    public const decimal DaysPerYear = 365.25m;

    /// <summary>Computes the crude and subject-level ARR of a cohort.</summary>
    /// <param name="participants">The participants, each with positive follow-up.</param>
    /// <returns>The rates with their totals.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="participants"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The cohort is empty (zero person-time) or a participant id repeats.</exception>
    public static AnnualizedRelapseRateResult Compute(IEnumerable<AnnualizedRelapseRateParticipant> participants)
    {
        ArgumentNullException.ThrowIfNull(participants);
        var list = participants.ToList();
        if (list.Count == 0)
        {
            throw new ArgumentException("ARR needs at least one participant; an empty cohort has zero person-time.", nameof(participants));
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in list)
        {
            ArgumentNullException.ThrowIfNull(p, nameof(participants));
            if (!ids.Add(p.ParticipantId))
            {
                throw new ArgumentException($"Participant '{p.ParticipantId}' is listed more than once.", nameof(participants));
            }
        }

        var relapses = list.Sum(p => p.RelapseCount);
        var days = list.Sum(p => p.FollowUpDays);
        var rates = list.Select(p => p.Rate).Order().ToList();
        var n = rates.Count;
        var median = n % 2 == 1 ? rates[n / 2] : (rates[(n / 2) - 1] + rates[n / 2]) / 2m;
        return new AnnualizedRelapseRateResult(
            relapses,
            days,
            days / DaysPerYear,
            relapses * DaysPerYear / days,
            rates.Sum() / n,
            median,
            list);
    }
}
