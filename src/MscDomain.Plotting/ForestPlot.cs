using System.Globalization;
using MscDomain.Analysis;
using ScottPlot;

namespace MscDomain.Plotting;

/// <summary>
/// Forest plot of a meta-analysis: each study's estimate (a square sized by its weight) with its confidence interval, the
/// pooled estimate as a diamond spanning its CI, the prediction interval, the heterogeneity statistics, and the axis
/// labelled on the back-transformed scale (ratios on a log axis).
/// </summary>
/// <remarks>
/// Layout as metafor's <c>forest()</c> and the PRISMA 2020 guidance for presenting syntheses (Page et al. 2021, <i>BMJ</i>
/// 372:n71, item 20b: per-study estimates with CIs and the summary estimate with its CI and heterogeneity). Study CIs use the
/// normal quantile of the fit's level; the numbers at the right are back-transformed estimates [CI] and weights.
/// </remarks>
public static class ForestPlot
{
    /// <summary>Renders the figure to PNG or SVG bytes.</summary>
    /// <param name="result">The fitted meta-analysis.</param>
    /// <param name="format">The image format.</param>
    /// <param name="widthPixels">Image width in pixels (200 to 10,000).</param>
    /// <param name="heightPixels">Image height in pixels (200 to 10,000).</param>
    /// <param name="options">Labels and parts to show; <see langword="null"/> for defaults.</param>
    /// <returns>The encoded image.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A size is outside 200 to 10,000 pixels.</exception>
    public static byte[] Render(MetaAnalysisResult result, PlotImageFormat format, int widthPixels, int heightPixels, ForestPlotOptions? options = null)
    {
        PlotOutput.ValidateSize(widthPixels, heightPixels);
        return PlotOutput.Render(Build(result, options ?? ForestPlotOptions.Default), format, widthPixels, heightPixels);
    }

    /// <summary>Renders the figure to a .png or .svg file (format from the extension) via a temporary file.</summary>
    /// <param name="result">The fitted meta-analysis.</param>
    /// <param name="path">The output file (.png or .svg).</param>
    /// <param name="widthPixels">Image width in pixels (200 to 10,000).</param>
    /// <param name="heightPixels">Image height in pixels (200 to 10,000).</param>
    /// <param name="options">Labels and parts to show; <see langword="null"/> for defaults.</param>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A size is outside 200 to 10,000 pixels.</exception>
    /// <exception cref="ArgumentException">The extension is not .png or .svg.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public static void Save(MetaAnalysisResult result, string path, int widthPixels, int heightPixels, ForestPlotOptions? options = null)
    {
        var format = PlotOutput.FormatFromPath(path);
        PlotOutput.WriteAtomically(path, Render(result, format, widthPixels, heightPixels, options));
    }

    /// <summary>A sensible height for <paramref name="studies"/> rows: 34 pixels a row plus room for axes and text.</summary>
    /// <param name="studies">Number of studies.</param>
    /// <returns>Height in pixels (at least 300).</returns>
    public static int SuggestedHeight(int studies) => Math.Clamp(230 + (34 * studies), 300, PlotOutput.MaxPixels);

    internal static Plot Build(MetaAnalysisResult result, ForestPlotOptions options)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(options);
        var k = result.K;
        var isRandom = result.Method is not (TauSquaredEstimator.EE or TauSquaredEstimator.FE);
        var showPi = options.ShowPredictionInterval && isRandom;

        var plot = new Plot();
        PlotTheme.Apply(plot);
        var longest = result.Studies.Select(s => s.Study.Length).Append(24).Max();
        plot.Layout.Fixed(new PixelPadding(Math.Min(420f, (longest * 8.5f) + 30f), 250f, 70f, string.IsNullOrWhiteSpace(options.Title) ? 20f : 50f));
        if (!string.IsNullOrWhiteSpace(options.Title))
        {
            plot.Title(options.Title!);
        }

        plot.XLabel(options.XAxisLabel ?? ScaleLabel(result.Scale));
        var leftTicks = new ScottPlot.TickGenerators.NumericManual();
        var rightTicks = new ScottPlot.TickGenerators.NumericManual();
        var lows = new List<double>();
        var highs = new List<double>();
        var maxWeight = result.Studies.Max(s => s.WeightPercent);
        var ink = Color.FromHex("#1A1A1A");

        for (var i = 0; i < k; i++)
        {
            var s = result.Studies[i];
            var y = (double)(k - i) + (showPi ? 2.5 : 1.5);
            var (lo, hi) = result.StudyInterval(s);
            lows.Add(lo);
            highs.Add(hi);
            var line = plot.Add.Line(lo, y, hi, y);
            line.LineColor = ink;
            line.LineWidth = 1.5f;
            var size = (float)(6 + (16 * Math.Sqrt(s.WeightPercent / maxWeight)));
            plot.Add.Marker(s.Yi, y, MarkerShape.FilledSquare, size, ink);
            leftTicks.AddMajor(y, s.Study);
            rightTicks.AddMajor(y, Interval(result, s.Yi, lo, hi) + "  " + s.WeightPercent.ToString("0.0", CultureInfo.InvariantCulture) + "%");
        }

        // Pooled diamond.
        var pooledY = showPi ? 1.5 : 0.8;
        var diamond = plot.Add.Polygon(
        [
            new Coordinates(result.CiLower, pooledY), new Coordinates(result.Estimate, pooledY + 0.35),
            new Coordinates(result.CiUpper, pooledY), new Coordinates(result.Estimate, pooledY - 0.35),
        ]);
        diamond.FillColor = PlotTheme.GroupColor(1);
        diamond.LineColor = ink;
        diamond.LineWidth = 1;
        leftTicks.AddMajor(pooledY, ModelLabel(result));
        rightTicks.AddMajor(pooledY, Interval(result, result.Estimate, result.CiLower, result.CiUpper) + "  100%");
        lows.Add(result.CiLower);
        highs.Add(result.CiUpper);

        if (showPi)
        {
            const double piY = 0.6;
            var pi = plot.Add.Line(result.PiLower, piY, result.PiUpper, piY);
            pi.LineColor = PlotTheme.GroupColor(1);
            pi.LineWidth = 2.5f;
            pi.LinePattern = LinePattern.Dashed;
            foreach (var end in new[] { result.PiLower, result.PiUpper })
            {
                var cap = plot.Add.Line(end, piY - 0.15, end, piY + 0.15);
                cap.LineColor = PlotTheme.GroupColor(1);
                cap.LineWidth = 2.5f;
            }

            leftTicks.AddMajor(piY, "Prediction interval");
            rightTicks.AddMajor(piY, "[" + Fmt(result.BackTransform(result.PiLower)) + ", " + Fmt(result.BackTransform(result.PiUpper)) + "]");
            lows.Add(result.PiLower);
            highs.Add(result.PiUpper);
        }

        // The line of no effect (0 on the analysis scale: ratio 1, difference 0); not drawn for single-group proportions.
        var xMin = lows.Min();
        var xMax = highs.Max();
        if (result.Scale is EffectScale.Log or EffectScale.Identity)
        {
            plot.Add.VerticalLine(0, 1.2f, Color.FromHex("#666666"), LinePattern.Dashed);
            xMin = Math.Min(xMin, 0);
            xMax = Math.Max(xMax, 0);
        }

        var pad = Math.Max(1e-9, (xMax - xMin) * 0.06);
        var headerY = k + (showPi ? 3.3 : 2.3);
        leftTicks.AddMajor(headerY, "Study");
        rightTicks.AddMajor(headerY, (result.Scale == EffectScale.Identity ? "Estimate" : "Back-transformed") + " ["
            + (result.ConfidenceLevel * 100).ToString("0.##", CultureInfo.InvariantCulture) + "% CI]  Weight");
        var yTop = headerY + 0.6;
        var yBottom = options.ShowHeterogeneity ? -0.5 : (showPi ? 0.1 : 0.2);
        plot.Axes.SetLimits(xMin - pad, xMax + pad, yBottom, yTop);
        plot.Axes.SetLimitsY(yBottom, yTop, plot.Axes.Right);
        plot.Axes.Left.TickGenerator = leftTicks;
        plot.Axes.Right.TickGenerator = rightTicks;
        plot.Axes.Bottom.TickGenerator = XTicks(result.Scale, xMin - pad, xMax + pad);
        foreach (var axis in new[] { plot.Axes.Left, plot.Axes.Right })
        {
            axis.TickLabelStyle.FontSize = PlotTheme.TextSize;
            axis.TickLabelStyle.FontName = PlotTheme.Font;
            axis.MajorTickStyle.Length = 0;
            axis.FrameLineStyle.Width = 0;
        }

        plot.Axes.Top.FrameLineStyle.Width = 0;
        plot.Grid.YAxisStyle.IsVisible = false;

        if (options.ShowHeterogeneity)
        {
            var het = plot.Add.Annotation(Heterogeneity(result), Alignment.LowerLeft);
            het.LabelFontSize = PlotTheme.TextSize - 1;
            het.LabelFontName = PlotTheme.Font;
            het.LabelBackgroundColor = Colors.Transparent;
            het.LabelBorderColor = Colors.Transparent;
            het.LabelShadowColor = Colors.Transparent;
            het.OffsetY = 2;
        }

        return plot;
    }

    /// <summary>τ², I², H² and Q with df and p, as printed under a forest plot.</summary>
    internal static string Heterogeneity(MetaAnalysisResult r)
    {
        var p = r.K == 1 ? "-" : r.QPValue < 0.001 ? "< 0.001" : "= " + r.QPValue.ToString("0.000", CultureInfo.InvariantCulture);
        return string.Create(CultureInfo.InvariantCulture,
            $"Heterogeneity: τ² = {r.TauSquared:0.0000}; I² = {r.ISquared:0.0}%; H² = {r.HSquared:0.00}; Q = {r.Q:0.00} (df = {r.QDf}), p {p}");
    }

    private static string ModelLabel(MetaAnalysisResult r)
    {
        var model = r.Method is TauSquaredEstimator.EE or TauSquaredEstimator.FE ? "EE model" : $"RE model ({r.Method}";
        if (model.StartsWith("RE", StringComparison.Ordinal))
        {
            model += r.KnappHartungApplied ? ", knha)" : ")";
        }

        return model + " (k = " + r.K.ToString(CultureInfo.InvariantCulture) + ")";
    }

    private static string ScaleLabel(EffectScale scale) => scale switch
    {
        EffectScale.Log => "Ratio (log scale)",
        EffectScale.Logit or EffectScale.ArcsineSquareRoot => "Proportion",
        _ => "Effect size",
    };

    private static string Interval(MetaAnalysisResult r, double y, double lo, double hi) =>
        Fmt(r.BackTransform(y)) + " [" + Fmt(r.BackTransform(lo)) + ", " + Fmt(r.BackTransform(hi)) + "]";

    private static string Fmt(double v) => v.ToString(Math.Abs(v) >= 100 ? "0" : "0.00", CultureInfo.InvariantCulture);

    /// <summary>Ticks at round values of the display scale, placed at their analysis-scale positions.</summary>
    private static ScottPlot.TickGenerators.NumericManual XTicks(EffectScale scale, double lo, double hi)
    {
        var ticks = new ScottPlot.TickGenerators.NumericManual();
        if (scale == EffectScale.Identity)
        {
            foreach (var t in RoundTicks(lo, hi))
            {
                ticks.AddMajor(t, t.ToString("0.###", CultureInfo.InvariantCulture));
            }

            return ticks;
        }

        // Candidates in order of importance; a tick is kept when it is at least 1/8 of the axis away from every kept one.
        double[] candidates = scale == EffectScale.Log
            ? [1, 0.5, 2, 0.1, 10, 0.2, 5, 0.25, 4, 0.01, 100, 0.05, 20, 0.02, 50]
            : [0.5, 0.1, 0.9, 0.01, 0.99, 0.25, 0.75, 0.05, 0.95, 0.2, 0.8, 0.3, 0.7, 0.4, 0.6];
        var minGap = (hi - lo) / 8;
        var kept = new List<(double Display, double At)>();
        foreach (var c in candidates)
        {
            var at = Forward(scale, c);
            if (at >= lo && at <= hi && kept.All(k => Math.Abs(k.At - at) >= minGap))
            {
                kept.Add((c, at));
            }
        }

        foreach (var (display, at) in kept.OrderBy(k => k.At))
        {
            ticks.AddMajor(at, display.ToString("0.##", CultureInfo.InvariantCulture));
        }

        return ticks;
    }

    private static double Forward(EffectScale scale, double display) => scale switch
    {
        EffectScale.Log => Math.Log(display),
        EffectScale.Logit => Math.Log(display / (1 - display)),
        EffectScale.ArcsineSquareRoot => Math.Asin(Math.Sqrt(display)),
        _ => display,
    };

    private static IEnumerable<double> RoundTicks(double lo, double hi)
    {
        var span = hi - lo;
        var raw = span / 6;
        var mag = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var step = new[] { 1.0, 2.0, 2.5, 5.0, 10.0 }.Select(m => m * mag).First(s => s >= raw);
        for (var t = Math.Ceiling(lo / step) * step; t <= hi + (step * 1e-9); t += step)
        {
            yield return Math.Abs(t) < step * 1e-9 ? 0 : t;
        }
    }
}
