using MscDomain.Analysis;
using MscDomain.Plotting;

namespace MscDomain.Tests.Plotting;

public sealed class PlotRenderingTest : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("mscdomain-plot-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    public static TheoryData<string> Kinds => new() { "km", "edss", "swimmer" };

    private static byte[] Render(string kind, PlotImageFormat format, int w, int h) => kind switch
    {
        "km" => KaplanMeierPlot.Render(PlotFixtures.Km, format, w, h, new KaplanMeierPlotOptions { Title = "KM", LogRank = LogRankTest.Compare(Analysis.Freireich.Both) }),
        "edss" => EdssTrajectoryPlot.Render(PlotFixtures.Edss, format, w, h),
        _ => AdverseEventSwimmerPlot.Render(PlotFixtures.Lanes, format, w, h),
    };

    private static void Save(string kind, string path, int w, int h)
    {
        switch (kind)
        {
            case "km": KaplanMeierPlot.Save(PlotFixtures.Km, path, w, h); break;
            case "edss": EdssTrajectoryPlot.Save(PlotFixtures.Edss, path, w, h); break;
            default: AdverseEventSwimmerPlot.Save(PlotFixtures.Lanes, path, w, h); break;
        }
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Png_has_signature_and_requested_size(string kind) =>
        ImageAssertions.ShouldBePng(Render(kind, PlotImageFormat.Png, 640, 480), 640, 480);

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Svg_has_svg_root_and_requested_size(string kind) =>
        ImageAssertions.ShouldBeSvg(Render(kind, PlotImageFormat.Svg, 700, 500), 700, 500);

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Save_picks_format_from_extension(string kind)
    {
        var png = Path.Combine(_dir, kind + ".PNG");
        var svg = Path.Combine(_dir, kind + ".svg");
        Save(kind, png, 800, 600);
        Save(kind, svg, 800, 600);
        ImageAssertions.ShouldBePng(File.ReadAllBytes(png), 800, 600);
        ImageAssertions.ShouldBeSvg(File.ReadAllBytes(svg), 800, 600);
        Directory.GetFiles(_dir).Should().HaveCount(2, "no temporary files are left behind");
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Unknown_extension_is_rejected_and_nothing_written(string kind)
    {
        var path = Path.Combine(_dir, kind + ".jpg");
        FluentActions.Invoking(() => Save(kind, path, 800, 600)).Should().Throw<ArgumentException>().WithMessage("*'.jpg'*.png or .svg*");
        Directory.GetFiles(_dir).Should().BeEmpty();
    }

    [Theory]
    [InlineData(199, 400, "widthPixels")]
    [InlineData(400, 10_001, "heightPixels")]
    public void Sizes_outside_200_to_10000_pixels_are_rejected(int w, int h, string parameter) =>
        FluentActions.Invoking(() => Render("edss", PlotImageFormat.Png, w, h)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName(parameter);

    [Fact]
    public void Kaplan_Meier_without_bands_ticks_or_table_still_renders_at_size()
    {
        var bytes = KaplanMeierPlot.Render(PlotFixtures.Km, PlotImageFormat.Png, 500, 400,
            new KaplanMeierPlotOptions { ShowConfidenceBands = false, ShowCensorTicks = false, ShowNumbersAtRisk = false, TimesDays = [0m, 12m, 24m, 36m] });
        ImageAssertions.ShouldBePng(bytes, 500, 400);
    }

    [Fact]
    public void Kaplan_Meier_times_must_be_ascending() =>
        FluentActions.Invoking(() => KaplanMeierPlot.Render(PlotFixtures.Km, PlotImageFormat.Png, 500, 400, new KaplanMeierPlotOptions { TimesDays = [0m, 10m, 5m] }))
            .Should().Throw<ArgumentException>().WithMessage("*timesDays[2]*ascending*");

    [Fact]
    public void Kaplan_Meier_risk_table_is_a_second_panel_with_the_counts()
    {
        var multiplot = KaplanMeierPlot.Build(PlotFixtures.Km, new KaplanMeierPlotOptions { TimesDays = [0m, 10m, 20m, 30m] }, 800, 600);
        var table = multiplot.Subplots.GetPlot(1);
        var texts = table.GetPlottables<ScottPlot.Plottables.Text>().Select(t => t.LabelText).ToList();
        texts.Should().Equal("21", "15", "8", "4", "21", "8", "2", "0");
    }

    [Fact]
    public void Kaplan_Meier_svg_draws_each_panel_once()
    {
        var svg = System.Text.Encoding.UTF8.GetString(KaplanMeierPlot.Render(PlotFixtures.Km, PlotImageFormat.Svg, 800, 600));
        System.Text.RegularExpressions.Regex.Count(svg, "Number at risk").Should().Be(1);
        System.Text.RegularExpressions.Regex.Count(svg, "Days since randomisation").Should().Be(1);
    }

    [Fact]
    public void Legend_goes_to_a_corner_no_curve_passes_through()
    {
        // Curves that stay high (S >= 0.8) block the upper corners; the legend must go to the lower left.
        var rows = Enumerable.Range(0, 20).Select(i => new SurvivalObservation($"p{i}", i % 2 == 0 ? "A" : "B", 10 + i, i < 2)).ToArray();
        var high = KaplanMeier.Estimate(rows);
        KaplanMeierPlot.LegendCorner(high, 0, 30, 0, 1, 0.4, 0.2).Should().Be(ScottPlot.Alignment.LowerLeft);

        // Freireich: at the right end the curves are at 0.45 and 0, so the upper right is free.
        KaplanMeierPlot.LegendCorner(PlotFixtures.Km, 0, 40, 0, 1, 0.4, 0.2).Should().Be(ScottPlot.Alignment.UpperRight);
    }
}
