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
}
