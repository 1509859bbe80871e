using System.Globalization;
using MscDomain.Analysis;
using ScottPlot;

namespace MscDomain.Plotting;

/// <summary>
/// Kaplan-Meier figure: one step curve per group with censoring ticks, optional pointwise confidence
/// bands, and the numbers at risk in a table under the x-axis.
/// </summary>
/// <remarks>
/// Follows common reporting guidance for survival figures (Pocock, Clayton &amp; Altman 2002,
/// <i>Lancet</i> 359:1686: show numbers at risk, mark censoring, show uncertainty). Groups get the
/// greyscale-safe styles of the library (distinct lightness, line pattern).
/// </remarks>
public static class KaplanMeierPlot
{
    /// <summary>Renders the figure to PNG or SVG bytes.</summary>
    /// <param name="result">The Kaplan-Meier curves, e.g. from <see cref="KaplanMeier.Estimate(IReadOnlyList{SurvivalObservation}, KaplanMeierOptions?)"/>.</param>
    /// <param name="format">The image format.</param>
    /// <param name="widthPixels">Image width in pixels (200 to 10,000).</param>
    /// <param name="heightPixels">Image height in pixels (200 to 10,000), including the numbers-at-risk table.</param>
    /// <param name="options">Labels and parts to show; <see langword="null"/> for defaults.</param>
    /// <returns>The encoded image (PNG bytes, or UTF-8 SVG text).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A size is outside 200 to 10,000 pixels.</exception>
    /// <exception cref="ArgumentException"><see cref="KaplanMeierPlotOptions.TimesDays"/> are negative or not ascending, or the result has no curves.</exception>
    public static byte[] Render(KaplanMeierResult result, PlotImageFormat format, int widthPixels, int heightPixels, KaplanMeierPlotOptions? options = null)
    {
        PlotOutput.ValidateSize(widthPixels, heightPixels);
        var multiplot = Build(result, options ?? KaplanMeierPlotOptions.Default, widthPixels, heightPixels);
        return PlotOutput.Render(multiplot, format, widthPixels, heightPixels);
    }

    /// <summary>Renders the figure to a .png or .svg file (format from the extension), via a temporary file so no partial output is left on error.</summary>
    /// <param name="result">The Kaplan-Meier curves.</param>
    /// <param name="path">The output file; its extension (.png or .svg) chooses the format.</param>
    /// <param name="widthPixels">Image width in pixels (200 to 10,000).</param>
    /// <param name="heightPixels">Image height in pixels (200 to 10,000).</param>
    /// <param name="options">Labels and parts to show; <see langword="null"/> for defaults.</param>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A size is outside 200 to 10,000 pixels.</exception>
    /// <exception cref="ArgumentException">The extension is not .png or .svg, or the options are invalid.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public static void Save(KaplanMeierResult result, string path, int widthPixels, int heightPixels, KaplanMeierPlotOptions? options = null)
    {
        var format = PlotOutput.FormatFromPath(path);
        PlotOutput.WriteAtomically(path, Render(result, format, widthPixels, heightPixels, options));
    }

    internal static Multiplot Build(KaplanMeierResult result, KaplanMeierPlotOptions options, int widthPixels, int heightPixels)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(options);
        if (result.Curves.IsDefaultOrEmpty)
        {
            throw new ArgumentException("The Kaplan-Meier result has no curves to plot.", nameof(result));
        }

        var maxTime = result.Curves.SelectMany(c => c.Steps).Select(s => s.TimeDays).DefaultIfEmpty(0m).Max();
        var times = options.TimesDays ?? NiceTicks.FromZero(maxTime);
        var table = result.NumbersAtRisk(times); // validates the times
        var xMax = (double)Math.Max(maxTime, times[^1]);
        if (xMax <= 0)
        {
            xMax = 1;
        }

        var longestGroup = result.Curves.Max(c => c.Group.Length);
        var leftPadding = Math.Max(95f, (longestGroup * 9.5f) + 28f);
        const float rightPadding = 35f;
        var hasTitle = !string.IsNullOrWhiteSpace(options.Title);

        var main = new Plot();
        PlotTheme.Apply(main);
        main.Layout.Fixed(new PixelPadding(leftPadding, rightPadding, 70, hasTitle ? 50 : 20));
        if (hasTitle)
        {
            main.Title(options.Title!);
        }

        main.XLabel(options.XAxisLabel);
        main.YLabel(options.YAxisLabel);

        for (var g = 0; g < result.Curves.Length; g++)
        {
            AddCurve(main, result.Curves[g], g, options);
        }

        var xTicks = new ScottPlot.TickGenerators.NumericManual();
        foreach (var t in times)
        {
            xTicks.AddMajor((double)t, Format(t));
        }

        main.Axes.Bottom.TickGenerator = xTicks;
        var yTicks = new ScottPlot.TickGenerators.NumericManual();
        for (var y = 0; y <= 10; y += 2)
        {
            yTicks.AddMajor(y / 10.0, (y / 10.0).ToString("0.0", CultureInfo.InvariantCulture));
        }

        main.Axes.Left.TickGenerator = yTicks;
        var xPad = xMax * 0.02;
        main.Axes.SetLimits(-xPad, xMax + xPad, -0.03, 1.04);

        var legendLines = result.Curves.Select(c => $"{c.Group} (n = {c.Subjects}, events = {c.Events})").ToList();
        if (options.LogRank is { } lr)
        {
            var p = lr.PValue < 0.001 ? "p < 0.001" : "p = " + lr.PValue.ToString("0.000", CultureInfo.InvariantCulture);
            legendLines.Add($"Log-rank χ² = {lr.ChiSquare.ToString("0.00", CultureInfo.InvariantCulture)}, df = {lr.DegreesOfFreedom}, {p}");
        }

        main.Legend.ManualItems.Clear();
        for (var g = 0; g < legendLines.Count; g++)
        {
            main.Legend.ManualItems.Add(g < result.Curves.Length
                ? new LegendItem { LabelText = legendLines[g], LineColor = PlotTheme.GroupColor(g), LinePattern = PlotTheme.GroupPattern(g), LineWidth = 2.5f }
                : new LegendItem { LabelText = legendLines[g], LineWidth = 0 });
        }

        main.Legend.IsVisible = true;
        main.Legend.FontSize = PlotTheme.TextSize;
        main.Legend.BackgroundColor = Colors.White.WithAlpha(0.9);
        var tableHeightEstimate = options.ShowNumbersAtRisk ? 52f + (26f * result.Curves.Length) : 0f;
        var dataWidth = widthPixels - leftPadding - rightPadding;
        var dataHeight = heightPixels - tableHeightEstimate - 70f - (hasTitle ? 50f : 20f);
        var legendWidth = 30f + 34f + (legendLines.Max(l => l.Length) * 8.2f);
        var legendHeight = 16f + (22f * legendLines.Count);
        main.Legend.Alignment = LegendCorner(result, -xPad, xMax + xPad, -0.03, 1.04, legendWidth / dataWidth, legendHeight / dataHeight);

        var multiplot = new Multiplot(main);
        if (!options.ShowNumbersAtRisk)
        {
            multiplot.Layout = new StackedRowsLayout(0);
            multiplot.Subplots.Add(EmptyPanel());
            return multiplot;
        }

        var rowHeight = 26f;
        var tableHeight = 40f + (rowHeight * result.Curves.Length) + 12f;
        if (tableHeight > heightPixels * 0.45f)
        {
            tableHeight = heightPixels * 0.45f;
        }

        multiplot.Layout = new StackedRowsLayout(tableHeight);
        multiplot.Subplots.Add(BuildRiskTable(table, leftPadding, rightPadding, -xPad, xMax + xPad));
        return multiplot;
    }

    private static void AddCurve(Plot plot, KaplanMeierCurve curve, int index, KaplanMeierPlotOptions options)
    {
        var color = PlotTheme.GroupColor(index);
        var pattern = PlotTheme.GroupPattern(index);
        var xs = new List<double> { 0 };
        var ys = new List<double> { 1 };
        var lo = new List<double> { 1 };
        var hi = new List<double> { 1 };
        foreach (var s in curve.Steps)
        {
            xs.Add((double)s.TimeDays);
            ys.Add(s.Survival);
            lo.Add(s.Lower);
            hi.Add(s.Upper);
        }

        if (options.ShowConfidenceBands && curve.Steps.Length > 0)
        {
            // Step-shaped band: each interval holds from its time to the next time.
            var bx = new List<double>();
            var bl = new List<double>();
            var bh = new List<double>();
            for (var i = 0; i < xs.Count; i++)
            {
                bx.Add(xs[i]);
                bl.Add(lo[i]);
                bh.Add(hi[i]);
                if (i + 1 < xs.Count)
                {
                    bx.Add(xs[i + 1]);
                    bl.Add(lo[i]);
                    bh.Add(hi[i]);
                }
            }

            var band = plot.Add.FillY(bx.ToArray(), bl.ToArray(), bh.ToArray());
            band.FillColor = color.WithAlpha(0.13);
            band.LineWidth = 0;
            band.LineColor = Colors.Transparent;
        }

        var line = plot.Add.Scatter(xs.ToArray(), ys.ToArray(), color);
        line.ConnectStyle = ConnectStyle.StepHorizontal;
        line.LineWidth = 2.5f;
        line.LinePattern = pattern;
        line.MarkerSize = 0;

        if (options.ShowCensorTicks)
        {
            var censored = curve.Steps.Where(s => s.Censored > 0).ToArray();
            if (censored.Length > 0)
            {
                var ticks = plot.Add.Markers(
                    censored.Select(s => (double)s.TimeDays).ToArray(),
                    censored.Select(s => s.Survival).ToArray(),
                    MarkerShape.VerticalBar,
                    11,
                    color);
                ticks.MarkerLineWidth = 1.8f;
            }
        }
    }

    private static Plot BuildRiskTable(NumbersAtRiskTable table, float leftPadding, float rightPadding, double xMin, double xMax)
    {
        var plot = new Plot();
        PlotTheme.Apply(plot);
        plot.Layout.Fixed(new PixelPadding(leftPadding, rightPadding, 12, 40));
        plot.Axes.Frame(false);
        plot.HideGrid();
        var k = table.Rows.Length;
        var yTicks = new ScottPlot.TickGenerators.NumericManual();
        for (var r = 0; r < k; r++)
        {
            var row = table.Rows[r];
            var y = k - 1 - r;
            yTicks.AddMajor(y, row.Group);
            for (var c = 0; c < table.TimesDays.Length; c++)
            {
                var text = plot.Add.Text(row.AtRisk[c].ToString(CultureInfo.InvariantCulture), (double)table.TimesDays[c], y);
                text.LabelFontSize = PlotTheme.TextSize;
                text.LabelFontName = PlotTheme.Font;
                text.LabelFontColor = PlotTheme.GroupColor(r);
                text.LabelAlignment = Alignment.MiddleCenter;
            }
        }

        plot.Axes.Left.TickGenerator = yTicks;
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.Left.MinorTickStyle.Length = 0;
        plot.Axes.Left.FrameLineStyle.Width = 0;
        plot.Axes.Left.TickLabelStyle.FontSize = PlotTheme.TextSize;
        plot.Axes.Bottom.IsVisible = false;
        plot.Axes.Title.Label.Text = "Number at risk";
        plot.Axes.Title.Label.FontSize = PlotTheme.TextSize + 1;
        plot.Axes.Title.Label.Bold = true;
        plot.Axes.Title.IsVisible = true;
        plot.Axes.SetLimits(xMin, xMax, -0.5, k - 0.5);
        return plot;
    }

    /// <summary>
    /// The first corner (upper right, lower left, lower right, upper left) where a legend box of the given
    /// size (fractions of the data area, plus a margin) covers no point of any curve; upper right when none is free.
    /// </summary>
    internal static Alignment LegendCorner(KaplanMeierResult result, double x0, double x1, double y0, double y1, double widthFraction, double heightFraction)
    {
        var w = Math.Min(1.0, widthFraction + 0.03);
        var h = Math.Min(1.0, heightFraction + 0.03);
        var corners = new (Alignment Corner, double Left, double Bottom)[]
        {
            (Alignment.UpperRight, 1 - w, 1 - h),
            (Alignment.LowerLeft, 0, 0),
            (Alignment.LowerRight, 1 - w, 0),
            (Alignment.UpperLeft, 0, 1 - h),
        };

        foreach (var (corner, left, bottom) in corners)
        {
            var bx0 = x0 + (left * (x1 - x0));
            var bx1 = bx0 + (w * (x1 - x0));
            var by0 = y0 + (bottom * (y1 - y0));
            var by1 = by0 + (h * (y1 - y0));
            if (!result.Curves.Any(c => Crosses(c, bx0, bx1, by0, by1)))
            {
                return corner;
            }
        }

        return Alignment.UpperRight;
    }

    /// <summary>Whether the step curve (horizontal runs and vertical drops) enters the box.</summary>
    private static bool Crosses(KaplanMeierCurve curve, double bx0, double bx1, double by0, double by1)
    {
        var x = 0.0;
        var y = 1.0;
        foreach (var s in curve.Steps)
        {
            var t = (double)s.TimeDays;
            if (t >= bx0 && x <= bx1 && y >= by0 && y <= by1)
            {
                return true; // horizontal run [x, t] at y
            }

            if (t >= bx0 && t <= bx1 && Math.Max(y, s.Survival) >= by0 && Math.Min(y, s.Survival) <= by1)
            {
                return true; // vertical drop at t
            }

            x = t;
            y = s.Survival;
        }

        return false;
    }

    private static Plot EmptyPanel()
    {
        var plot = new Plot();
        plot.Axes.Frame(false);
        plot.HideAxesAndGrid();
        return plot;
    }

    internal static string Format(decimal t) => t.ToString("0.##", CultureInfo.InvariantCulture);
}
