using MscDomain.Disability;
using MscDomain.Tabular.Progression;

namespace MscDomain.Cli.Commands;

/// <summary><c>mscdomain progression</c>: confirmed disability worsening/improvement (CDW/CDI) and PIRA/RAW on long-format
/// CSV with msprog's options and output tables (msprog <c>MSprog()</c>; Montobbio et al., Mult Scler 2024).</summary>
internal sealed class ProgressionCommand : ICliCommand
{
    private static readonly HashSet<string> Allowed =
        [.. ProgressionOptionSet.ProgressionValues.Select(o => o.Name), .. ProgressionOptionSet.ProgressionFlags.Select(o => o.Name), "pira-preset"];

    public string Name => "progression";

    public string Summary => "Confirmed disability worsening/improvement and PIRA/RAW on CSV (msprog MSprog()).";

    public IReadOnlyList<CliOption> Options { get; } =
    [
        .. ProgressionOptionSet.InputOptions,
        .. ProgressionOptionSet.ProgressionValues.Select(o => o.Declaration),
        CliOption.Value("pira-preset", "NAME", "muller2023 | high-specificity (Müller 2023 high-specificity) | kappos2020 | cagol2022 | muller2025 | muller2025-onset-only: a named PIRA definition instead of --relapse-indep."),
        .. ProgressionOptionSet.ProgressionFlags.Select(o => o.Declaration),
        CliOption.Output("results", "msprog's results table, one row per event (event-free participants as nevent=0 rows): id, nevent, event_type, CDW_type, total_fu, date, value, bl_date, bl_value, last_delta_date, last_delta_value, bl2event, time2event, sust_days, sust_last, conf<d>_date, conf<d>_value, PIRA_conf<d>_date, PIRA_conf<d>_value."),
        CliOption.Output("event-count", "msprog's event_count table, one row per participant (columns depend on --event and --raw-pira)."),
        CliOption.Output("json", "the library's full result records (baseline, confirmation visits, unconfirmed candidates, input notes), written streaming."),
        CliOption.Flag("methods", "print a methods paragraph describing the criteria (for a paper) on stdout; alone, without --visits, only that."),
    ];

    public string Description =>
        """
        Confirmed disability worsening (CDW) and improvement (CDI), with progression independent of relapse
        activity (PIRA) and relapse-associated worsening (RAW), from long-format CSV. Options and outputs follow
        msprog's MSprog() (R package msprog; Montobbio et al., Mult Scler 2024;30:1185); each msprog argument is
        available under its own name in kebab-case (relapse_to_bl -> --relapse-to-bl) with msprog's value syntax.
        Defaults are msprog's, as the library's ConfirmedChangeOptions defines them. Without an output file the
        results table goes to stdout.

        Cells: empty = NA, TRUE/FALSE, ISO dates (day numbers with --date-format day). Outputs are written only when
        everything succeeded (no partial files). Rows with a missing value are dropped and same-day duplicates keep the
        last row (as msprog does); both are counted with their line numbers in a summary on stderr. Invalid values
        (e.g. EDSS 0.5 or 10.5), unparsable dates, missing columns and relapses of unknown participants stop the run
        with an error naming file, line, column and rule.

        Example:
          mscdomain progression --visits visits.csv --relapses relapses.csv --outcome edss --event multiple \
            --baseline roving --raw-pira --conf-days 84 --conf-tol-days 7,730.5 --results results.csv --event-count counts.csv
        """;

    public int Run(CliArguments args, TextWriter stdout, TextWriter stderr)
    {
        var msprog = ProgressionOptionSet.MsprogArguments(args, Allowed);
        var flags = ProgressionOptionSet.Flags(args, Allowed);
        var seed = ProgressionOptionSet.Seed(args);
        var options = ProgressionOptionSet.Build(msprog, flags, seed);
        var csv = ProgressionOptionSet.Csv(args, options.Outcome, options.EdssValidation);
        var visits = args.Get("visits");
        var relapses = args.Get("relapses");
        var results = args.Get("results");
        var eventCount = args.Get("event-count");
        var json = args.Get("json");
        var methods = args.Flag("methods");
        args.EnsureAllUsed();
        return Analyze(ProgressionOptionSet.Echo(msprog, flags), seed, options, csv, visits, relapses, results, eventCount, json, methods, stdout, stderr);
    }

    /// <summary>The computation, separate from option parsing: reads, analyses and writes.</summary>
    private static int Analyze(
        IReadOnlyDictionary<string, string> msprog, int? seed, ConfirmedChangeOptions options, ProgressionCsvOptions csv, string? visits, string? relapses,
        string? results, string? eventCount, string? json, bool methods, TextWriter stdout, TextWriter stderr)
    {
        if (methods)
        {
            stdout.WriteLine(options.Describe());
            if (visits is null)
            {
                return 0;
            }

            if (results is null && eventCount is null && json is null)
            {
                throw new CliUsageException("with --methods and --visits, name an output file (--results, --event-count or --json).");
            }
        }

        if (visits is null)
        {
            throw new CliUsageException("option --visits is required (run 'mscdomain progression --help').");
        }

        var input = ProgressionCsvReader.Read(visits, relapses, csv);
        stderr.WriteLine("mscdomain progression: " + input.Summary);
        var analysed = ProgressionProgress.Run(
            input.Participants,
            batch => ConfirmedChangeCohort.Analyze(batch, options, seed is null ? null : 1),
            stderr);

        var day = csv.DateFormat == ProgressionDateFormat.Day;
        if (results is null && eventCount is null && json is null)
        {
            ProgressionCsvWriter.WriteResults(stdout, analysed, options, csv.IdColumn, day);
        }
        else
        {
            using var outputs = new ProgressionOutputFiles();
            if (results is not null)
            {
                outputs.Write(results, w => ProgressionCsvWriter.WriteResults(w, analysed, options, csv.IdColumn, day));
            }

            if (eventCount is not null)
            {
                outputs.Write(eventCount, w => ProgressionCsvWriter.WriteEventCount(w, analysed, options, csv.IdColumn));
            }

            if (json is not null)
            {
                outputs.WriteStream(json, w => ProgressionJson.Write(w, new ProgressionJsonDocument("mscdomain progression", msprog, options.Describe(), input.Summary, analysed)));
            }

            outputs.Commit();
        }

        var events = analysed.Sum(r => r.Result.Events.Count);
        var withEvent = analysed.Count(r => r.Result.Events.Count > 0);
        stderr.WriteLine($"mscdomain progression: {events:N0} events in {withEvent:N0} of {analysed.Count:N0} participants.");
        return 0;
    }
}
