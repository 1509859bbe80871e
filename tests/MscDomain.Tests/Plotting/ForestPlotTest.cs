using MscDomain.Analysis;
using MscDomain.Plotting;

namespace MscDomain.Tests.Plotting;

public sealed class ForestPlotTest : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("forest-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    internal static MetaAnalysisResult Bcg(TauSquaredEstimator method = TauSquaredEstimator.REML)
    {
        (string, int, int, int, int)[] bcg =
        [
            ("Aronson 1948", 4, 119, 11, 128), ("Ferguson & Simes 1949", 6, 300, 29, 274), ("Rosenthal et al 1960", 3, 228, 11, 209),
            ("Hart & Sutherland 1977", 62, 13536, 248, 12619), ("Frimodt-Moller et al 1973", 33, 5036, 47, 5761),
            ("Stein & Aronson 1953", 180, 1361, 372, 1079), ("Vandiviere et al 1973", 8, 2537, 10, 619), ("TPT Madras 1980", 505, 87886, 499, 87892),
            ("Coetzee & Berjak 1968", 29, 7470, 45, 7232), ("Rosenthal et al 1961", 17, 1699, 65, 1600), ("Comstock et al 1974", 186, 50448, 141, 27197),
            ("Comstock & Webster 1969", 5, 2493, 3, 2338), ("Comstock et al 1976", 27, 16886, 29, 17825),
        ];
        var effects = EffectSizes.Compute(EffectMeasure.RR, bcg.Select(t => new MetaStudyInput(t.Item1) { Ai = t.Item2, Bi = t.Item3, Ci = t.Item4, Di = t.Item5 }).ToList());
        return MetaAnalysis.Fit(effects, new MetaAnalysisOptions { Method = method });
    }

    [Fact]
    public void Renders_png_and_svg_at_the_requested_size()
    {
        var fit = Bcg();
        ImageAssertions.ShouldBePng(ForestPlot.Render(fit, PlotImageFormat.Png, 1100, ForestPlot.SuggestedHeight(fit.K)), 1100, ForestPlot.SuggestedHeight(fit.K));
        var svg = ForestPlot.Render(fit, PlotImageFormat.Svg, 1000, 700);
        ImageAssertions.ShouldBeSvg(svg, 1000, 700);
        var text = System.Text.Encoding.UTF8.GetString(svg);
        text.Should().Contain("Aronson 1948").And.Contain("Prediction interval").And.Contain("0.49 [0.34, 0.70]");
    }

    [Fact]
    public void Heterogeneity_line_reports_the_fit()
    {
        ForestPlot.Heterogeneity(Bcg()).Should().Be("Heterogeneity: τ² = 0.3132; I² = 92.2%; H² = 12.86; Q = 152.23 (df = 12), p < 0.001");
    }

    [Fact]
    public void Equal_effects_fit_has_no_prediction_row_and_single_study_renders()
    {
        var ee = Bcg(TauSquaredEstimator.EE);
        var svg = System.Text.Encoding.UTF8.GetString(ForestPlot.Render(ee, PlotImageFormat.Svg, 900, 600));
        svg.Should().NotContain("Prediction interval").And.Contain("EE model");
        var one = MetaAnalysis.Fit([new StudyEffect("Only", 0.2, 0.05)]);
        ImageAssertions.ShouldBePng(ForestPlot.Render(one, PlotImageFormat.Png, 800, 300), 800, 300);
    }

    [Fact]
    public void Save_writes_by_extension_and_refuses_others()
    {
        var path = Path.Combine(_dir, "forest.svg");
        ForestPlot.Save(Bcg(), path, 900, 600);
        File.ReadAllText(path).Should().StartWith("<");
        FluentActions.Invoking(() => ForestPlot.Save(Bcg(), Path.Combine(_dir, "f.jpg"), 900, 600)).Should().Throw<ArgumentException>();
        Directory.GetFiles(_dir).Should().ContainSingle();
    }

    [Fact]
    public void Documentation_image_renders_and_is_checked_in()
    {
        // MSCDOMAIN_WRITE_DOC_IMAGES=1 rewrites docs/images/forest-plot.png (the README figure); otherwise it goes to a temp folder.
        var fit = Bcg();
        var root = AppContext.BaseDirectory;
        while (!Directory.Exists(Path.Combine(root, "docs", "images")))
        {
            root = Path.GetDirectoryName(root)!;
        }

        var docs = Path.Combine(root, "docs", "images", "forest-plot.png");
        var target = Environment.GetEnvironmentVariable("MSCDOMAIN_WRITE_DOC_IMAGES") is "1" ? docs : Path.Combine(_dir, "forest-plot.png");
        var height = ForestPlot.SuggestedHeight(fit.K);
        ForestPlot.Save(fit, target, 1100, height,
            new ForestPlotOptions { Title = "BCG vaccine and tuberculosis (Colditz et al. 1994)", XAxisLabel = "Risk ratio (log scale)" });
        ImageAssertions.ShouldBePng(File.ReadAllBytes(target), 1100, height);
        ImageAssertions.ShouldBePng(File.ReadAllBytes(docs), 1100, height);
    }
}
