using System.Globalization;
using ScottPlot;

namespace MscDomain.Plotting;

/// <summary>
/// A swimmer plot of adverse events: one lane per participant along days since first administration,
/// one bar per adverse event spanning its duration, shaded by CTCAE grade.
/// </summary>
/// <remarks>
/// Grades 1 to 5 get fills of decreasing lightness (grade 5 black) and grades 3 to 5 also a hatch, so
/// grades read in greyscale. Overlapping events of one participant are drawn in sub-rows of the lane,
/// never on top of each other. Ongoing events end in an arrow at the end of follow-up. Hatches are
/// drawn in PNG output only (ScottPlot's SVG backend has no pattern fills); in SVG the grades are told
/// apart by their fill lightness alone.
/// </remarks>
public static class AdverseEventSwimmerPlot
{
    /// <summary>Renders the figure to PNG or SVG bytes.</summary>
    /// <param name="lanes">One lane per participant, drawn top to bottom in this order.</param>
    /// <param name="format">The image format.</param>
    /// <param name="widthPixels">Image width in pixels (200 to 10,000).</param>
    /// <param name="heightPixels">Image height in pixels (200 to 10,000).</param>
    /// <param name="options">Title and labels; <see langword="null"/> for defaults.</param>
    /// <returns>The encoded image (PNG bytes, or UTF-8 SVG text).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="lanes"/>, a lane or an event is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A size is outside 200 to 10,000 pixels.</exception>
    /// <exception cref="ArgumentException">There are no lanes, or a lane or event breaks a rule (the message names it).</exception>
    public static byte[] Render(IReadOnlyList<SwimmerLane> lanes, PlotImageFormat format, int widthPixels, int heightPixels, AdverseEventSwimmerPlotOptions? options = null)
    {
        PlotOutput.ValidateSize(widthPixels, heightPixels);
        using var plot = Build(lanes, options ?? AdverseEventSwimmerPlotOptions.Default);
        return PlotOutput.Render(plot, format, widthPixels, heightPixels);
    }

    /// <summary>Renders the figure to a .png or .svg file (format from the extension), via a temporary file so no partial output is left on error.</summary>
    /// <param name="lanes">One lane per participant.</param>
    /// <param name="path">The output file; its extension (.png or .svg) chooses the format.</param>
    /// <param name="widthPixels">Image width in pixels (200 to 10,000).</param>
    /// <param name="heightPixels">Image height in pixels (200 to 10,000).</param>
    /// <param name="options">Title and labels; <see langword="null"/> for defaults.</param>
    /// <exception cref="ArgumentNullException"><paramref name="lanes"/>, a lane or an event is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A size is outside 200 to 10,000 pixels.</exception>
    /// <exception cref="ArgumentException">The extension is not .png or .svg, or the data break a rule.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public static void Save(IReadOnlyList<SwimmerLane> lanes, string path, int widthPixels, int heightPixels, AdverseEventSwimmerPlotOptions? options = null)
    {
        var format = PlotOutput.FormatFromPath(path);
        PlotOutput.WriteAtomically(path, Render(lanes, format, widthPixels, heightPixels, options));
    }

    internal static void Validate(IReadOnlyList<SwimmerLane> lanes)
    {
        ArgumentNullException.ThrowIfNull(lanes);
        if (lanes.Count == 0)
        {
            throw new ArgumentException("There are no participants; a swimmer plot needs at least one lane.", nameof(lanes));
        }

        for (var i = 0; i < lanes.Count; i++)
        {
            var lane = lanes[i] ?? throw new ArgumentNullException(nameof(lanes), $"lanes[{i}] is null.");
            var where = $"lanes[{i}] ('{lane.ParticipantId}')";
            if (string.IsNullOrWhiteSpace(lane.ParticipantId))
            {
                throw new ArgumentException($"lanes[{i}] has an empty participant id.", nameof(lanes));
            }

            if (lane.FollowUpDays < 0m)
            {
                throw new ArgumentException($"{where} follow-up {lane.FollowUpDays.ToString(CultureInfo.InvariantCulture)} days is negative; follow-up must be ≥ 0 days.", nameof(lanes));
            }

            ArgumentNullException.ThrowIfNull(lane.AdverseEvents, nameof(lanes));
            for (var j = 0; j < lane.AdverseEvents.Count; j++)
            {
                var ae = lane.AdverseEvents[j] ?? throw new ArgumentNullException(nameof(lanes), $"{where}.AdverseEvents[{j}] is null.");
                var aeWhere = $"{where}.AdverseEvents[{j}]";
                if (ae.Grade is < 1 or > 5)
                {
                    throw new ArgumentException($"{aeWhere} has grade {ae.Grade}; CTCAE grades are 1 to 5.", nameof(lanes));
                }

                if (ae.EndDay is { } end && end < ae.StartDay)
                {
                    throw new ArgumentException(
                        $"{aeWhere} ends on day {end.ToString(CultureInfo.InvariantCulture)} before it starts on day {ae.StartDay.ToString(CultureInfo.InvariantCulture)}; end must be ≥ start.", nameof(lanes));
                }
            }
        }
    }

    internal static Plot Build(IReadOnlyList<SwimmerLane> lanes, AdverseEventSwimmerPlotOptions options)
    {
        Validate(lanes);
        ArgumentNullException.ThrowIfNull(options);
        var plot = new Plot();
        PlotTheme.Apply(plot);
        if (!string.IsNullOrWhiteSpace(options.Title))
        {
            plot.Title(options.Title);
        }

        plot.XLabel(options.XAxisLabel);
        plot.YLabel("Participant");

        var xMin = Math.Min(0.0, (double)lanes.SelectMany(l => l.AdverseEvents).Select(a => a.StartDay).DefaultIfEmpty(0m).Min());
        var xMax = Math.Max(1.0, (double)lanes.Max(l => Math.Max(l.FollowUpDays, l.AdverseEvents.Select(a => a.EndDay ?? a.StartDay).DefaultIfEmpty(0m).Max())));
        var arrowLength = (xMax - xMin) * 0.012;
        var yTicks = new ScottPlot.TickGenerators.NumericManual();
        var n = lanes.Count;
        for (var i = 0; i < n; i++)
        {
            var lane = lanes[i];
            var y = n - 1 - i;
            yTicks.AddMajor(y, lane.ParticipantId);

            var track = plot.Add.Rectangle(0, (double)lane.FollowUpDays, y - 0.05, y + 0.05);
            track.FillColor = Color.FromHex("#C8C8C8");
            track.LineWidth = 0;

            var rows = PackRows(lane);
            var rowCount = rows.Count == 0 ? 1 : rows.Max(r => r.Row) + 1;
            const double laneHeight = 0.72;
            var barHeight = laneHeight / rowCount;
            foreach (var (ae, row) in rows)
            {
                var start = (double)ae.StartDay;
                var end = (double)(ae.EndDay ?? Math.Max(lane.FollowUpDays, ae.StartDay));
                if (end - start < (xMax - xMin) * 0.004)
                {
                    end = start + ((xMax - xMin) * 0.004); // a one-day event stays visible
                }

                var top = y + (laneHeight / 2) - (row * barHeight);
                var bottom = top - barHeight + 0.04;
                var rect = plot.Add.Rectangle(start, end, bottom, top);
                Style(rect.FillStyle, ae.Grade);
                rect.LineColor = Colors.Black;
                rect.LineWidth = 1;
                if (ae.EndDay is null)
                {
                    var mid = (top + bottom) / 2;
                    var arrow = plot.Add.Polygon([new Coordinates(end, top), new Coordinates(end + arrowLength, mid), new Coordinates(end, bottom)]);
                    arrow.FillColor = Colors.Black;
                    arrow.LineWidth = 0;
                }
            }
        }

        plot.Add.VerticalLine(0, 1.5f, Colors.Black, LinePattern.Dashed);
        plot.Axes.Left.TickGenerator = yTicks;
        var xTicks = new ScottPlot.TickGenerators.NumericManual();
        var nice = NiceTicks.FromZero((decimal)xMax, 8);
        var step = nice.Length > 1 ? nice[1] : 1m;
        for (var t = -step; (double)t >= xMin; t -= step)
        {
            xTicks.AddMajor((double)t, KaplanMeierPlot.Format(t));
        }

        foreach (var t in nice)
        {
            xTicks.AddMajor((double)t, KaplanMeierPlot.Format(t));
        }

        plot.Axes.Bottom.TickGenerator = xTicks;
        plot.Axes.Left.TickLabelStyle.FontSize = PlotTheme.TickSize;
        plot.Axes.Left.TickLabelStyle.FontName = PlotTheme.Font;
        var pad = (xMax - xMin) * 0.03;
        plot.Axes.SetLimits(xMin - pad, xMax + pad + arrowLength, -0.6, n - 0.4);
        plot.Grid.YAxisStyle.IsVisible = false;

        plot.Legend.ManualItems.Clear();
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "Follow-up", FillColor = Color.FromHex("#C8C8C8"), OutlineWidth = 0 });
        for (var g = 1; g <= 5; g++)
        {
            var item = new LegendItem { LabelText = $"Grade {g}" };
            Style(item.FillStyle, g);
            item.OutlineColor = Colors.Black;
            item.OutlineWidth = 1;
            plot.Legend.ManualItems.Add(item);
        }

        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "Ongoing ▶", LineWidth = 0 });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "Day 0", LineColor = Colors.Black, LineWidth = 1.5f, LinePattern = LinePattern.Dashed });
        plot.ShowLegend(Edge.Right);
        return plot;
    }

    private static void Style(FillStyle fill, int grade)
    {
        fill.Color = PlotTheme.GradeColors[grade - 1];
        (fill.Hatch, fill.HatchColor) = grade switch
        {
            3 => (new ScottPlot.Hatches.Striped(ScottPlot.Hatches.StripeDirection.DiagonalUp), Colors.Black.WithAlpha(0.45)),
            4 => (new ScottPlot.Hatches.Striped(ScottPlot.Hatches.StripeDirection.DiagonalDown), Colors.White.WithAlpha(0.55)),
            _ => ((IHatch?)null, Colors.Transparent),
        };
    }

    /// <summary>Greedy interval packing: each event goes to the first sub-row whose last event ended before it starts.</summary>
    private static List<(SwimmerAdverseEvent Event, int Row)> PackRows(SwimmerLane lane)
    {
        var rowEnds = new List<decimal>();
        var result = new List<(SwimmerAdverseEvent, int)>();
        foreach (var ae in lane.AdverseEvents.OrderBy(a => a.StartDay).ThenByDescending(a => a.Grade))
        {
            var end = ae.EndDay ?? Math.Max(lane.FollowUpDays, ae.StartDay);
            var row = rowEnds.FindIndex(e => e < ae.StartDay);
            if (row < 0)
            {
                row = rowEnds.Count;
                rowEnds.Add(end);
            }
            else
            {
                rowEnds[row] = end;
            }

            result.Add((ae, row));
        }

        return result;
    }
}
