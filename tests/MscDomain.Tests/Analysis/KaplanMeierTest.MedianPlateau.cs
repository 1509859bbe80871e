using System.Globalization;
using MscDomain.Analysis;

namespace MscDomain.Tests.Analysis;

/// <summary>
/// Medians and confidence limits where S(t), or a confidence band, equals 0.5 over an interval. Expected values:
/// R survival 3.5.3, <c>summary(survfit(...))$table</c> (= <c>print.survfit</c>), produced by
/// <c>TestData/survival/median-plateau.R</c> into <c>median-plateau.csv</c>; the plain-median cases are also derived by hand.
/// </summary>
public sealed partial class KaplanMeierTest
{
    private static readonly Dictionary<string, (decimal Time, bool Event)[]> PlateauData = new()
    {
        ["even4"] = [(1, true), (2, true), (3, true), (4, true)],
        ["censored"] = [(1, false), (2, false), (3, true), (4, true), (7, true), (9, false)],
        ["plateau_to_end"] = [(1, true), (2, true), (3, false), (4, false)],
        ["tied"] = [(1, true), (1, true), (2, true), (2, true)],
        ["ten"] = [(2, true), (4, true), (6, true), (8, true), (10, true), (20, true), (20, false), (30, true), (40, false), (50, true)],
    };

    private static SurvivalMedian PlateauMedian(string dataset, ConfidenceIntervalType type = ConfidenceIntervalType.Log, decimal level = 0.95m)
    {
        var rows = PlateauData[dataset].Select((r, i) => new SurvivalObservation($"p{i}", "A", r.Time, r.Event)).ToArray();
        return KaplanMeier.Estimate(rows, new KaplanMeierOptions { ConfidenceInterval = type, ConfidenceLevel = level }).Curves[0].Median;
    }

    [Theory]
    [InlineData("even4", 2.5)]          // 1, 2, 3, 4 uncensored: S = 0.5 on [2, 3) -> (2 + 3) / 2, the usual median
    [InlineData("censored", 5.5)]       // S = 3/4 * 2/3 = 0.5 on [4, 7) -> 5.5 (in doubles 0.5000000000000001: within R's tolerance)
    [InlineData("tied", 1.5)]           // two events at 1 of 4: S = 0.5 on [1, 2) -> 1.5
    [InlineData("ten", 15)]             // S = 6/10 * 5/6 = 0.5 on [10, 20) -> 15
    [InlineData("plateau_to_end", 2)]   // S = 0.5 from 2 and never drops again: the start, 2
    public void Median_on_a_plateau_at_one_half_is_the_centre_of_the_plateau(string dataset, double expected) =>
        PlateauMedian(dataset).TimeDays.Should().Be((decimal)expected);

    [Fact]
    public void Median_just_below_one_half_is_the_first_time_not_a_centre()
    {
        // 7 subjects, S(4) = 2/7 < 0.5 (no plateau at 0.5): the first time at or below 0.5, as before.
        KaplanMeier.Estimate(TiedRows).Curves[0].Median.TimeDays.Should().Be(4m);
    }

    public static TheoryData<string, string, string, string?, string?, string?> RPlateauRows()
    {
        var data = new TheoryData<string, string, string, string?, string?, string?>();
        var path = Path.Combine(AppContext.BaseDirectory, "TestData", "survival", "median-plateau.csv");
        foreach (var line in File.ReadLines(path).Skip(1).Where(l => l.Length > 0))
        {
            var f = line.Split(',');
            string? N(string v) => v == "NA" ? null : v;
            data.Add(f[0], f[1], f[2], N(f[3]), N(f[4]), N(f[5]));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RPlateauRows))]
    public void Median_and_limits_agree_with_R_print_survfit(string dataset, string confType, string confInt, string? median, string? lower, string? upper)
    {
        var type = confType switch
        {
            "log" => ConfidenceIntervalType.Log,
            "log-log" => ConfidenceIntervalType.LogLog,
            "plain" => ConfidenceIntervalType.Plain,
            _ => throw new ArgumentOutOfRangeException(nameof(confType), confType, "unknown conf.type"),
        };
        var level = decimal.Parse(confInt, NumberStyles.Float, CultureInfo.InvariantCulture);
        decimal? D(string? v) => v is null ? null : decimal.Parse(v, NumberStyles.Float, CultureInfo.InvariantCulture);

        // With conf.int = 1e-9 both bands lie within R's 2^-26 tolerance of S, so the limits sit on the same plateau.
        PlateauMedian(dataset, type, level).Should().Be(new SurvivalMedian(D(median), D(lower), D(upper)));
    }

    [Fact]
    public void R_data_file_covers_every_dataset_and_scale()
    {
        RPlateauRows().Count().Should().Be(PlateauData.Count * 3 * 2);
    }
}
