using MscDomain.Analysis;
using MscDomain.Tabular;
using MscDomain.Tabular.Csv;

namespace MscDomain.Tests.Tabular.Csv;

public sealed class SurvivalCsvTest : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"mscdomain-survival-{Guid.NewGuid():N}.csv");

    public void Dispose() => File.Delete(_path);

    [Fact]
    public void Reads_rows_with_group_and_id()
    {
        File.WriteAllLines(_path, ["subject,arm,days,progressed", "S1,MSC,120,yes", "S2,Placebo,30.5,0"]);
        SurvivalCsv.Read(_path, "days", "progressed", "arm", "subject").Should().Equal(
            new SurvivalObservation("S1", "MSC", 120m, true), new SurvivalObservation("S2", "Placebo", 30.5m, false));
    }

    [Fact]
    public void Without_group_and_id_rows_are_one_group_named_by_line()
    {
        File.WriteAllLines(_path, ["days,event", "10,1"]);
        SurvivalCsv.Read(_path, "days", "event").Single().Should().Be(new SurvivalObservation("line 2", "All", 10m, true));
    }

    [Fact]
    public void Negative_time_and_empty_file_are_reported()
    {
        File.WriteAllLines(_path, ["days,event", "10,1", "-3,0"]);
        FluentActions.Invoking(() => SurvivalCsv.Read(_path, "days", "event")).Should().Throw<TabularInputException>()
            .Where(e => e.Line == 3 && e.Column == "days" && e.Code == "MSC0203").WithMessage("*:3:1 [days]: error MSC0203: '-3': is negative*");
        File.WriteAllLines(_path, ["days,event"]);
        FluentActions.Invoking(() => SurvivalCsv.Read(_path, "days", "event")).Should().Throw<TabularInputException>().Where(e => e.Code == "MSC0108").WithMessage("*no data rows*");
    }
}
