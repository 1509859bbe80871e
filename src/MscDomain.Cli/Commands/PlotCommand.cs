using System.Globalization;
using MscDomain.Analysis;
using MscDomain.Outcomes;
using MscDomain.Plotting;
using MscDomain.Tabular;
using MscDomain.Tabular.Csv;
using MscDomain.Tabular.Progression;
using NodaTime;
using NodaTime.Text;

namespace MscDomain.Cli.Commands;

/// <summary><c>mscdomain plot km|edss|swimmer</c>: Kaplan-Meier, EDSS trajectory and adverse-event swimmer figures from CSV, as PNG or SVG.</summary>
internal sealed class PlotCommand : ICliCommand
{
    public string Name => "plot";

    public string Summary => "Draw a Kaplan-Meier figure (km), an EDSS trajectory (edss) or an adverse-event swimmer plot (swimmer) from CSV as PNG or SVG.";

    private const int KmWidth = 900;
    private const int KmHeight = 650;
    private const int FigureWidth = 1000;
    private const int FigureHeight = 600;

    private static readonly (string Text, ConfidenceIntervalType Value)[] ConfTypes =
        [("log-log", ConfidenceIntervalType.LogLog), ("log", ConfidenceIntervalType.Log), ("plain", ConfidenceIntervalType.Plain)];

    /// <summary>Column-name defaults, declared once for the parsing and the help.</summary>
    private static readonly Dictionary<string, string> Columns = new(StringComparer.Ordinal)
    {
        ["id-column"] = "id",
        ["date-column"] = "date",
        ["edss-column"] = "EDSS",
        ["route-column"] = "route",
        ["start-column"] = "start_day",
        ["end-column"] = "end_day",
        ["grade-column"] = "grade",
        ["term-column"] = "term",
        ["follow-up-column"] = "follow_up_day",
    };

    public CliPositional? Positional => new("KIND", "km | edss | swimmer: the figure to draw.", Choices: ["km", "edss", "swimmer"]);

    public IReadOnlyList<CliOption> Options { get; } =
    [
        CliOption.Input("input", "km, swimmer: the CSV to read."),
        CliOption.Input("visits", "edss: visits.csv as msprog (id,date,EDSS)."),
        CliOption.Input("relapses", "edss: relapses.csv (id,date), optional."),
        CliOption.Input("administrations", "edss: administrations CSV (id,date,route), optional."),
        CliOption.Output("output", "the figure; .png or .svg picks the format (required)."),
        CliOption.Value("id", "ID", "edss: the participant to draw (required)."),
        CliOption.Value("time-column", "NAME", "km: time in days (number >= 0) (required)."),
        CliOption.Value("event-column", "NAME", "km: event true/false/1/0/yes/no (required)."),
        CliOption.Value("group-column", "NAME", "km: one curve per group; all rows in one curve without it."),
        CliOption.Value("id-column", "NAME", "participant id column (km: optional; edss, swimmer: defaulted).", () => Columns["id-column"]),
        CliOption.Value("date-column", "NAME", "edss: date column.", () => Columns["date-column"]),
        CliOption.Value("edss-column", "NAME", "edss: EDSS column.", () => Columns["edss-column"]),
        CliOption.Value("route-column", "NAME", "edss: route column of the administrations file.", () => Columns["route-column"]),
        CliOption.Value("baseline", "first|none|EDSS", "edss: the baseline line: the first visit's EDSS, none, or a fixed EDSS step.", () => "first"),
        CliOption.Value("onset", "yyyy-MM-dd", "edss: mark an event onset."),
        CliOption.Value("confirmation", "yyyy-MM-dd", "edss: mark an event confirmation."),
        CliOption.Value("start-column", "NAME", "swimmer: onset day column.", () => Columns["start-column"]),
        CliOption.Value("end-column", "NAME", "swimmer: resolution day column (empty = ongoing).", () => Columns["end-column"]),
        CliOption.Value("grade-column", "NAME", "swimmer: CTCAE grade 1-5 column.", () => Columns["grade-column"]),
        CliOption.Value("term-column", "NAME", "swimmer: term column (optional, not drawn).", () => Columns["term-column"]),
        CliOption.Value("follow-up-column", "NAME", "swimmer: follow-up day column (optional).", () => Columns["follow-up-column"]),
        CliOption.Value("conf-type", "TYPE", "km: log-log (SAS default) | log (R's default) | plain.", () => ConfTypes.First(c => c.Value == KaplanMeierOptions.Default.ConfidenceInterval).Text),
        CliOption.Value("conf-level", "LEVEL", "km: confidence level, strictly between 0 and 1.", () => KaplanMeierOptions.Default.ConfidenceLevel.ToString(CultureInfo.InvariantCulture)),
        CliOption.Flag("no-ci", "km: no confidence bands."),
        CliOption.Value("times", "DAYS", "km: ascending days for the numbers-at-risk table, e.g. 0,90,180."),
        CliOption.Value("title", "TEXT", "figure title."),
        CliOption.Value("x-label", "TEXT", "x-axis label (km, swimmer)."),
        CliOption.Value("y-label", "TEXT", "km: y-axis label.", () => "Event-free probability"),
        CliOption.Value("width", "PX", "width in pixels, 200 to 10000.", () => $"{KmWidth} (km), {FigureWidth} (edss, swimmer)"),
        CliOption.Value("height", "PX", "height in pixels, 200 to 10000.", () => $"{KmHeight} (km), {FigureHeight} (edss, swimmer)"),
    ];

    public string Description => """
        Usage:
          mscdomain plot km   --input survival.csv --time-column time --event-column event --output km.png|km.svg [km options]
          mscdomain plot edss --visits visits.csv --id P001 --output p.png|p.svg [edss options]
          mscdomain plot swimmer --input aes.csv --output ae.png|ae.svg [swimmer options]

        km:   one row per subject; time in days (number >= 0), event true/false/1/0/yes/no; one curve per
              group (all rows in one curve without --group-column). Prints per group n, events and
              median (95% CI), and the log-rank test when there are two or more groups.
        edss: visits.csv as msprog (id,date,EDSS): the participant's visits, sorted by date; relapses.csv
              (id,date) and admin.csv (id,date,route) are optional. Baseline defaults to the first visit.
        swimmer: one row per adverse event (AE), days since the first administration (day 0; negative =
              before it): id; start_day (onset); end_day (resolution, >= start_day; empty = ongoing, drawn
              with an arrow to the end of follow-up); grade (CTCAE grade 1-5); term (optional, not drawn);
              follow_up_day (optional, the lane's length; default the participant's last AE day, at least 0;
              must cover every AE). A row with only id and follow_up_day is a participant without AEs.
              One lane per participant in first-appearance order; bars shaded (and hatched from grade 3,
              PNG only) by grade; overlapping AEs of one participant in sub-rows.

        Columns match case-insensitively. The output format follows the extension; the file is written
        only when the whole figure was drawn (no partial output on error).
        """.Replace("\r\n", "\n", StringComparison.Ordinal);

    public int Run(CliArguments args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Positional.Count != 1 || args.Positional[0] is not ("km" or "edss" or "swimmer"))
        {
            throw new CliUsageException("give the figure kind: 'plot km', 'plot edss' or 'plot swimmer' (see --help).");
        }

        try
        {
            return args.Positional[0] switch
            {
                "km" => RunKaplanMeier(args, stdout),
                "edss" => RunEdss(args, stdout),
                _ => RunSwimmer(args, stdout),
            };
        }
        catch (ArgumentException e)
        {
            // Rules of the analysis or figure broken by the data (messages name the item and rule).
            stderr.WriteLine($"mscdomain plot {args.Positional[0]}: {e.Message}");
            return 1;
        }
    }

    private static int RunKaplanMeier(CliArguments args, TextWriter stdout)
    {
        var input = args.Require("input");
        var timeColumn = args.Require("time-column");
        var eventColumn = args.Require("event-column");
        var groupColumn = args.Get("group-column");
        var idColumn = args.Get("id-column");
        var output = args.Require("output");
        var (width, height) = Size(args, KmWidth, KmHeight);
        var confTypeText = args.Get("conf-type");
        var confType = confTypeText is null
            ? KaplanMeierOptions.Default.ConfidenceInterval
            : ConfTypes.FirstOrDefault(t => t.Text == confTypeText) is { Text: not null } chosen
                ? chosen.Value
                : throw new CliUsageException($"option --conf-type takes log-log, log or plain, not '{confTypeText}'.");
        var confLevel = args.Decimal("conf-level") ?? KaplanMeierOptions.Default.ConfidenceLevel;
        if (confLevel is <= 0m or >= 1m)
        {
            throw new CliUsageException($"option --conf-level must be strictly between 0 and 1, not {confLevel.ToString(CultureInfo.InvariantCulture)}.");
        }

        var noCi = args.Flag("no-ci");
        var times = args.Get("times") is { } t ? ParseTimes(t) : null;
        var title = args.Get("title");
        var xLabel = args.Get("x-label", "Days");
        var yLabel = args.Get("y-label", "Event-free probability");
        var format = OutputFormat(output);
        args.EnsureAllUsed();

        var rows = SurvivalCsv.Read(input, timeColumn, eventColumn, groupColumn, idColumn);
        var km = KaplanMeier.Estimate(rows, new KaplanMeierOptions { ConfidenceInterval = confType, ConfidenceLevel = confLevel });
        var logRank = km.Curves.Length >= 2 ? LogRankTest.Compare(rows) : null;
        var bytes = KaplanMeierPlot.Render(km, format, width, height, new KaplanMeierPlotOptions
        {
            Title = title,
            XAxisLabel = xLabel!,
            YAxisLabel = yLabel!,
            ShowConfidenceBands = !noCi,
            TimesDays = times,
            LogRank = logRank,
        });
        WriteAtomically(output, bytes);

        var level = (confLevel * 100m).ToString("0.##", CultureInfo.InvariantCulture);
        foreach (var c in km.Curves)
        {
            stdout.WriteLine($"{c.Group}: n={c.Subjects} events={c.Events} median={Days(c.Median.TimeDays)} ({level}% CI {Days(c.Median.LowerDays)} to {Days(c.Median.UpperDays)})");
        }

        if (logRank is not null)
        {
            stdout.WriteLine($"log-rank: chi2={logRank.ChiSquare.ToString("0.###", CultureInfo.InvariantCulture)} df={logRank.DegreesOfFreedom} p={logRank.PValue.ToString("0.####E+0", CultureInfo.InvariantCulture)}");
        }

        stdout.WriteLine($"wrote {output} ({width}x{height} {format.ToString().ToUpperInvariant()})");
        return 0;
    }

    private static int RunEdss(CliArguments args, TextWriter stdout)
    {
        var visitsFile = args.Require("visits");
        var participant = args.Require("id");
        var output = args.Require("output");
        var relapsesFile = args.Get("relapses");
        var adminFile = args.Get("administrations");
        var idColumn = args.Get("id-column", Columns["id-column"])!;
        var dateColumn = args.Get("date-column", Columns["date-column"])!;
        var edssColumn = args.Get("edss-column", Columns["edss-column"])!;
        var routeColumn = args.Get("route-column", Columns["route-column"])!;
        var baselineText = args.Get("baseline", "first")!;
        var onset = OptionalDate(args, "onset");
        var confirmation = OptionalDate(args, "confirmation");
        var title = args.Get("title");
        var (width, height) = Size(args, FigureWidth, FigureHeight);
        var format = OutputFormat(output);
        decimal? fixedBaseline = null;
        if (baselineText is not ("first" or "none"))
        {
            fixedBaseline = decimal.TryParse(baselineText, NumberStyles.Number, CultureInfo.InvariantCulture, out var b) && EdssScore.IsValid(b)
                ? b
                : throw new CliUsageException($"option --baseline takes first, none or an EDSS step (0, 1.0 to 10 by 0.5), not '{baselineText}'.");
        }

        args.EnsureAllUsed();

        // The same ingest as `progression`: missing EDSS dropped, same-day duplicates keep the last row, EDSS steps checked.
        var read = ProgressionCsvReader.Read(visitsFile, relapsesFile, new ProgressionCsvOptions { IdColumn = idColumn, DateColumn = dateColumn, ValueColumn = edssColumn });
        var series = read.Participants.FirstOrDefault(p => p.ParticipantId == participant);
        if (series is null || series.Visits.Count == 0)
        {
            throw new TabularInputException([MscDomain.Common.DataIssue.Error(MscDomain.Common.DataIssueCodes.NoParticipantRecords,
                new MscDomain.Common.SourceLocation(visitsFile, null, null, idColumn), participant, $"no visits with an EDSS for participant '{participant}'.")]);
        }

        var visits = series.Visits.Select(v => (v.Date, Edss: v.Value!.Value)).ToList();
        var relapses = series.RelapseOnsets.ToList();
        var withoutEdss = read.Summary.MissingValueLines.Count + read.Summary.SameDayDuplicateLines.Count;

        var administrations = new List<(LocalDate, string)>();
        if (adminFile is not null)
        {
            using var csv = CsvTableReader.Open(adminFile, idColumn, dateColumn, routeColumn);
            while (csv.Read())
            {
                if (csv.GetString(idColumn) == participant)
                {
                    administrations.Add((csv.GetDate(dateColumn), csv.GetString(routeColumn)));
                }
            }
        }

        var data = new EdssTrajectoryData(participant, visits)
        {
            Relapses = relapses,
            Administrations = administrations.OrderBy(a => a.Item1).ToList(),
            BaselineEdss = baselineText == "first" ? visits[0].Edss : fixedBaseline,
            EventOnset = onset,
            EventConfirmation = confirmation,
        };
        var bytes = EdssTrajectoryPlot.Render(data, format, width, height, new EdssTrajectoryPlotOptions { Title = title });
        WriteAtomically(output, bytes);
        stdout.WriteLine($"{participant}: {visits.Count} EDSS visits, {relapses.Count} relapses, {administrations.Count} administrations"
            + (withoutEdss > 0 ? $"; {withoutEdss} visit rows without an EDSS value or superseded on the same day not drawn (all participants)" : string.Empty));
        stdout.WriteLine($"wrote {output} ({width}x{height} {format.ToString().ToUpperInvariant()})");
        return 0;
    }

    private static int RunSwimmer(CliArguments args, TextWriter stdout)
    {
        var input = args.Require("input");
        var output = args.Require("output");
        var idColumn = args.Get("id-column", Columns["id-column"])!;
        var startColumn = args.Get("start-column", Columns["start-column"])!;
        var endColumn = args.Get("end-column", Columns["end-column"])!;
        var gradeColumn = args.Get("grade-column", Columns["grade-column"])!;
        var termColumn = args.Get("term-column", Columns["term-column"])!;
        var followUpColumn = args.Get("follow-up-column", Columns["follow-up-column"])!;
        var title = args.Get("title");
        var xLabel = args.Get("x-label");
        var (width, height) = Size(args, FigureWidth, FigureHeight);
        var format = OutputFormat(output);
        args.EnsureAllUsed();

        var order = new List<string>();
        var events = new Dictionary<string, List<SwimmerAdverseEvent>>(StringComparer.Ordinal);
        var followUp = new Dictionary<string, decimal>(StringComparer.Ordinal);
        var lastDay = new Dictionary<string, decimal>(StringComparer.Ordinal);
        var rows = 0;
        using (var csv = CsvTableReader.Open(input, idColumn, startColumn, endColumn, gradeColumn))
        {
            var hasTerm = csv.HasColumn(termColumn);
            var hasFollowUp = csv.HasColumn(followUpColumn);
            while (csv.Read())
            {
                var id = csv.GetString(idColumn);
                if (!events.TryGetValue(id, out var list))
                {
                    list = [];
                    events[id] = list;
                    order.Add(id);
                }

                if (hasFollowUp && csv.GetOptionalDecimal(followUpColumn) is { } f)
                {
                    if (f < 0m)
                    {
                        throw csv.Error(followUpColumn, f.ToString(CultureInfo.InvariantCulture), "is negative; follow-up is in days since the first administration, ≥ 0.");
                    }

                    followUp[id] = followUp.TryGetValue(id, out var prev) ? Math.Max(prev, f) : f;
                }

                var start = csv.GetOptionalDecimal(startColumn);
                if (start is null)
                {
                    // A lane-only row (a participant without adverse events): needs a follow-up and no other AE field.
                    if (csv.GetOptionalString(endColumn) is not null || csv.GetOptionalString(gradeColumn) is not null)
                    {
                        throw csv.Error(startColumn, string.Empty, "the value is empty but the row has an end day or grade; every adverse event needs its start day.");
                    }

                    if (!followUp.ContainsKey(id))
                    {
                        throw csv.Error(startColumn, string.Empty, $"the value is empty; a row without an adverse event (participant '{id}' with none) needs {followUpColumn}.");
                    }

                    continue;
                }

                var end = csv.GetOptionalDecimal(endColumn);
                var gradeText = csv.GetString(gradeColumn);
                if (!int.TryParse(gradeText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var grade) || grade is < 1 or > 5)
                {
                    throw csv.Error(gradeColumn, gradeText, "is not a CTCAE grade; grades are whole numbers 1 to 5.");
                }

                if (end is { } e && e < start.Value)
                {
                    throw csv.Error(endColumn, e.ToString(CultureInfo.InvariantCulture), $"is before the start day {start.Value.ToString(CultureInfo.InvariantCulture)}; end must be ≥ start (empty = ongoing).");
                }

                list.Add(new SwimmerAdverseEvent(start.Value, end, grade, hasTerm ? csv.GetOptionalString(termColumn) : null));
                var last = Math.Max(end ?? start.Value, 0m);
                lastDay[id] = lastDay.TryGetValue(id, out var l) ? Math.Max(l, last) : last;
                rows++;
            }
        }

        if (order.Count == 0)
        {
            throw new TabularInputException(input, null, idColumn, "the file has no rows; a swimmer plot needs at least one participant.");
        }

        var lanes = new List<SwimmerLane>(order.Count);
        foreach (var id in order)
        {
            var last = lastDay.GetValueOrDefault(id);
            var f = followUp.TryGetValue(id, out var given) ? given : last;
            if (f < last)
            {
                throw new TabularInputException(input, null, followUpColumn,
                    $"participant '{id}' has follow-up {f.ToString(CultureInfo.InvariantCulture)} days but an adverse event up to day {last.ToString(CultureInfo.InvariantCulture)}; follow-up must cover every event.");
            }

            lanes.Add(new SwimmerLane(id, f, events[id]));
        }

        var options = AdverseEventSwimmerPlotOptions.Default;
        if (title is not null)
        {
            options = options with { Title = title };
        }

        if (xLabel is not null)
        {
            options = options with { XAxisLabel = xLabel };
        }

        var bytes = AdverseEventSwimmerPlot.Render(lanes, format, width, height, options);
        WriteAtomically(output, bytes);
        var ongoing = lanes.Sum(l => l.AdverseEvents.Count(a => a.EndDay is null));
        stdout.WriteLine($"{lanes.Count} participants, {rows} adverse events ({ongoing} ongoing), worst grade {(rows == 0 ? "none" : lanes.SelectMany(l => l.AdverseEvents).Max(a => a.Grade).ToString(CultureInfo.InvariantCulture))}");
        stdout.WriteLine($"wrote {output} ({width}x{height} {format.ToString().ToUpperInvariant()})");
        return 0;
    }

    private static string Days(decimal? d) => d?.ToString("0.##", CultureInfo.InvariantCulture) ?? "NA";

    private static (int Width, int Height) Size(CliArguments args, int width, int height)
    {
        var w = args.Decimal("width") ?? width;
        var h = args.Decimal("height") ?? height;
        if (w != decimal.Truncate(w) || w is < 200 or > 10_000 || h != decimal.Truncate(h) || h is < 200 or > 10_000)
        {
            throw new CliUsageException($"--width and --height take whole pixels from 200 to 10000, not {w.ToString(CultureInfo.InvariantCulture)}x{h.ToString(CultureInfo.InvariantCulture)}.");
        }

        return ((int)w, (int)h);
    }

    private static PlotImageFormat OutputFormat(string output) => Path.GetExtension(output).ToLowerInvariant() switch
    {
        ".png" => PlotImageFormat.Png,
        ".svg" => PlotImageFormat.Svg,
        _ => throw new CliUsageException($"option --output must end in .png or .svg, not '{output}'."),
    };

    private static LocalDate? OptionalDate(CliArguments args, string name)
    {
        var v = args.Get(name);
        if (v is null)
        {
            return null;
        }

        var r = LocalDatePattern.Iso.Parse(v);
        return r.Success ? r.Value : throw new CliUsageException($"option --{name} takes a date yyyy-MM-dd, not '{v}'.");
    }

    private static decimal[] ParseTimes(string text)
    {
        var parts = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var result = new decimal[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!decimal.TryParse(parts[i], NumberStyles.Number, CultureInfo.InvariantCulture, out result[i]) || result[i] < 0m || (i > 0 && result[i] <= result[i - 1]))
            {
                throw new CliUsageException($"option --times takes ascending day numbers ≥ 0 separated by commas (e.g. 0,90,180); '{parts[i]}' is not valid there.");
            }
        }

        return result.Length > 0 ? result : throw new CliUsageException("option --times needs at least one time.");
    }

    private static void WriteAtomically(string path, byte[] bytes) => MscDomain.IO.AtomicFile.WriteAllBytes(path, bytes);
}
