using System.Globalization;
using System.Text;
using MscDomain.Disability;
using MscDomain.Tabular;
using MscDomain.Tabular.Csv;
using MscDomain.Tabular.Progression;
using NodaTime;

namespace MscDomain.Tests.Tabular;

/// <summary>progression computes participants in parallel: the results and event_count tables are the bytes of a serial run.</summary>
public sealed class ProgressionParallelOutputTest
{
    private static readonly string[] Steps = ["0.0", "1.0", "1.5", "2.0", "2.5", "3.0", "3.5", "4.0", "4.5", "5.0", "5.5", "6.0", "6.5"];

    private static (string Visits, string Relapses) Cohort(int participants)
    {
        var random = new Random(20261205);
        var v = new StringBuilder("id,date,EDSS\n");
        var r = new StringBuilder("id,date\n");
        for (var p = 0; p < participants; p++)
        {
            var day = new LocalDate(2015, 1, 1).PlusDays(random.Next(1500));
            var step = random.Next(6);
            for (var k = 0; k < 12 + random.Next(8); k++)
            {
                step = Math.Clamp(step + random.Next(-1, 3) - (random.Next(3) == 0 ? 1 : 0), 0, Steps.Length - 1);
                v.Append(CultureInfo.InvariantCulture, $"P{p:D4},{day:yyyy'-'MM'-'dd},{Steps[step]}\n");
                if (random.Next(20) == 0)
                {
                    r.Append(CultureInfo.InvariantCulture, $"P{p:D4},{day.PlusDays(-20):yyyy'-'MM'-'dd}\n");
                }

                day = day.PlusDays(76 + random.Next(29));
            }
        }

        return (v.ToString(), r.ToString());
    }

    [Fact]
    public void Parallel_and_serial_runs_write_the_same_bytes()
    {
        var (visits, relapses) = Cohort(600);
        var input = ProgressionCsvReader.Read(new StringReader(visits), "v.csv", new StringReader(relapses), "r.csv", new ProgressionCsvOptions());
        var options = new ConfirmedChangeOptions { Events = EventSelection.Multiple, Baseline = BaselineScheme.Roving, ClassifyRawPira = true };
        string Tables(int? workers)
        {
            var analysed = ConfirmedChangeCohort.Analyze(input.Participants, options, workers);
            var sw = new StringWriter();
            ProgressionCsvWriter.WriteResults(sw, analysed, options);
            ProgressionCsvWriter.WriteEventCount(sw, analysed, options);
            return sw.ToString();
        }

        var serial = Tables(1);
        Tables(null).Should().Be(serial);
        Tables(4).Should().Be(serial, "more workers than cores changes the interleaving, never the output");
        serial.Split('\n').Length.Should().BeGreaterThan(600, "one row per participant at least, plus events");
        serial.Should().Contain("PIRA", "the cohort must produce events for the comparison to mean anything");
    }

    private static string ReadAll(string visits, string relapses, int chunkBytes)
    {
        var v = CsvRows.Open(new StringReader(visits), "v.csv");
        var r = CsvRows.Open(new StringReader(relapses), "r.csv");
        try
        {
            var input = ProgressionCsvReader.Read(v, r, new ProgressionCsvOptions(), chunkBytes);
            return input.Summary + "\n" + string.Join("\n", input.Participants.Select(p => p.ParticipantId + ":" + string.Join(" ", p.Visits) + "|" + string.Join(" ", p.RelapseOnsets)))
                + "\n" + string.Join("\n", input.Summary.Issues);
        }
        catch (TabularInputException e)
        {
            return "error: " + string.Join("\n", e.Issues);
        }
    }

    [Theory]
    [InlineData(null, -1)]
    [InlineData("P0007,2020-01-01,x", 2000)] // an unreadable value
    [InlineData("P0007,\"2020-01-01,3.0", 2000)] // a quote never closed: malformed from here on
    [InlineData("P0007,2020-01-01,1.0,extra", 5000)] // a ragged row
    public void Visits_read_in_parts_give_the_serial_reading(string? badRow, int badAt)
    {
        var (visits, relapses) = Cohort(600);
        var lines = visits.Split('\n').ToList();
        if (badRow is not null)
        {
            lines.Insert(badAt, badRow);
        }

        var text = string.Join('\n', lines);
        var serial = ReadAll(text, relapses, int.MaxValue);
        foreach (var chunk in new[] { 64, 1000, 7919, 65536 })
        {
            ReadAll(text, relapses, chunk).Should().Be(serial, $"parts of {chunk} bytes");
        }

        serial.Should().Contain(badRow is null ? "P0599" : "error:");
    }

    [Fact]
    public void The_error_limit_is_reached_at_the_same_row_in_parts()
    {
        var (visits, relapses) = Cohort(600);
        var lines = visits.Split('\n').ToList();
        var bad = 0;
        for (var i = 300; i < lines.Count - 1; i += 37, bad++)
        {
            lines[i] = lines[i][..lines[i].LastIndexOf(',')] + ",nine"; // an unreadable value
        }

        bad.Should().BeGreaterThan(100, "more unreadable values than the limit of 100 errors");

        var text = string.Join('\n', lines);
        var serial = ReadAll(text, relapses, int.MaxValue);
        serial.Split('\n').Count(l => l.Contains(": error MSC", StringComparison.Ordinal)).Should().Be(100);
        foreach (var chunk in new[] { 64, 1000, 7919 })
        {
            ReadAll(text, relapses, chunk).Should().Be(serial, $"parts of {chunk} bytes");
        }
    }
}
