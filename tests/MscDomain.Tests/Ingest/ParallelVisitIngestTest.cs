using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MscDomain.Common;
using MscDomain.Disability;
using MscDomain.Ingest;

namespace MscDomain.Tests.Ingest;

/// <summary>
/// <see cref="DisabilityVisitIngest.ReadInParallel"/> checks parts of the visit rows in parallel. Whatever the cut, the
/// result must be the one of a single enumeration of the same rows (the oracle: the serial reader, itself pinned to
/// msprog elsewhere): participants and visits, every issue in order, the stop after MaxErrors, and an exception raised
/// by the rows' source at the same place.
/// </summary>
public sealed class ParallelVisitIngestTest
{
    private static readonly RawHeader Header = RawHeader.Create(["id", "date", "EDSS", "valid"], "v.csv");
    private static readonly RawHeader RelapseHeader = RawHeader.Create(["id", "date"], "r.csv");

    private static readonly string[] Ids = ["A", "B", "C", "D", " ", ""];
    private static readonly string[] Dates = ["2020-01-01", "2020-01-01", "2020-03-15", "2021-06-30", "2020-02-30", "", "NA", "2019-12-31", "2022-01-10"];
    private static readonly string[] Values = ["1.0", "2.5", "3.0", "6.5", "", "NA", "x", "11", "1.25", "0", "4.0"];
    private static readonly string[] Flags = ["", "true", "FALSE", "maybe", "1"];

    /// <summary>Rows whose source throws after <paramref name="throwAfter"/> rows (a malformed record), or never when negative.</summary>
    private static IEnumerable<RawRow> Source(IReadOnlyList<RawRow> rows, int from, int to, int throwAfter)
    {
        for (var i = from; i < to; i++)
        {
            if (i == throwAfter)
            {
                throw new InvalidOperationException($"malformed record at row {i}");
            }

            yield return rows[i];
        }
    }

    private static string Describe(Func<DisabilityIngestResult> read)
    {
        DisabilityIngestResult r;
        try
        {
            r = read();
        }
        catch (InvalidOperationException e)
        {
            return "threw: " + e.Message;
        }

        return string.Join("\n", r.Participants.Select(p =>
                   $"{p.ParticipantId}: {string.Join(" ", p.Visits.Select(v => $"{v.Date}={v.Value}{(v.CanConfirm ? string.Empty : "!")}"))} | {string.Join(" ", p.RelapseOnsets)}"))
               + $"\nrows {r.VisitRows} kept {r.VisitsKept} relapses {r.RelapseRows} missing [{string.Join(",", r.MissingValueLines)}] duplicates [{string.Join(",", r.SameDayDuplicateLines)}]\n"
               + string.Join("\n", r.Issues);
    }

    [Property(MaxTest = 400)]
    public Property Any_cut_into_parts_reads_as_one_enumeration(NonNegativeInt seed)
    {
        var random = new Random(seed.Get);
        var count = random.Next(0, 120);
        var rows = new List<RawRow>();
        for (var i = 0; i < count; i++)
        {
            string[] cells = [Ids[random.Next(Ids.Length)], Dates[random.Next(Dates.Length)], Values[random.Next(Values.Length)], Flags[random.Next(Flags.Length)]];
            rows.Add(new RawRow(i + 2, random.Next(25) == 0 ? cells[..3] : cells, string.Join(',', cells)));
        }

        var relapses = Enumerable.Range(0, random.Next(0, 6))
            .Select(i => new RawRow(i + 2, [Ids[random.Next(Ids.Length)], Dates[random.Next(Dates.Length)]])).ToList();
        var options = new DisabilityIngestOptions
        {
            MaxErrors = random.Next(3) == 0 ? 1000 : random.Next(1, 12),
            ValidConfirmationColumn = "valid",
            EdssValidation = random.Next(2) == 0 ? EdssValidation.Strict : EdssValidation.RangeOnly,
        };
        var throwAfter = random.Next(4) == 0 ? random.Next(0, count + 1) : -1;
        var cuts = Enumerable.Range(0, random.Next(0, 6)).Select(_ => random.Next(0, count + 1)).Append(0).Append(count).Distinct().Order().ToList();
        var parts = cuts.Zip(cuts.Skip(1), (a, b) => Source(rows, a, b, throwAfter)).ToList();
        if (random.Next(5) == 0)
        {
            parts.Insert(random.Next(parts.Count + 1), []); // an empty part (a chunk of blank lines)
        }

        var serial = Describe(() => DisabilityVisitIngest.Read(Header, Source(rows, 0, count, throwAfter), RelapseHeader, relapses, options));
        var parallel = Describe(() => DisabilityVisitIngest.ReadInParallel(Header, parts, RelapseHeader, relapses, options));
        return (parallel == serial).Label($"cuts [{string.Join(",", cuts)}], throw after {throwAfter}, max {options.MaxErrors}\n--- serial\n{serial}\n--- parallel\n{parallel}");
    }

    [Fact]
    public void The_error_limit_stops_at_the_same_row_across_parts()
    {
        var rows = Enumerable.Range(0, 40).Select(i => new RawRow(i + 2, ["A", $"2020-01-{(i % 28) + 1:D2}", i % 3 == 0 ? "x" : "2.0", "true"])).ToList();
        var options = new DisabilityIngestOptions { MaxErrors = 5, ValidConfirmationColumn = "valid" };
        var parts = rows.Chunk(7).Select(c => (IEnumerable<RawRow>)c).ToList();
        var serial = DisabilityVisitIngest.Read(Header, rows, null, null, options);
        var parallel = DisabilityVisitIngest.ReadInParallel(Header, parts, null, null, options);
        serial.Issues.Count(i => i.Severity == DataIssueSeverity.Error).Should().Be(5);
        serial.VisitRows.Should().Be(13, "the fifth unreadable value is row 13 (every third row from the first)");
        parallel.Issues.Select(i => i.ToString()).Should().Equal(serial.Issues.Select(i => i.ToString()));
        parallel.VisitRows.Should().Be(serial.VisitRows);
    }

    [Fact]
    public void A_null_part_is_an_argument_error()
    {
        var act = () => DisabilityVisitIngest.ReadInParallel(Header, [[], null!], null, null);
        act.Should().Throw<ArgumentNullException>().WithParameterName("visitParts");
    }
}
