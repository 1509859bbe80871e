using ScottPlot;

namespace MscDomain.Plotting;

/// <summary>
/// The shared look of MscDomain figures: sans-serif text at print sizes and series styles that stay
/// distinguishable in greyscale.
/// </summary>
/// <remarks>
/// Series colours are ordered by strictly increasing lightness (CIE L* ≈ 15, 45, 62, 75 for groups;
/// ≈ 88, 70, 52, 32, 5 for adverse-event grades 1 to 5, darker = more severe), and each group also
/// gets its own line pattern and marker shape, so figures read the same in black-and-white print and
/// for colour-blind readers.
/// </remarks>
internal static class PlotTheme
{
    public const float TitleSize = 20;
    public const float LabelSize = 17;
    public const float TickSize = 14;
    public const float TextSize = 14;

    /// <summary>Group (arm) colours, dark to light.</summary>
    public static readonly Color[] GroupColors =
    [
        Color.FromHex("#1A1A1A"),
        Color.FromHex("#B2182B"),
        Color.FromHex("#2C7FB8"),
        Color.FromHex("#E08214"),
        Color.FromHex("#8DA0CB"),
    ];

    public static readonly LinePattern[] GroupPatterns =
    [
        LinePattern.Solid,
        LinePattern.Dashed,
        LinePattern.Dotted,
        LinePattern.DenselyDashed,
        LinePattern.Solid,
    ];

    public static readonly MarkerShape[] GroupMarkers =
    [
        MarkerShape.FilledCircle,
        MarkerShape.FilledSquare,
        MarkerShape.FilledTriangleUp,
        MarkerShape.FilledDiamond,
        MarkerShape.OpenCircle,
    ];

    /// <summary>Adverse-event grade colours for grades 1 to 5 (index 0 = grade 1), light to dark.</summary>
    public static readonly Color[] GradeColors =
    [
        Color.FromHex("#FDE0C5"),
        Color.FromHex("#F9A65A"),
        Color.FromHex("#D9480F"),
        Color.FromHex("#7F2704"),
        Color.FromHex("#000000"),
    ];

    private static readonly Lazy<string> SansFont = new(() =>
        new[] { "Arial", "Helvetica", "Liberation Sans", "DejaVu Sans", "Noto Sans" }
            .FirstOrDefault(f => SkiaSharp.SKFontManager.Default.GetFontFamilies().Contains(f, StringComparer.OrdinalIgnoreCase)) ?? Fonts.Sans);

    /// <summary>The sans-serif font used for every text (the first installed of Arial, Helvetica, Liberation Sans, DejaVu Sans, Noto Sans).</summary>
    public static string Font => SansFont.Value;

    public static Color GroupColor(int i) => GroupColors[i % GroupColors.Length];

    public static LinePattern GroupPattern(int i) => GroupPatterns[i % GroupPatterns.Length];

    public static MarkerShape GroupMarker(int i) => GroupMarkers[i % GroupMarkers.Length];

    /// <summary>Applies fonts, sizes and a light grid to <paramref name="plot"/>.</summary>
    public static void Apply(Plot plot)
    {
        plot.Font.Set(Font);
        plot.Axes.Title.Label.FontSize = TitleSize;
        plot.Axes.Title.Label.Bold = true;
        foreach (var axis in plot.Axes.GetAxes())
        {
            axis.Label.FontSize = LabelSize;
            axis.Label.Bold = false;
            axis.TickLabelStyle.FontSize = TickSize;
        }

        plot.Grid.MajorLineColor = Color.FromHex("#E6E6E6");
        plot.Legend.FontSize = TextSize;
        plot.Legend.OutlineColor = Color.FromHex("#BBBBBB");
        plot.Legend.ShadowColor = Colors.Transparent;
        plot.Legend.FontName = Font;
        plot.Legend.SymbolWidth = 34;
    }
}
