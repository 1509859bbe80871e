using System.Globalization;
using MscDomain.Disability;
using MscDomain.Tabular.Progression;

namespace MscDomain.Cli.Commands;

/// <summary><c>mscdomain milestone</c>: time to a confirmed disability milestone (e.g. EDSS ≥ 6) on long-format CSV
/// (msprog <c>value_milestone()</c>).</summary>
internal sealed class MilestoneCommand : ICliCommand
{
    private static readonly HashSet<string> Allowed =
        ["outcome", "worsening", "conf-days", "conf-tol-days", "require-sust-days", "relapse-to-event", "relapse-to-conf", "impute-last-visit", "edss-validation"];

    public string Name => "milestone";

    public string Summary => "Time to a confirmed milestone, e.g. EDSS >= 6, on CSV (msprog value_milestone()).";

    public IReadOnlyList<CliOption> Options { get; } =
    [
        .. ProgressionOptionSet.InputOptions,
        CliOption.Value("milestone", "VALUE", "the milestone, e.g. 6 (required). msprog: milestone.") with { Required = true },
        .. ProgressionOptionSet.ProgressionValues.Where(o => Allowed.Contains(o.Name)).Select(o => o.Declaration),
        CliOption.Output("results", "id, date, <value column>, time2event, observed: date and value at the milestone, or the last visit's date and an empty value when censored; time2event in days from the first visit; observed TRUE/FALSE."),
        CliOption.Output("json", "the library's milestone records (confirmation visit, imputation, input notes), written streaming."),
        CliOption.Flag("methods", "print a methods paragraph describing the milestone criteria (for a paper) on stdout; alone, without --visits, only that (--milestone is still required)."),
    ];

    public string Description =>
        """
        Time to the first confirmed reach of a disability value (e.g. EDSS >= 6), as msprog's value_milestone()
        (Montobbio et al., Mult Scler 2024). 'Reaches' is >= (<= for SDMT, where lower is worse). The search starts
        at the first visit; every visit up to the first eligible confirmation visit must also reach the milestone.
        Options carry msprog's names in kebab-case and msprog's defaults. Without an output file the table goes to stdout.

        Example:
          mscdomain milestone --visits visits.csv --relapses relapses.csv --milestone 6 --results edss6.csv
          mscdomain milestone --milestone 6 --methods
        """;

    public int Run(CliArguments args, TextWriter stdout, TextWriter stderr)
    {
        var milestoneText = args.Require("milestone");
        if (!decimal.TryParse(milestoneText, NumberStyles.Number, CultureInfo.InvariantCulture, out var milestone))
        {
            throw new CliUsageException($"option --milestone takes a number (e.g. 6 for EDSS >= 6), not '{milestoneText}'.");
        }

        var msprog = ProgressionOptionSet.MsprogArguments(args, Allowed);
        var flags = ProgressionOptionSet.Flags(args, Allowed);
        var seed = ProgressionOptionSet.Seed(args);
        var c = ProgressionOptionSet.Build(msprog, flags, seed);
        var options = new MilestoneOptions
        {
            Milestone = milestone,
            Outcome = c.Outcome,
            Worsening = c.Worsening,
            ConfirmationDays = c.ConfirmationDays,
            ConfirmationTolerance = c.ConfirmationTolerance,
            RequireSustainedDays = c.RequireSustainedDays,
            RelapseToEvent = c.RelapseToEvent,
            RelapseToConfirmation = c.RelapseToConfirmation,
            ImputeLastVisit = c.ImputeLastVisit,
            ImputationRandom = c.ImputationRandom,
            EdssValidation = c.EdssValidation,
        };
        try
        {
            options.Validate();
        }
        catch (ArgumentException e)
        {
            throw new CliUsageException(e.Message);
        }

        var csv = ProgressionOptionSet.Csv(args, options.Outcome, options.EdssValidation);
        var visits = args.Get("visits");
        var relapses = args.Get("relapses");
        var results = args.Get("results");
        var json = args.Get("json");
        var methods = args.Flag("methods");
        args.EnsureAllUsed();
        return Analyze(ProgressionOptionSet.Echo(msprog, flags), seed, milestone, options, csv, visits, relapses, results, json, methods, stdout, stderr);
    }

    /// <summary>The computation, separate from option parsing: reads, analyses and writes.</summary>
    private static int Analyze(
        IReadOnlyDictionary<string, string> msprog, int? seed, decimal milestone, MilestoneOptions options, ProgressionCsvOptions csv, string? visits, string? relapses,
        string? results, string? json, bool methods, TextWriter stdout, TextWriter stderr)
    {
        if (methods)
        {
            stdout.WriteLine(options.Describe());
            if (visits is null)
            {
                return 0;
            }

            if (results is null && json is null)
            {
                throw new CliUsageException("with --methods and --visits, name an output file (--results or --json).");
            }
        }

        if (visits is null)
        {
            throw new CliUsageException("option --visits is required (run 'mscdomain milestone --help').");
        }

        var input = ProgressionCsvReader.Read(visits, relapses, csv);
        stderr.WriteLine("mscdomain milestone: " + input.Summary);
        var analysed = ProgressionProgress.Run(
            input.Participants,
            batch => ConfirmedChangeCohort.Milestones(batch, options, seed is null ? null : 1),
            stderr);
        var day = csv.DateFormat == ProgressionDateFormat.Day;
        var valueColumn = csv.EffectiveValueColumn;
        if (results is null && json is null)
        {
            ProgressionCsvWriter.WriteMilestones(stdout, analysed, valueColumn, csv.IdColumn, csv.DateColumn, day);
        }
        else
        {
            using var outputs = new ProgressionOutputFiles();
            if (results is not null)
            {
                outputs.Write(results, w => ProgressionCsvWriter.WriteMilestones(w, analysed, valueColumn, csv.IdColumn, csv.DateColumn, day));
            }

            if (json is not null)
            {
                outputs.WriteStream(json, w => ProgressionJson.Write(w, new MilestoneJsonDocument("mscdomain milestone", msprog, milestone, input.Summary, analysed)));
            }

            outputs.Commit();
        }

        stderr.WriteLine($"mscdomain milestone: reached by {analysed.Count(r => r.Result.Observed):N0} of {analysed.Count:N0} participants.");
        return 0;
    }
}
