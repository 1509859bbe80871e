using FsCheck.Xunit;
using MscDomain.Disability;
using NodaTime;

namespace MscDomain.Tests.Disability;

/// <summary>Invariants of the composites and summaries.</summary>
public sealed class CompositePropertiesTest
{
    private static readonly LocalDate Start = new(2020, 1, 1);

    [Property(MaxTest = 200)]
    public bool Adding_a_relapse_inside_the_period_never_gives_NEDA(byte offset, bool mriMissing)
    {
        var end = Start.PlusDays(400);
        var input = new NedaInput(Start, end, [], [], mriMissing ? null : [new NedaMriScan(Start.PlusDays(200), 0, 0)]);
        var relapse = Start.PlusDays(offset);
        var after = NedaCalculator.Evaluate(input with { RelapseDates = [relapse] });
        return after.Status == CompositeStatus.NotMet && after.Evidence.Single().Date == relapse;
    }

    [Property(MaxTest = 200)]
    public bool With_equal_follow_up_the_crude_ARR_equals_the_subject_level_mean(byte[] counts, byte days)
    {
        if (counts is null || counts.Length == 0)
        {
            return true;
        }

        var followUp = days + 1m;
        var r = AnnualizedRelapseRate.Compute(counts.Select((c, i) => new AnnualizedRelapseRateParticipant($"p{i}", c, followUp)));
        return Math.Abs(r.CohortRate - r.SubjectLevelMean) < 0.000000000001m;
    }

    [Property(MaxTest = 200)]
    public bool EDSS_Plus_first_date_is_the_minimum_confirmed_date(ushort a, ushort b, ushort c, bool ea, bool eb, bool ec)
    {
        var events = new[]
        {
            ea ? CompositeComponentEvent.ConfirmedOn(CompositeComponent.Edss, Start.PlusDays(a)) : CompositeComponentEvent.NoEvent(CompositeComponent.Edss),
            eb ? CompositeComponentEvent.ConfirmedOn(CompositeComponent.TimedTwentyFiveFootWalk, Start.PlusDays(b)) : CompositeComponentEvent.NoEvent(CompositeComponent.TimedTwentyFiveFootWalk),
            ec ? CompositeComponentEvent.ConfirmedOn(CompositeComponent.NineHolePegTestEitherHand, Start.PlusDays(c)) : CompositeComponentEvent.NoEvent(CompositeComponent.NineHolePegTestEitherHand),
        };
        var r = EdssPlus.Evaluate(events);
        var dates = events.Where(e => e.Confirmed).Select(e => e.Date!.Value).ToList();
        return dates.Count == 0
            ? r.Status == CompositeStatus.NotMet && r.FirstDate is null
            : r.Status == CompositeStatus.Met && r.FirstDate == dates.Min();
    }
}
