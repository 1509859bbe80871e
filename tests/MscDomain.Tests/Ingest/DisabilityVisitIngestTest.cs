using MscDomain.Common;
using MscDomain.Disability;
using MscDomain.Ingest;
using NodaTime;

namespace MscDomain.Tests.Ingest;

public sealed class DisabilityVisitIngestTest
{
    private static readonly RawHeader Header = RawHeader.Create(["id", "date", "EDSS"], "v.csv");

    private static RawRow Row(int line, params string[] cells) => new(line, cells);

    private static DisabilityIngestResult Read(DisabilityIngestOptions? options, params RawRow[] rows) =>
        DisabilityVisitIngest.Read(Header, rows, null, null, options);

    [Fact]
    public void Same_day_duplicates_keep_the_last_row_with_a_note_naming_the_dropped_line()
    {
        var r = Read(null, Row(2, "A", "2020-01-01", "2.0"), Row(3, "A", "2020-01-01", "3.0"), Row(4, "A", "2020-04-01", "3.0"));
        r.HasErrors.Should().BeFalse();
        r.Participants[0].Visits.Select(v => v.Value).Should().Equal(3.0m, 3.0m);
        r.SameDayDuplicateLines.Should().Equal(2);
        r.Issues.Should().ContainSingle(i => i.Code == DataIssueCodes.SameDayDuplicate && i.Severity == DataIssueSeverity.Note && i.Location.Line == 2);
    }

    [Fact]
    public void Missing_values_are_dropped_with_a_note_and_unsorted_rows_are_sorted()
    {
        var r = Read(null, Row(2, "A", "2020-04-01", "3.0"), Row(3, "A", "2020-01-01", "NA"), Row(4, "A", "2020-02-01", "2.0"));
        r.Participants[0].Visits.Select(v => v.Date).Should().Equal(new LocalDate(2020, 2, 1), new LocalDate(2020, 4, 1));
        r.MissingValueLines.Should().Equal(3);
        r.Issues.Should().ContainSingle(i => i.Code == DataIssueCodes.MissingValueDropped);
    }

    [Theory]
    [InlineData(OutcomeKind.T25fw, "0", true)]
    [InlineData(OutcomeKind.T25fw, "0.1", false)]
    [InlineData(OutcomeKind.Nhpt, "0", true)]
    [InlineData(OutcomeKind.Sdmt, "110", false)]
    [InlineData(OutcomeKind.Sdmt, "110.5", true)]
    [InlineData(OutcomeKind.Edss, "0.5", true)]
    [InlineData(OutcomeKind.Edss, "1.0", false)]
    public void The_ingest_and_the_engine_apply_one_range_rule(OutcomeKind outcome, string value, bool rejected)
    {
        var header = RawHeader.Create(["id", "date", "V"], "v.csv");
        var ingest = DisabilityVisitIngest.Read(header, [new RawRow(2, ["A", "2020-01-01", value])], null, null,
            new DisabilityIngestOptions { Outcome = outcome, ValueColumn = "V" });
        ingest.HasErrors.Should().Be(rejected);
        if (rejected)
        {
            ingest.Issues.Should().ContainSingle(i => i.Code == DataIssueCodes.OutOfRange && i.Location.Path == "V");
        }

        // The engine, given the same value directly, agrees (issue 8: T25FW 0 was rejected by CSV but accepted by the engine).
        var options = new ConfirmedChangeOptions { Outcome = outcome };
        var engine = ConfirmedChangeEngine.Analyze([new DisabilityVisit(new LocalDate(2020, 1, 1), decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture))], [], options);
        engine.Issues.Any(i => i.Severity == DataIssueSeverity.Error).Should().Be(rejected);
    }

    [Fact]
    public void A_relapse_of_an_unknown_participant_is_MSC0302()
    {
        var rh = RawHeader.Create(["id", "date"], "r.csv");
        var r = DisabilityVisitIngest.Read(Header, [Row(2, "A", "2020-01-01", "1.0")], rh, [Row(2, "B", "2020-02-01")]);
        r.Issues.Should().ContainSingle(i => i.Code == DataIssueCodes.UnknownParticipant && i.Location.File == "r.csv" && i.Value == "B");
    }

    [Theory]
    [InlineData("-730119", false)]
    [InlineData("-730120", true)]
    [InlineData("-1000000", true)]
    [InlineData("2921939", false)]
    [InlineData("2921940", true)]
    public void Day_numbers_outside_the_calendar_are_MSC0203_not_a_crash(string day, bool rejected)
    {
        var r = Read(new DisabilityIngestOptions { DateFormat = DateCellFormat.DayNumber }, Row(2, "A", day, "1.0"));
        r.HasErrors.Should().Be(rejected);
        if (rejected)
        {
            r.Issues.Should().ContainSingle(i => i.Code == DataIssueCodes.OutOfRange && i.Location.Path == "date");
        }
    }

    [Fact]
    public void Short_rows_and_duplicated_columns_are_errors()
    {
        Read(null, Row(2, "A", "2020-01-01")).Issues.Should().ContainSingle(i => i.Code == DataIssueCodes.RaggedRow && i.Location.Line == 2);
        var dup = RawHeader.Create(["id", "date", "EDSS", "edss"], "v.csv");
        DisabilityVisitIngest.Read(dup, [], null, null).Issues.Should().ContainSingle(i => i.Code == DataIssueCodes.DuplicateColumn);
    }

    [Fact]
    public void Reading_stops_after_MaxErrors()
    {
        var rows = Enumerable.Range(2, 1000).Select(l => Row(l, "A", "2020-01-01", "0.5")).ToArray();
        Read(new DisabilityIngestOptions { MaxErrors = 5 }, rows).Issues.Count(i => i.Severity == DataIssueSeverity.Error).Should().Be(5);
    }
}
