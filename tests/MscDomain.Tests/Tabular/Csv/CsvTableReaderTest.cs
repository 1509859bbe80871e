using MscDomain.Tabular;
using MscDomain.Tabular.Csv;
using NodaTime;

namespace MscDomain.Tests.Tabular.Csv;

public sealed class CsvTableReaderTest : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("mscdomain-csv-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string text)
    {
        var path = Path.Combine(_dir, $"t{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Reads_typed_fields_with_case_insensitive_columns_and_line_numbers()
    {
        var path = Write("ID, Time ,event,date,arm\nP1,12.5,TRUE,2021-03-01,A\n\n\"P,2\",3,0,,B\n");
        using var csv = CsvTableReader.Open(path, "id", "time", "EVENT");
        csv.Headers.Should().Equal("ID", "Time", "event", "date", "arm");
        csv.Read().Should().BeTrue();
        csv.Line.Should().Be(2);
        csv.GetString("id").Should().Be("P1");
        csv.GetDecimal("time").Should().Be(12.5m);
        csv.GetBoolean("event").Should().BeTrue();
        csv.GetDate("date").Should().Be(new LocalDate(2021, 3, 1));
        csv.Read().Should().BeTrue();
        csv.Line.Should().Be(4, "the blank line 3 is skipped but counted");
        csv.GetString("id").Should().Be("P,2");
        csv.GetInt32("time").Should().Be(3);
        csv.GetBoolean("event").Should().BeFalse();
        csv.GetOptionalDate("date").Should().BeNull();
        csv.Read().Should().BeFalse();
    }

    [Fact]
    public void Missing_required_column_names_file_column_and_header()
    {
        var path = Write("id,time\nP1,1\n");
        var act = () => CsvTableReader.Open(path, "id", "event");
        act.Should().Throw<TabularInputException>()
            .Where(e => e.File == path && e.Line == 1 && e.Column == "event" && e.Code == "MSC0105")
            .WithMessage($"{path}:1 [event]: error MSC0105: *required column 'event'*is missing; the header has: id, time.");
    }

    [Fact]
    public void Bad_number_names_line_column_value_and_rule()
    {
        var path = Write("id,time\nP1,1\nP3,abc\nP2,12,5\n");
        using var csv = CsvTableReader.Open(path, "time");
        csv.Read();
        csv.GetDecimal("time").Should().Be(1m);
        csv.Read();
        FluentActions.Invoking(() => csv.GetDecimal("time")).Should().Throw<TabularInputException>()
            .Where(e => e.Line == 3 && e.Column == "time" && e.Code == "MSC0202")
            .WithMessage($"{path}:3:4 [time]: error MSC0202: 'abc': is not a number*");
        FluentActions.Invoking(() => csv.Read()).Should().Throw<TabularInputException>()
            .Where(e => e.Line == 4 && e.Code == "MSC0104", "a row longer than the header is an error, never silently cut");
    }

    [Theory]
    [InlineData("maybe", "error MSC0202: 'maybe': is not a boolean*")]
    [InlineData("", "error MSC0201: (missing): the value is missing*")]
    [InlineData("NA", "error MSC0201: (missing): the value is missing*")]
    public void Bad_boolean_is_reported(string value, string rule)
    {
        var path = Write($"id,event\nP1,{value}\n");
        using var csv = CsvTableReader.Open(path);
        csv.Read();
        FluentActions.Invoking(() => csv.GetBoolean("event")).Should().Throw<TabularInputException>().WithMessage("*:2:4 [event]: " + rule);
    }

    [Fact]
    public void Bad_date_is_reported_as_iso_rule()
    {
        var path = Write("date\n01/03/2021\n");
        using var csv = CsvTableReader.Open(path);
        csv.Read();
        FluentActions.Invoking(() => csv.GetDate("date")).Should().Throw<TabularInputException>().WithMessage("*:2:1 [date]: error MSC0202: '01/03/2021': is not an ISO date*yyyy-MM-dd*");
    }

    [Fact]
    public void Missing_file_and_empty_file_and_duplicate_header_are_rejected()
    {
        FluentActions.Invoking(() => CsvTableReader.Open(Path.Combine(_dir, "nope.csv"))).Should().Throw<TabularInputException>().WithMessage("*nope.csv: error MSC0110: *cannot open the file*");
        FluentActions.Invoking(() => CsvTableReader.Open(Write(string.Empty))).Should().Throw<TabularInputException>().WithMessage("*:1: error MSC0106: *the file is empty*");
        FluentActions.Invoking(() => CsvTableReader.Open(Write("id,ID\n1,2\n"))).Should().Throw<TabularInputException>().Where(e => e.Code == "MSC0103").WithMessage("*column 'ID' appears more than once*");
    }

    [Fact]
    public void Unknown_column_on_access_is_reported()
    {
        using var csv = CsvTableReader.Open(Write("id\nP1\n"));
        csv.Read();
        FluentActions.Invoking(() => csv.GetOptionalString("arm")).Should().Throw<TabularInputException>().WithMessage("*column 'arm' is not in the header*");
    }
}
