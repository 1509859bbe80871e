using MscDomain.Outcomes;
using MscDomain.Trials;
using NodaTime;

namespace MscDomain.Disability;

/// <summary>
/// Turns a <see cref="ParticipantTimeline"/> into the visit series and relapse onsets that the
/// confirmed-change engine (<see cref="ConfirmedChangeEngine"/>) and the cohort runner
/// (<see cref="ConfirmedChangeCohort"/>) read.
/// </summary>
/// <remarks>
/// <para>EDSS comes from the timeline's <see cref="EdssObservation"/>s; T25FW (timed 25-foot walk),
/// 9HPT (nine-hole peg test) and SDMT (symbol digit modalities test) from its
/// <see cref="MeasureObservation"/>s of <see cref="OutcomeMeasure.TimedTwentyFiveFootWalk"/>,
/// <see cref="OutcomeMeasure.NineHolePegTest"/> and <see cref="OutcomeMeasure.Sdmt"/>.</para>
/// <para>9HPT is recorded per hand. When a visit has both hands, the visit value is the mean of the
/// two hands' times (the MSFC manual averages the hands, Fischer et al., <i>Mult Scler</i>
/// 1999;5:244–50); a visit with one hand only keeps that hand's time. Several observations of the
/// same measure on one date are all passed on: the engine reports same-day duplicates
/// (msprog's rule, <c>disability.md</c> §13) instead of this adapter choosing one.</para>
/// <para>Relapse onsets are every <see cref="Relapse.Onset"/> of the timeline.</para>
/// </remarks>
public static class TimelineDisabilityData
{
    /// <summary>The participant's visits for <paramref name="outcome"/> and relapse onsets, in date order.</summary>
    /// <param name="timeline">One participant's timeline.</param>
    /// <param name="outcome">EDSS, T25FW, NHPT or SDMT.</param>
    /// <returns>The engine's input for this participant.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="timeline"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="outcome"/> is <see cref="OutcomeKind.Custom"/> or undefined:
    /// a custom outcome has no measure in the timeline to read.</exception>
    public static ParticipantDisabilityData ToDisabilityData(this ParticipantTimeline timeline, OutcomeKind outcome)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        var visits = outcome switch
        {
            OutcomeKind.Edss => timeline.Observations.OfType<EdssObservation>()
                .Select(o => new DisabilityVisit(o.Date, o.Score.Value)).ToList(),
            OutcomeKind.T25fw => Measures(timeline, OutcomeMeasure.TimedTwentyFiveFootWalk),
            OutcomeKind.Sdmt => Measures(timeline, OutcomeMeasure.Sdmt),
            OutcomeKind.Nhpt => NineHolePeg(timeline),
            _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome,
                "Only EDSS, T25FW, NHPT and SDMT are read from a timeline; a custom outcome needs its visits built directly."),
        };
        visits.Sort((a, b) => a.Date.CompareTo(b.Date));
        var onsets = timeline.Relapses.Select(r => r.Onset).Order().ToList();
        return new ParticipantDisabilityData(timeline.ParticipantId, visits, onsets);
    }

    /// <summary>The engine's input for every participant of a cohort, in the cohort's order.</summary>
    /// <param name="cohort">The cohort.</param>
    /// <param name="outcome">EDSS, T25FW, NHPT or SDMT.</param>
    /// <returns>One entry per participant.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="cohort"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="outcome"/> is custom or undefined.</exception>
    public static IReadOnlyList<ParticipantDisabilityData> ToDisabilityData(this CohortDocument cohort, OutcomeKind outcome)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        return cohort.Participants.Select(p => p.ToDisabilityData(outcome)).ToList();
    }

    private static List<DisabilityVisit> Measures(ParticipantTimeline timeline, OutcomeMeasure measure) =>
        timeline.Observations.OfType<MeasureObservation>()
            .Where(o => o.Measure == measure)
            .Select(o => new DisabilityVisit(o.Date, o.Value)).ToList();

    private static List<DisabilityVisit> NineHolePeg(ParticipantTimeline timeline)
    {
        var result = new List<DisabilityVisit>();
        foreach (var day in timeline.Observations.OfType<MeasureObservation>()
                     .Where(o => o.Measure == OutcomeMeasure.NineHolePegTest)
                     .GroupBy(o => o.Date))
        {
            var left = day.Where(o => o.Laterality == Laterality.Left).ToList();
            var right = day.Where(o => o.Laterality == Laterality.Right).ToList();
            var unsided = day.Where(o => o.Laterality is null).ToList();
            if (left.Count == 1 && right.Count == 1 && unsided.Count == 0)
            {
                result.Add(new DisabilityVisit(day.Key, (left[0].Value + right[0].Value) / 2m));
            }
            else
            {
                result.AddRange(day.Select(o => new DisabilityVisit(day.Key, o.Value)));
            }
        }

        return result;
    }
}
