using System.Globalization;
using MscDomain.Outcomes;
using NodaTime;
using ScottPlot;

namespace MscDomain.Plotting;

/// <summary>
/// One participant's EDSS (Expanded Disability Status Scale) over time with MSC administrations,
/// relapses, the baseline reference and the onset and confirmation of a disability event.
/// </summary>
public static class EdssTrajectoryPlot
{
    /// <summary>Renders the figure to PNG or SVG bytes.</summary>
    /// <param name="data">The participant's visits and events.</param>
    /// <param name="format">The image format.</param>
    /// <param name="widthPixels">Image width in pixels (200 to 10,000).</param>
    /// <param name="heightPixels">Image height in pixels (200 to 10,000).</param>
    /// <param name="options">Title and line style; <see langword="null"/> for defaults.</param>
    /// <returns>The encoded image (PNG bytes, or UTF-8 SVG text).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> or one of its lists is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A size is outside 200 to 10,000 pixels.</exception>
    /// <exception cref="ArgumentException">There are no visits, visit dates are not strictly ascending, an EDSS is not a valid step, or a route label is empty (the message names the item).</exception>
    public static byte[] Render(EdssTrajectoryData data, PlotImageFormat format, int widthPixels, int heightPixels, EdssTrajectoryPlotOptions? options = null)
    {
        PlotOutput.ValidateSize(widthPixels, heightPixels);
        using var plot = Build(data, options ?? EdssTrajectoryPlotOptions.Default);
        return PlotOutput.Render(plot, format, widthPixels, heightPixels);
    }

    /// <summary>Renders the figure to a .png or .svg file (format from the extension), via a temporary file so no partial output is left on error.</summary>
    /// <param name="data">The participant's visits and events.</param>
    /// <param name="path">The output file; its extension (.png or .svg) chooses the format.</param>
    /// <param name="widthPixels">Image width in pixels (200 to 10,000).</param>
    /// <param name="heightPixels">Image height in pixels (200 to 10,000).</param>
    /// <param name="options">Title and line style; <see langword="null"/> for defaults.</param>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> or one of its lists is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A size is outside 200 to 10,000 pixels.</exception>
    /// <exception cref="ArgumentException">The extension is not .png or .svg, or the data break a rule (see <see cref="Render"/>).</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public static void Save(EdssTrajectoryData data, string path, int widthPixels, int heightPixels, EdssTrajectoryPlotOptions? options = null)
    {
        var format = PlotOutput.FormatFromPath(path);
        PlotOutput.WriteAtomically(path, Render(data, format, widthPixels, heightPixels, options));
    }

    internal static void Validate(EdssTrajectoryData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(data.Visits, nameof(data.Visits));
        ArgumentNullException.ThrowIfNull(data.Administrations, nameof(data.Administrations));
        ArgumentNullException.ThrowIfNull(data.Relapses, nameof(data.Relapses));
        if (data.Visits.Count == 0)
        {
            throw new ArgumentException($"Participant '{data.ParticipantId}' has no EDSS visits; the trajectory needs at least one.", nameof(data));
        }

        for (var i = 0; i < data.Visits.Count; i++)
        {
            var (date, edss) = data.Visits[i];
            if (!EdssScore.IsValid(edss))
            {
                throw new ArgumentException(
                    $"Visits[{i}] ({date:yyyy-MM-dd}) has EDSS {edss.ToString(CultureInfo.InvariantCulture)}; EDSS must be 0 or 1.0 to 10 in steps of 0.5 (Kurtzke 1983).", nameof(data));
            }

            if (i > 0 && date <= data.Visits[i - 1].Date)
            {
                throw new ArgumentException(
                    $"Visits[{i}] date {date:yyyy-MM-dd} is not after Visits[{i - 1}] date {data.Visits[i - 1].Date:yyyy-MM-dd}; visit dates must be strictly ascending.", nameof(data));
            }
        }

        if (data.BaselineEdss is { } b && !EdssScore.IsValid(b))
        {
            throw new ArgumentException($"BaselineEdss {b.ToString(CultureInfo.InvariantCulture)} is not a valid EDSS step (0, 1.0 to 10 by 0.5).", nameof(data));
        }

        for (var i = 0; i < data.Administrations.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(data.Administrations[i].Route))
            {
                throw new ArgumentException($"Administrations[{i}] ({data.Administrations[i].Date:yyyy-MM-dd}) has an empty route label; give e.g. \"IT\" or \"IV\".", nameof(data));
            }
        }
    }

    internal static Plot Build(EdssTrajectoryData data, EdssTrajectoryPlotOptions options)
    {
        Validate(data);
        ArgumentNullException.ThrowIfNull(options);
        var plot = new Plot();
        PlotTheme.Apply(plot);
        plot.Title(options.Title ?? $"EDSS trajectory, participant {data.ParticipantId}");
        plot.YLabel("EDSS");
        plot.XLabel("Date of assessment");

        var allDates = data.Visits.Select(v => v.Date)
            .Concat(data.Administrations.Select(a => a.Date))
            .Concat(data.Relapses)
            .Concat(new[] { data.EventOnset, data.EventConfirmation }.Where(d => d.HasValue).Select(d => d!.Value))
            .ToArray();
        var first = allDates.Min();
        var last = allDates.Max();
        var spanDays = Math.Max(30, Period.Between(first, last, PeriodUnits.Days).Days);
        var xPad = spanDays * 0.04;

        var maxEdss = (double)data.Visits.Max(v => v.Edss);
        var minEdss = (double)data.Visits.Min(v => v.Edss);
        var (yMin, yMax) = options.FullEdssRange ? (0.0, 10.0) : (Math.Max(0, minEdss - 1), Math.Min(10, maxEdss + 1));
        var labelRowTop = yMax + ((yMax - yMin) * 0.10);
        var yTop = yMax + ((yMax - yMin) * (data.Administrations.Count > 0 ? 0.22 : 0.04)); // room for route labels only when needed

        // Baseline reference.
        if (data.BaselineEdss is { } baseline)
        {
            var line = plot.Add.HorizontalLine((double)baseline, 1.5f, Color.FromHex("#555555"), LinePattern.Dashed);
            line.LegendText = $"Baseline EDSS {baseline.ToString("0.0", CultureInfo.InvariantCulture)}";
        }

        // Administrations: vertical dotted lines with route labels staggered on two rows above the data.
        var adminColor = Color.FromHex("#2C7FB8");
        var lastLabelX = double.NegativeInfinity;
        var row = 0;
        for (var i = 0; i < data.Administrations.Count; i++)
        {
            var (date, route) = data.Administrations[i];
            var x = X(date);
            var v = plot.Add.VerticalLine(x, 1.5f, adminColor, LinePattern.Dotted);
            if (i == 0)
            {
                v.LegendText = "MSC administration (route)";
            }

            row = x - lastLabelX < spanDays * 0.06 ? 1 - row : 0;
            lastLabelX = x;
            var label = plot.Add.Text(route, x, labelRowTop - (row * (yMax - yMin) * 0.07));
            label.LabelFontSize = PlotTheme.TextSize - 1;
            label.LabelFontName = PlotTheme.Font;
            label.LabelFontColor = adminColor;
            label.LabelBold = true;
            label.LabelAlignment = Alignment.MiddleCenter;
            label.LabelBackgroundColor = Colors.White;
        }

        // Event onset and confirmation.
        if (data.EventOnset is { } onset)
        {
            var v = plot.Add.VerticalLine(X(onset), 2f, Color.FromHex("#B2182B"), LinePattern.Dashed);
            v.LegendText = $"Event onset ({onset:yyyy-MM-dd})";
        }

        if (data.EventConfirmation is { } confirmed)
        {
            var v = plot.Add.VerticalLine(X(confirmed), 2f, Color.FromHex("#67001F"), LinePattern.Solid);
            v.LegendText = $"Event confirmed ({confirmed:yyyy-MM-dd})";
        }

        // Visits.
        var xs = data.Visits.Select(v => X(v.Date)).ToArray();
        var ys = data.Visits.Select(v => (double)v.Edss).ToArray();
        var visits = plot.Add.Scatter(xs, ys, Color.FromHex("#1A1A1A"));
        visits.LineWidth = 2.2f;
        visits.MarkerShape = MarkerShape.FilledCircle;
        visits.MarkerSize = 9;
        visits.ConnectStyle = options.StepLines ? ConnectStyle.StepHorizontal : ConnectStyle.Straight;
        visits.LegendText = "EDSS at visit";

        // Onset / confirmation visits get an open marker ring on the trajectory.
        foreach (var (date, shape, color) in new[] { (data.EventOnset, MarkerShape.OpenDiamond, "#B2182B"), (data.EventConfirmation, MarkerShape.FilledDiamond, "#67001F") })
        {
            if (date is { } d && data.Visits.FirstOrDefault(v => v.Date == d) is { Date: var vd } visit && vd == d)
            {
                var m = plot.Add.Marker(X(d), (double)visit.Edss, shape, 17, Color.FromHex(color));
                m.MarkerLineWidth = 2.5f;
            }
        }

        // Relapses: triangles on the floor of the plot.
        if (data.Relapses.Count > 0)
        {
            var rel = plot.Add.Markers(
                data.Relapses.Select(X).ToArray(),
                data.Relapses.Select(_ => yMin + ((yMax - yMin) * 0.03)).ToArray(),
                MarkerShape.FilledTriangleUp,
                13,
                Color.FromHex("#E08214"));
            rel.LegendText = "Relapse onset";
        }

        plot.Axes.Bottom.TickGenerator = MonthTicks(first, last);
        plot.Axes.SetLimits(X(first) - xPad, X(last) + xPad, yMin - ((yMax - yMin) * 0.02), yTop);
        var yTicks = new ScottPlot.TickGenerators.NumericManual();
        for (var y = Math.Ceiling(yMin); y <= yMax + 1e-9; y += 1)
        {
            yTicks.AddMajor(y, y.ToString("0", CultureInfo.InvariantCulture));
        }

        plot.Axes.Left.TickGenerator = yTicks;
        plot.ShowLegend(Edge.Bottom);
        return plot;
    }

    /// <summary>Ticks on the first of a month every 1, 2, 3, 6 or 12 months (at most 9 ticks), labelled "Mar 2021".</summary>
    private static ScottPlot.TickGenerators.NumericManual MonthTicks(LocalDate first, LocalDate last)
    {
        var months = ((last.Year - first.Year) * 12) + last.Month - first.Month + 1;
        var step = new[] { 1, 2, 3, 6, 12, 24, 60 }.First(s => months / s <= 8);
        var start = new LocalDate(first.Year, 1, 1);
        while (start.PlusMonths(step) <= first)
        {
            start = start.PlusMonths(step);
        }

        var ticks = new ScottPlot.TickGenerators.NumericManual();
        for (var d = start; d <= last.PlusMonths(step); d = d.PlusMonths(step))
        {
            ticks.AddMajor(X(d), d.ToString("MMM yyyy", CultureInfo.InvariantCulture));
        }

        return ticks;
    }

    private static double X(LocalDate date) => date.ToDateTimeUnspecified().ToOADate();
}
