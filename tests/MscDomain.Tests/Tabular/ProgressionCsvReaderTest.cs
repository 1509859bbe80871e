using FsCheck;
using FsCheck.Fluent;
using MscDomain.Disability;
using MscDomain.Tabular;
using MscDomain.Tabular.Progression;
using NodaTime;

namespace MscDomain.Tests.Tabular;

/// <summary>Long-format progression CSV: msprog's hygiene (sort, drop missing, last row of a day) and located errors.</summary>
public sealed class ProgressionCsvReaderTest
{
    private static ProgressionInput Read(string visits, string? relapses = null, ProgressionCsvOptions? options = null) =>
        ProgressionCsvReader.Read(new StringReader(visits), "v.csv", relapses is null ? null : new StringReader(relapses), "r.csv", options ?? new ProgressionCsvOptions());

    [Fact]
    public void Visits_are_sorted_by_date_and_participants_keep_first_appearance_order()
    {
        var input = Read("id,date,EDSS\nB,2020-06-01,2.0\nA,2020-03-01,1.0\nB,2020-01-01,1.5\nA,2020-01-01,0\n");
        input.Participants.Select(p => p.ParticipantId).Should().Equal("B", "A");
        input.Participants[0].Visits.Select(v => v.Date).Should().Equal(new LocalDate(2020, 1, 1), new LocalDate(2020, 6, 1));
        input.Participants[0].Visits.Select(v => v.Value).Should().Equal(1.5m, 2.0m);
    }

    [Fact]
    public void Of_several_rows_on_one_day_the_last_in_file_order_is_kept_even_when_unsorted()
    {
        var input = Read("id,date,EDSS\nA,2020-06-01,2.0\nA,2020-01-01,1.0\nA,2020-01-01,3.0\nA,2020-01-01,2.5\n");
        input.Participants[0].Visits.Select(v => v.Value).Should().Equal(2.5m, 2.0m);
        input.Summary.SameDayDuplicateLines.Should().Equal(3, 4);
        input.Summary.VisitsKept.Should().Be(2);
    }

    [Theory]
    [InlineData("")]
    [InlineData("NA")]
    [InlineData("NaN")]
    public void Missing_values_are_dropped_and_their_lines_reported(string missing)
    {
        var input = Read($"id,date,EDSS\nA,2020-01-01,1.0\nA,2020-02-01,{missing}\nA,2020-03-01,2.0\n");
        input.Participants[0].Visits.Should().HaveCount(2);
        input.Summary.MissingValueLines.Should().Equal(3);
        input.Summary.VisitRows.Should().Be(3);
    }

    [Fact]
    public void A_participant_whose_values_are_all_missing_is_kept_with_no_visits_and_may_have_relapses()
    {
        var input = Read("id,date,EDSS\nA,2020-01-01,\n", "id,date\nA,2020-02-01\n");
        input.Participants.Should().ContainSingle().Which.Visits.Should().BeEmpty();
        input.Participants[0].RelapseOnsets.Should().Equal(new LocalDate(2020, 2, 1));
    }

    [Fact]
    public void Quoted_cells_a_byte_order_mark_and_blank_lines_are_read_as_R_writes_them()
    {
        var input = Read("\uFEFF\"id\",\"date\",\"EDSS\"\n\"A\",\"2020-01-01\",1\n\n\"A\",\"2020-04-01\",2.5\n");
        input.Participants[0].Visits.Select(v => v.Value).Should().Equal(1m, 2.5m);
    }

    [Fact]
    public void Relapses_are_sorted_per_participant()
    {
        var input = Read("id,date,EDSS\nA,2020-01-01,1.0\n", "id,date\nA,2021-01-01\nA,2020-06-01\n");
        input.Participants[0].RelapseOnsets.Should().Equal(new LocalDate(2020, 6, 1), new LocalDate(2021, 1, 1));
        input.Summary.RelapseRows.Should().Be(2);
    }

    [Fact]
    public void Valid_confirmation_flags_accept_R_logicals()
    {
        var input = Read("id,date,EDSS,sched\nA,2020-01-01,1,TRUE\nA,2020-02-01,1,F\nA,2020-03-01,1,1\nA,2020-04-01,1,false\n", options: new ProgressionCsvOptions { ValidConfirmationColumn = "sched" });
        input.Participants[0].Visits.Select(v => v.CanConfirm).Should().Equal(true, false, true, false);
    }

    [Fact]
    public void Day_numbers_map_through_the_library_epoch()
    {
        var input = Read("id,day,EDSS\nA,-30,1\nA,0,1\n", options: new ProgressionCsvOptions { DateColumn = "day", DateFormat = ProgressionDateFormat.Day });
        input.Participants[0].Visits.Select(v => DayNumbers.ToDayNumber(v.Date)).Should().Equal(-30, 0);
    }

    [Fact]
    public void The_value_column_defaults_to_the_outcome_name()
    {
        new ProgressionCsvOptions { Outcome = OutcomeKind.Sdmt }.EffectiveValueColumn.Should().Be("SDMT");
        new ProgressionCsvOptions { Outcome = OutcomeKind.T25fw }.EffectiveValueColumn.Should().Be("T25FW");
        new ProgressionCsvOptions { Outcome = OutcomeKind.Nhpt }.EffectiveValueColumn.Should().Be("NHPT");
        new ProgressionCsvOptions { Outcome = OutcomeKind.Nhpt, ValueColumn = "9HPT" }.EffectiveValueColumn.Should().Be("9HPT");
    }

    [Theory]
    [InlineData(OutcomeKind.Sdmt, "111", "outside 0–110")]
    [InlineData(OutcomeKind.Sdmt, "-1", "outside 0–110")]
    [InlineData(OutcomeKind.T25fw, "0", "not a positive time")]
    [InlineData(OutcomeKind.Nhpt, "-3", "not a positive time")]
    [InlineData(OutcomeKind.Edss, "0.5", "not an EDSS step")]
    public void Values_outside_the_outcome_range_are_located_errors(OutcomeKind outcome, string value, string rule)
    {
        var act = () => Read($"id,date,V\nA,2020-01-01,{value}\n", options: new ProgressionCsvOptions { Outcome = outcome, ValueColumn = "V" });
        var e = act.Should().Throw<TabularInputException>().Which;
        e.File.Should().Be("v.csv");
        e.Line.Should().Be(2);
        e.Column.Should().Be("V");
        e.Rule.Should().Contain(rule);
    }

    [Theory]
    [InlineData("110", OutcomeKind.Sdmt)]
    [InlineData("0", OutcomeKind.Sdmt)]
    [InlineData("10", OutcomeKind.Edss)]
    [InlineData("1.0", OutcomeKind.Edss)]
    [InlineData("0.1", OutcomeKind.T25fw)]
    public void Values_at_the_range_limits_are_accepted(string value, OutcomeKind outcome)
    {
        Read($"id,date,V\nA,2020-01-01,{value}\n", options: new ProgressionCsvOptions { Outcome = outcome, ValueColumn = "V" })
            .Participants[0].Visits.Should().ContainSingle();
    }

    [Fact]
    public void A_row_with_the_wrong_number_of_cells_is_a_located_error()
    {
        var act = () => Read("id,date,EDSS\nA,2020-01-01,1.0,extra\n");
        act.Should().Throw<TabularInputException>().Which.Message.Should().StartWith("v.csv:2: error MSC0104: (missing): the row has 4 cells but the header has 3;");
    }

    [Fact]
    public void An_empty_participant_id_is_a_located_error()
    {
        var act = () => Read("id,date,EDSS\n,2020-01-01,1.0\n");
        act.Should().Throw<TabularInputException>().Which.Message.Should().StartWith("v.csv:2:1 [id]: error MSC0201: (missing): the value is missing;");
    }

    [Fact]
    public void An_empty_file_is_an_error()
    {
        var act = () => Read(string.Empty);
        act.Should().Throw<TabularInputException>().Which.Code.Should().Be("MSC0106");
    }

    [Fact]
    public void Summary_lists_at_most_ten_lines_per_kind_with_thousands_separators()
    {
        var s = new ProgressionReadSummary
        {
            VisitRows = 1234,
            VisitsKept = 1200,
            Participants = 56,
            RelapseRows = 7,
            ValueColumn = "EDSS",
            MissingValueLines = Enumerable.Range(2, 12).ToList(),
            SameDayDuplicateLines = [40],
        };
        s.ToString().Should().Be("read 1,234 visits for 56 participants and 7 relapses; skipped 12 rows with missing EDSS (lines 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, … 2 more); merged 1 same-day duplicates (dropped line 40; the last row of each day is kept); analysing 1,200 visits");
    }

    [FsCheck.Xunit.Property(MaxTest = 50)]
    public Property Row_order_does_not_change_the_series_when_dates_are_distinct(PositiveInt seed)
    {
        var rng = new Random(seed.Get);
        var rows = Enumerable.Range(0, 30)
            .Select(i => $"{(char)('A' + (i % 3))},{new LocalDate(2020, 1, 1).PlusDays(i * 40):yyyy-MM-dd},{EdssSteps[rng.Next(EdssSteps.Length)]}")
            .ToList();
        var shuffled = rows.OrderBy(_ => rng.Next()).ToList();
        var a = Read("id,date,EDSS\n" + string.Join("\n", rows) + "\n").Participants.OrderBy(p => p.ParticipantId, StringComparer.Ordinal).ToList();
        var b = Read("id,date,EDSS\n" + string.Join("\n", shuffled) + "\n").Participants.OrderBy(p => p.ParticipantId, StringComparer.Ordinal).ToList();
        return a.Zip(b).All(x => x.First.Visits.SequenceEqual(x.Second.Visits)).ToProperty();
    }

    private static readonly string[] EdssSteps = ["0", "1.0", "1.5", "2.0", "3.5", "6.0", "9.5", "10"];
}
