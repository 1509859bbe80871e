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

    public string Help { get; } = BuildHelp();

    public int Run(CliArguments args, TextWriter stdout, TextWriter stderr)
    {
        var milestoneText = args.Require("milestone");
        if (!decimal.TryParse(milestoneText, NumberStyles.Number, CultureInfo.InvariantCulture, out var milestone))
        {
            throw new CliUsageException($"option --milestone takes a number (e.g. 6 for EDSS >= 6), not '{milestoneText}'.");
        }

        var msprog = ProgressionOptionSet.MsprogArguments(args, Allowed);
        var seed = ProgressionOptionSet.Seed(args);
        var c = ProgressionOptionSet.Build(msprog, seed);
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
                outputs.Write(json, w => ProgressionJson.Write(w, new MilestoneJsonDocument("mscdomain milestone", msprog, milestone, input.Summary, analysed)));
            }

            outputs.Commit();
        }

        stderr.WriteLine($"mscdomain milestone: reached by {analysed.Count(r => r.Result.Observed):N0} of {analysed.Count:N0} participants.");
        return 0;
    }

    private static string BuildHelp()
    {
        var w = new StringWriter();
        w.WriteLine("Usage: mscdomain milestone --visits FILE [--relapses FILE] --milestone VALUE [options] [--results FILE] [--json FILE] [--methods]");
        w.WriteLine();
        w.WriteLine("Time to the first confirmed reach of a disability value (e.g. EDSS >= 6), as msprog's value_milestone()");
        w.WriteLine("(Montobbio et al., Mult Scler 2024). 'Reaches' is >= (<= for SDMT, where lower is worse). The search starts");
        w.WriteLine("at the first visit; every visit up to the first eligible confirmation visit must also reach the milestone.");
        w.WriteLine();
        w.WriteLine("Input:");
        foreach (var (name, help) in ProgressionOptionSet.InputOptions)
        {
            ProgressionOptionSet.HelpLine(w, name, help);
        }

        w.WriteLine();
        w.WriteLine("Options (msprog names in kebab-case, msprog defaults):");
        ProgressionOptionSet.HelpLine(w, "milestone", "VALUE  the milestone, e.g. 6 (required). msprog: milestone.");
        foreach (var o in ProgressionOptionSet.ProgressionValues.Where(o => Allowed.Contains(o.Name)))
        {
            ProgressionOptionSet.HelpLine(w, o.Name, o.Help);
        }

        w.WriteLine();
        w.WriteLine("Output (without an output file the table goes to stdout):");
        ProgressionOptionSet.HelpLine(w, "results", "FILE  id, date, <value column>, time2event, observed: date and value at the milestone, or the last visit's date and an empty value when censored; time2event in days from the first visit; observed TRUE/FALSE.");
        ProgressionOptionSet.HelpLine(w, "json", "FILE  the library's milestone records (confirmation visit, imputation, input notes).");
        ProgressionOptionSet.HelpLine(w, "methods", "print a methods paragraph describing the milestone criteria (for a paper) on stdout; alone, without --visits, only that (--milestone is still required).");
        w.WriteLine();
        w.WriteLine("Example:");
        w.WriteLine("  mscdomain milestone --visits visits.csv --relapses relapses.csv --milestone 6 --results edss6.csv");
        w.WriteLine("  mscdomain milestone --milestone 6 --methods");
        return w.ToString();
    }
}
