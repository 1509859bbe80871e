using MscDomain.Disability;

namespace MscDomain.Tests.Disability;

/// <summary>Every row of every msprog expected file (16 MSprog runs: results + event_count; 2 value_milestone runs)
/// reproduced through the library, with the settings.json arguments mapped by <see cref="ConfirmedChangeOptions.FromMsprogArguments"/>.</summary>
public sealed class MsprogConformanceTest
{
    public static TheoryData<string, ThresholdArithmetic> ProgressionRuns()
    {
        var data = new TheoryData<string, ThresholdArithmetic>();
        foreach (var run in MsprogConformanceData.Runs("runs"))
        {
            data.Add(run.Name, ThresholdArithmetic.Msprog);
            data.Add(run.Name, ThresholdArithmetic.Exact);
        }

        return data;
    }

    public static TheoryData<string> MilestoneRuns()
    {
        var data = new TheoryData<string>();
        foreach (var run in MsprogConformanceData.Runs("milestones"))
        {
            data.Add(run.Name);
        }

        return data;
    }

    private static (ConfirmedChangeOptions Options, List<(string Id, ConfirmedChangeResult Result)> Results) RunProgression(string name, ThresholdArithmetic arithmetic)
    {
        var run = MsprogConformanceData.Runs("runs").Single(r => r.Name == name);
        var options = ConfirmedChangeOptions.FromMsprogArguments(run.Arguments) with { Arithmetic = arithmetic };
        var participants = MsprogConformanceData.Ids
            .Select(id => new ParticipantDisabilityData(id, MsprogConformanceData.Visits(id, run.ValueColumn, run.ValidConfColumn), MsprogConformanceData.Relapses(id)))
            .ToList();
        var results = ConfirmedChangeCohort.Analyze(participants, options);
        return (options, results.Select(r => (r.ParticipantId, r.Result)).ToList());
    }

    [Theory]
    [MemberData(nameof(ProgressionRuns))]
    public void Results_table_matches_msprog_row_for_row(string run, ThresholdArithmetic arithmetic)
    {
        var (options, results) = RunProgression(run, arithmetic);
        var expected = MsprogConformanceData.ReadCsv(Path.Combine(MsprogConformanceData.Dir, "expected", run + "__results.csv"));
        var actual = new List<string[]> { MsprogResultsTable.ResultsHeader(options).ToArray() };
        foreach (var (id, result) in results)
        {
            actual.AddRange(MsprogResultsTable.ResultsRows(id, result, options).Select(r => r.Select(c => c ?? string.Empty).ToArray()));
        }

        Compare(run, expected, actual);
    }

    [Theory]
    [MemberData(nameof(ProgressionRuns))]
    public void Event_count_table_matches_msprog_row_for_row(string run, ThresholdArithmetic arithmetic)
    {
        var (options, results) = RunProgression(run, arithmetic);
        var expected = MsprogConformanceData.ReadCsv(Path.Combine(MsprogConformanceData.Dir, "expected", run + "__event_count.csv"));
        var actual = new List<string[]> { MsprogResultsTable.EventCountHeader(options).ToArray() };
        actual.AddRange(results.Select(r => MsprogResultsTable.EventCountRow(r.Id, r.Result, options).Select(c => c ?? string.Empty).ToArray()));
        Compare(run, expected, actual);
    }

    [Theory]
    [MemberData(nameof(MilestoneRuns))]
    public void Milestone_table_matches_msprog_row_for_row(string run)
    {
        var spec = MsprogConformanceData.Runs("milestones").Single(r => r.Name == run);
        var args = new Dictionary<string, string>(spec.Arguments) { ["milestone"] = spec.Milestone!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        var options = MilestoneOptions.FromMsprogArguments(args);
        var participants = MsprogConformanceData.Ids
            .Select(id => new ParticipantDisabilityData(id, MsprogConformanceData.Visits(id, spec.ValueColumn, spec.ValidConfColumn), MsprogConformanceData.Relapses(id)))
            .ToList();
        var results = ConfirmedChangeCohort.Milestones(participants, options);
        var expected = MsprogConformanceData.ReadCsv(Path.Combine(MsprogConformanceData.Dir, "expected", run + "__milestone.csv"));
        var actual = new List<string[]> { MsprogResultsTable.MilestoneHeader(spec.ValueColumn).ToArray() };
        actual.AddRange(results.Select(r => MsprogResultsTable.MilestoneRow(r.ParticipantId, r.Result).Select(c => c ?? string.Empty).ToArray()));
        Compare(run, expected, actual);
    }

    private static void Compare(string run, List<string[]> expected, List<string[]> actual)
    {
        var problems = new List<string>();
        if (!expected[0].SequenceEqual(actual[0]))
        {
            problems.Add($"header: expected [{string.Join(",", expected[0])}] got [{string.Join(",", actual[0])}]");
        }

        var n = Math.Max(expected.Count, actual.Count);
        for (var i = 1; i < n; i++)
        {
            var e = i < expected.Count ? string.Join(",", expected[i]) : "<none>";
            var a = i < actual.Count ? string.Join(",", actual[i]) : "<none>";
            if (e != a)
            {
                problems.Add($"row {i}: expected {e}\n        got      {a}");
            }
        }

        problems.Should().BeEmpty($"{run} must match msprog");
    }
}
