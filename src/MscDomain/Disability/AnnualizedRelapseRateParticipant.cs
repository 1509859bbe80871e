using System.Globalization;
using System.Text.Json.Serialization;
using NodaTime;

namespace MscDomain.Disability;

/// <summary>One participant's relapse count and follow-up time for the annualised relapse rate (ARR).</summary>
/// <remarks>Person-time convention: person-years = follow-up days / 365.25 (Julian year), in exact
/// <see cref="decimal"/>; see <see cref="AnnualizedRelapseRate"/>.</remarks>
public sealed record AnnualizedRelapseRateParticipant
{
    /// <summary>Creates the participant's counts.</summary>
    /// <param name="participantId">The participant identifier, not blank.</param>
    /// <param name="relapseCount">Relapses during follow-up, ≥ 0.</param>
    /// <param name="followUpDays">Follow-up time in (decimal) days, &gt; 0.</param>
    /// <exception cref="ArgumentException"><paramref name="participantId"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The relapse count is negative or the follow-up time is not positive
    /// (zero person-time has no rate).</exception>
    [JsonConstructor]
    public AnnualizedRelapseRateParticipant(string participantId, int relapseCount, decimal followUpDays)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(participantId);
        if (relapseCount < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(relapseCount), relapseCount,
                $"Relapse count of participant '{participantId}' must be ≥ 0; {relapseCount.ToString(CultureInfo.InvariantCulture)} is not.");
        }

        if (followUpDays <= 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(followUpDays), followUpDays,
                $"Follow-up of participant '{participantId}' must be more than 0 days (zero person-time has no rate); {followUpDays.ToString(CultureInfo.InvariantCulture)} is not.");
        }

        ParticipantId = participantId;
        RelapseCount = relapseCount;
        FollowUpDays = followUpDays;
    }

    /// <summary>The participant identifier.</summary>
    public string ParticipantId { get; }

    /// <summary>Relapses during follow-up.</summary>
    public int RelapseCount { get; }

    /// <summary>Follow-up time in days.</summary>
    public decimal FollowUpDays { get; }

    /// <summary>Follow-up in person-years: <see cref="FollowUpDays"/> / 365.25.</summary>
    [JsonIgnore]
    public decimal PersonYears => FollowUpDays / AnnualizedRelapseRate.DaysPerYear;

    /// <summary>The participant's own ARR: relapses × 365.25 / follow-up days.</summary>
    [JsonIgnore]
    public decimal Rate => RelapseCount * AnnualizedRelapseRate.DaysPerYear / FollowUpDays;

    /// <summary>Counts relapses from follow-up dates: follow-up days = days from <paramref name="start"/> to
    /// <paramref name="end"/> (end − start, not +1); relapses count when start ≤ date ≤ end.</summary>
    /// <param name="participantId">The participant identifier.</param>
    /// <param name="start">First day of follow-up.</param>
    /// <param name="end">Last day of follow-up, after <paramref name="start"/>.</param>
    /// <param name="relapseDates">Relapse onset dates; each must lie in [start, end].</param>
    /// <returns>The participant's counts.</returns>
    /// <exception cref="ArgumentException">A relapse lies outside follow-up (it would otherwise be dropped silently).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="end"/> is not after <paramref name="start"/>.</exception>
    public static AnnualizedRelapseRateParticipant FromDates(string participantId, LocalDate start, LocalDate end, IEnumerable<LocalDate> relapseDates)
    {
        ArgumentNullException.ThrowIfNull(relapseDates);
        var count = 0;
        foreach (var d in relapseDates)
        {
            if (d < start || d > end)
            {
                throw new ArgumentException(
                    $"Relapse of participant '{participantId}' on {d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} lies outside follow-up {start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}..{end.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.",
                    nameof(relapseDates));
            }

            count++;
        }

        return new AnnualizedRelapseRateParticipant(participantId, count, Period.DaysBetween(start, end));
    }
}
