using System.Text.Json;
using MscDomain.Disability;
using MscDomain.Serialization;
using static MscDomain.Tests.Disability.ConfirmedChangeTestHelpers;

namespace MscDomain.Tests.Disability;

public sealed class MsprogResultsTableTest
{
    [Theory]
    [InlineData("6.0", "6")]
    [InlineData("1.50", "1.5")]
    [InlineData("0", "0")]
    [InlineData("12.000", "12")]
    [InlineData("0.1", "0.1")]
    public void Numbers_are_written_as_R_prints_them(string value, string expected) =>
        MsprogResultsTable.Number(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)).Should().Be(expected);

    [Fact]
    public void Csv_quotes_text_and_dates_like_write_csv()
    {
        var o = new ConfirmedChangeOptions();
        var r = Run(Every90(0m, 1.5m, 1.5m));
        var sw = new StringWriter();
        MscDomain.Tabular.Progression.RWriteCsv.Write(sw, MsprogResultsTable.ResultsHeader(o), MsprogResultsTable.ResultsRows("E01", r, o));
        sw.ToString().Should().Be(
            "\"id\",\"nevent\",\"event_type\",\"total_fu\",\"date\",\"value\",\"bl_date\",\"bl_value\",\"last_delta_date\",\"last_delta_value\",\"bl2event\",\"time2event\",\"sust_days\",\"sust_last\",\"conf84_date\",\"conf84_value\"\n" +
            "\"E01\",1,\"CDW\",180,\"2000-03-31\",1.5,\"2000-01-01\",0,\"2000-01-01\",0,90,90,90,TRUE,\"2000-06-29\",1.5\n");
    }

    [Fact]
    public void Day_number_output_writes_days()
    {
        var o = new ConfirmedChangeOptions();
        var row = MsprogResultsTable.ResultsRows("E01", Run(Every90(0m, 1.5m, 1.5m)), o, dayNumbers: true)[0];
        row[4].Should().Be("90");
        row[6].Should().Be("0");
    }

    [Fact]
    public void Event_free_rows_are_omitted_without_include_stable()
    {
        var o = new ConfirmedChangeOptions { IncludeStable = false };
        MsprogResultsTable.ResultsRows("E02", Run(Every90(0m, 1m, 1m)), o).Should().BeEmpty();
    }

    [Fact]
    public void Results_serialize_through_the_json_context()
    {
        var r = Run(Every90(0m, 1.5m, 1.5m));
        var json = JsonSerializer.Serialize(r, MscDomainJsonContext.Default.ConfirmedChangeResult);
        using var doc = JsonDocument.Parse(json);
        var e = doc.RootElement.GetProperty("events")[0];
        e.GetProperty("kind").GetString().Should().Be("cdw");
        e.GetProperty("onset").GetProperty("date").GetString().Should().Be("2000-03-31");
        e.GetProperty("onset").GetProperty("value").GetDecimal().Should().Be(1.5m);
        doc.RootElement.GetProperty("followUpDays").GetInt32().Should().Be(180);
    }
}
