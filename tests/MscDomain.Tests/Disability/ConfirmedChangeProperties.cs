using FsCheck;
using FsCheck.Xunit;
using MscDomain.Disability;
using NodaTime;
using static MscDomain.Tests.Disability.ConfirmedChangeTestHelpers;

namespace MscDomain.Tests.Disability;

/// <summary>Invariants over random EDSS trajectories with relapses (FsCheck; the seed drives a generator so failures reproduce).</summary>
public sealed class ConfirmedChangeProperties
{
    private static readonly decimal[] Steps = [0m, 1m, 1.5m, 2m, 2.5m, 3m, 3.5m, 4m, 4.5m, 5m, 5.5m, 6m, 6.5m, 7m, 7.5m, 8m];

    internal static (List<DisabilityVisit> Visits, List<LocalDate> Relapses) Trajectory(int seed)
    {
        var rng = new Random(seed);
        var n = rng.Next(0, 16);
        var day = rng.Next(-100, 100);
        var level = rng.Next(0, 10);
        var visits = new List<DisabilityVisit>();
        for (var i = 0; i < n; i++)
        {
            level = Math.Clamp(level + rng.Next(-2, 3), 0, Steps.Length - 1);
            visits.Add(new DisabilityVisit(D(day), Steps[level], rng.Next(10) > 0));
            day += rng.Next(1, 200);
        }

        var relapses = Enumerable.Range(0, rng.Next(0, 4)).Select(_ => D(rng.Next(-150, Math.Max(day, 1)))).ToList();
        return (visits, relapses);
    }

    private static IEnumerable<ConfirmedChangeOptions> Variants()
    {
        yield return new ConfirmedChangeOptions();
        yield return new ConfirmedChangeOptions { Events = EventSelection.Multiple, Baseline = BaselineScheme.Roving, ClassifyRawPira = true };
        yield return new ConfirmedChangeOptions { Events = EventSelection.Multiple, Baseline = BaselineScheme.Roving, SubThresholdRebaseline = SubThresholdRebaseline.Change, ProceedFrom = ProceedFrom.Event, SkipLocalExtrema = SkipLocalExtrema.Strict };
        yield return new ConfirmedChangeOptions { Events = EventSelection.FirstPira, RelapseRebaseline = true, ConfirmationDays = [84, 168], ConfirmationTolerance = ConfirmationTolerance.OrMore, Pira = PiraDefinition.Kappos2020 };
        yield return new ConfirmedChangeOptions { Events = EventSelection.Multiple, RelapseRebaseline = true, BaselineNeverLower = true, CheckIntermediate = false, RequireSustainedDays = 168 };
    }

    [Property(MaxTest = 200)]
    public bool Events_never_precede_their_baseline_and_are_in_onset_order(int seed)
    {
        var (visits, relapses) = Trajectory(seed);
        foreach (var o in Variants())
        {
            var r = ConfirmedChangeEngine.Analyze(visits, relapses, o);
            for (var i = 0; i < r.Events.Count; i++)
            {
                var e = r.Events[i];
                if (e.Baseline.Date >= e.Onset.Date || e.DaysFromBaseline <= 0 || e.Number != i + 1 || e.DaysFromFirstVisit < e.DaysFromBaseline)
                {
                    return false;
                }

                if (i > 0 && r.Events[i - 1].Onset.Date >= e.Onset.Date)
                {
                    return false;
                }

                foreach (var c in e.Confirmations)
                {
                    if (c.Visit is { } v && v.Date <= e.Onset.Date)
                    {
                        return false;
                    }
                }

                if (e.SustainedDays < 0 || e.DaysFromFirstVisit > r.FollowUpDays)
                {
                    return false;
                }
            }
        }

        return true;
    }

    [Property(MaxTest = 200)]
    public bool Multiple_mode_finds_at_least_as_many_events_as_first_mode(int seed)
    {
        var (visits, relapses) = Trajectory(seed);
        foreach (var b in Enum.GetValues<BaselineScheme>())
        {
            var first = ConfirmedChangeEngine.Analyze(visits, relapses, new ConfirmedChangeOptions { Events = EventSelection.First, Baseline = b });
            var multiple = ConfirmedChangeEngine.Analyze(visits, relapses, new ConfirmedChangeOptions { Events = EventSelection.Multiple, Baseline = b });
            if (multiple.Events.Count < first.Events.Count)
            {
                return false;
            }

            if (first.Events.Count == 1 && multiple.Events[0].Onset != first.Events[0].Onset)
            {
                return false;
            }
        }

        return true;
    }

    [Property(MaxTest = 200)]
    public bool Exact_and_msprog_arithmetic_agree_on_edss(int seed)
    {
        var (visits, relapses) = Trajectory(seed);
        var o = new ConfirmedChangeOptions { Events = EventSelection.Multiple, Baseline = BaselineScheme.Roving, ClassifyRawPira = true };
        var a = ConfirmedChangeEngine.Analyze(visits, relapses, o);
        var b = ConfirmedChangeEngine.Analyze(visits, relapses, o with { Arithmetic = ThresholdArithmetic.Msprog });
        return MsprogResultsTable.ResultsRows("x", a, o).SelectMany(x => x).SequenceEqual(MsprogResultsTable.ResultsRows("x", b, o).SelectMany(x => x));
    }

    [Property(MaxTest = 100)]
    public bool Input_order_does_not_matter(int seed)
    {
        var (visits, relapses) = Trajectory(seed);
        var shuffled = visits.OrderBy(_ => new Random(seed).Next()).Reverse().ToList();
        var o = new ConfirmedChangeOptions { Events = EventSelection.Multiple, Baseline = BaselineScheme.Roving };
        var a = ConfirmedChangeEngine.Analyze(visits, relapses, o);
        var b = ConfirmedChangeEngine.Analyze(shuffled, relapses.AsEnumerable().Reverse().ToList(), o);
        return a.Events.Count == b.Events.Count && a.Events.Zip(b.Events).All(p => p.First.Onset == p.Second.Onset && p.First.Baseline == p.Second.Baseline);
    }

    [Fact]
    public void Cohort_runner_returns_input_order_and_matches_single_runs()
    {
        var participants = Enumerable.Range(0, 500).Select(i =>
        {
            var (v, r) = Trajectory(i);
            return new ParticipantDisabilityData($"P{i:D4}", v, r);
        }).ToList();
        var o = new ConfirmedChangeOptions { Events = EventSelection.Multiple, Baseline = BaselineScheme.Roving, ClassifyRawPira = true };
        var cohort = ConfirmedChangeCohort.Analyze(participants, o);
        cohort.Select(c => c.ParticipantId).Should().Equal(participants.Select(p => p.ParticipantId));
        for (var i = 0; i < participants.Count; i += 37)
        {
            var single = ConfirmedChangeEngine.Analyze(participants[i].Visits, participants[i].RelapseOnsets, o);
            cohort[i].Result.Events.Should().BeEquivalentTo(single.Events);
        }

        cohort.Sum(c => c.Result.Events.Count).Should().BeGreaterThan(0, "the generator must produce events for the property tests to mean anything");
    }
}
