using System.Globalization;
using MscDomain.Common;

namespace MscDomain.Analysis;

/// <summary>
/// One subject's time to first event (or to censoring) for a survival analysis: who, in which group
/// (arm), how many days of follow-up, and whether the event was observed.
/// </summary>
/// <remarks>
/// <para>The row is an input carrier: it is checked when it is analysed
/// (<see cref="KaplanMeier.Estimate(IReadOnlyList{SurvivalObservation}, KaplanMeierOptions?)"/>,
/// <see cref="LogRankTest.Compare(IReadOnlyList{SurvivalObservation})"/>), so that the error can name
/// the row's position in the input as well as the rule. Rules: <see cref="Id"/> and
/// <see cref="Group"/> are not empty or white space; <see cref="TimeDays"/> is not negative.</para>
/// <para><see cref="TimeDays"/> is the follow-up in days from the time origin (e.g. randomisation or
/// first administration) to the event when <see cref="EventObserved"/> is <see langword="true"/>, or
/// to the last time the subject was known to be event-free (right-censoring) when it is
/// <see langword="false"/>. Whole days are the usual unit; fractions are allowed.</para>
/// </remarks>
/// <param name="Id">The subject identifier, used only to name the row in error messages.</param>
/// <param name="Group">The group (trial arm) the subject belongs to; curves are estimated per group.</param>
/// <param name="TimeDays">Days from the time origin to the event or censoring; ≥ 0.</param>
/// <param name="EventObserved"><see langword="true"/> when the event happened at <paramref name="TimeDays"/>;
/// <see langword="false"/> when the subject was censored then.</param>
public sealed record SurvivalObservation(string Id, string Group, decimal TimeDays, bool EventObserved)
{
    /// <summary>
    /// Creates an observation from a floating-point time, rejecting values that have no exact
    /// <see cref="decimal"/> form (NaN, infinities).
    /// </summary>
    /// <param name="id">The subject identifier.</param>
    /// <param name="group">The group (arm).</param>
    /// <param name="timeDays">Days to event or censoring; must be a finite number.</param>
    /// <param name="eventObserved">Whether the event was observed.</param>
    /// <returns>The observation with the time converted to <see cref="decimal"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="timeDays"/> is NaN or infinite, or too large for a decimal.</exception>
    public static SurvivalObservation FromDouble(string id, string group, double timeDays, bool eventObserved)
    {
        if (!double.IsFinite(timeDays) || Math.Abs(timeDays) > 7.9e27)
        {
            throw new ArgumentException(
                $"Survival time of subject '{id}' is {timeDays.ToString(CultureInfo.InvariantCulture)}; a survival time must be a finite number of days.",
                nameof(timeDays));
        }

        return new SurvivalObservation(id, group, (decimal)timeDays, eventObserved);
    }

    /// <summary>
    /// A calculator's time to first event (or censoring) for one subject as a survival row, for example one participant's
    /// confirmed-disability result (<c>MscDomain.Disability.ConfirmedChangeResult</c>).
    /// </summary>
    /// <remarks>
    /// The time origin is the calculator's (for a confirmed-disability analysis, the participant's first analysed visit);
    /// the event is the first event of whatever kind the calculation looked for (worsening, improvement, PIRA, ...).
    /// </remarks>
    /// <param name="id">The subject identifier.</param>
    /// <param name="group">The group (arm).</param>
    /// <param name="result">The subject's result.</param>
    /// <returns>The survival row.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    /// <exception cref="ArgumentException">The calculation had input errors (it was not analysed); the message names the first.</exception>
    public static SurvivalObservation FromTimeToEvent(string id, string group, ITimeToEvent result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (!result.IsAnalysed)
        {
            throw new ArgumentException($"Participant '{id}' was not analysed because of input errors (first: {result.NotAnalysedReason}); fix the visits before the survival analysis.", nameof(result));
        }

        return new SurvivalObservation(id, group, result.TimeToFirstEventOrCensoringDays, !result.IsEventFree);
    }

    /// <summary>Checks the row's rules, naming its position in the input on failure.</summary>
    /// <param name="index">The 0-based position of the row in the input list.</param>
    /// <param name="parameterName">The name of the argument holding the list.</param>
    /// <exception cref="ArgumentException">A rule is broken.</exception>
    internal void Validate(int index, string parameterName)
    {
        var where = $"{parameterName}[{index}] (id '{Id}')";
        if (string.IsNullOrWhiteSpace(Id))
        {
            throw new ArgumentException($"{parameterName}[{index}]: the subject id is empty; every row needs an id.", parameterName);
        }

        if (string.IsNullOrWhiteSpace(Group))
        {
            throw new ArgumentException($"{where}: the group is empty; every row needs a group (arm) name.", parameterName);
        }

        if (TimeDays < 0m)
        {
            throw new ArgumentException(
                $"{where}: time {TimeDays.ToString(CultureInfo.InvariantCulture)} days is negative; survival times must be ≥ 0 days from the time origin.",
                parameterName);
        }
    }
}
