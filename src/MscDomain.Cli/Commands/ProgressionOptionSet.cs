using MscDomain.Disability;
using MscDomain.Tabular.Progression;

namespace MscDomain.Cli.Commands;

/// <summary>The msprog options of <c>progression</c> and <c>milestone</c>: kebab-case option ↔ msprog argument name,
/// parsing into <see cref="ConfirmedChangeOptions"/> through <see cref="ConfirmedChangeOptions.FromMsprogArguments"/>,
/// and the CSV column options shared by both commands.</summary>
internal static class ProgressionOptionSet
{
    /// <summary>An option with a value: CLI name, msprog argument name, help text.</summary>
    internal sealed record ValueOption(string Name, string Msprog, string Help)
    {
        /// <summary>The declaration, with the default read from <see cref="ConfirmedChangeOptions"/>.</summary>
        public CliOption Declaration => CliOption.Value(Name, "VALUE", Help, DefaultOf(Msprog));
    }

    /// <summary>A logical option (bare flag = true; or <c>--x true|false</c>): CLI name, msprog argument name, help text, and
    /// the typed property it sets on <see cref="ConfirmedChangeOptions"/> (never a "TRUE"/"FALSE" string).</summary>
    internal sealed record FlagOption(string Name, string Msprog, string Help, Func<ConfirmedChangeOptions, bool, ConfirmedChangeOptions> Apply)
    {
        /// <summary>The declaration, with the default read from <see cref="ConfirmedChangeOptions"/>.</summary>
        public CliOption Declaration => CliOption.Flag(Name, Help, DefaultOf(Msprog));
    }

    /// <summary>The default of an msprog argument as <see cref="ConfirmedChangeOptions"/> defines it, in msprog's spelling.</summary>
    private static Func<string>? DefaultOf(string msprog) =>
        new ConfirmedChangeOptions().ToMsprogArguments().ContainsKey(msprog) ? () => new ConfirmedChangeOptions().ToMsprogArguments()[msprog] : null;

    /// <summary>The CSV reader's defaults.</summary>
    private static readonly ProgressionCsvOptions CsvDefaults = new();

    /// <summary>Options taking a value, passed to msprog argument parsing as given.</summary>
    internal static IReadOnlyList<ValueOption> ProgressionValues { get; } =
    [
        new("outcome", "outcome", "edss | t25fw | nhpt | sdmt | custom. msprog: outcome."),
        new("worsening", "worsening", "increase | decrease: direction of worsening; required for --outcome custom. msprog: worsening."),
        new("event", "event", "firstCDW | firstCDI | first | multiple | firstPIRA | firstRAW (kebab-case aliases first-cdw, first-cdi, first-pira, first-raw). msprog: event."),
        new("baseline", "baseline", "fixed | roving | roving_impr | roving_wors (or roving-impr, roving-wors). msprog: baseline."),
        new("proceed-from", "proceed_from", "firstconf | event. msprog: proceed_from."),
        new("sub-threshold-rebl", "sub_threshold_rebl", "none | change | improvement | worsening. msprog: sub_threshold_rebl."),
        new("skip-local-extrema", "skip_local_extrema", "none | strict | all. msprog: skip_local_extrema."),
        new("conf-days", "conf_days", "confirmation period(s) in days, comma-separated, e.g. 84 or 84,168. msprog: conf_days."),
        new("conf-tol-days", "conf_tol_days", "tolerance: one value (symmetric) or lower,upper; upper may be inf, e.g. 7,730.5 or 0,inf. msprog: conf_tol_days."),
        new("require-sust-days", "require_sust_days", "days a change must be sustained; 0 = off, inf = to the end of follow-up. msprog: require_sust_days."),
        new("relapse-to-bl", "relapse_to_bl", "days since the last relapse[,until the next] for a valid baseline. msprog: relapse_to_bl."),
        new("relapse-to-event", "relapse_to_event", "days since the last relapse[,until the next] for a valid event onset. msprog: relapse_to_event."),
        new("relapse-to-conf", "relapse_to_conf", "days since the last relapse[,until the next] for a valid confirmation. msprog: relapse_to_conf."),
        new("relapse-assoc", "relapse_assoc", "days before[,after] onset within which a relapse makes a CDW relapse-associated (RAW). msprog: relapse_assoc."),
        new("relapse-indep", "relapse_indep", "PIRA relapse-free windows as six bounds p0,p1,e0,e1,c0,c1 in days, null for no bound on p1,e0,e1,c0 (msprog relapse_indep_from_bounds), e.g. 0,null,null,30,30,30; or a preset name (see --pira-preset). msprog: relapse_indep."),
        new("relapse-indep-prec", "relapse_indep_prec", "baseline | last | last_delta (or last-delta): the visit preceding the onset for the p-window. msprog: relapse_indep(prec_type = ...)."),
        new("impute-last-visit", "impute_last_visit", "0 = never; 1 = always; 0<p<1 = probability (needs --seed); >1 = accept a last-visit event up to this many days of follow-up. msprog: impute_last_visit."),
        new("delta-table", "delta", "EDSS minimum-change table: msprog (+1.5 from 0, +1.0 up to 5.0, +0.5 above) | trial (+1.0 up to 5.5, +0.5 above) | expand | edss-plus. msprog: delta_fun (built-in tables only)."),
        new("threshold-arithmetic", "threshold_arithmetic", "exact (decimal arithmetic) | msprog (R's binary floating point, for bit-identical msprog results at exact thresholds)."),
        new("edss-validation", "edss_validation", "strict (EDSS steps 0, 1.0, 1.5, …, 10) | range (any value in 0–10). msprog: none (this library's check)."),
    ];

    /// <summary>Logical options.</summary>
    internal static IReadOnlyList<FlagOption> ProgressionFlags { get; } =
    [
        new("raw-pira", "RAW_PIRA", "classify each CDW as PIRA, RAW or undefined (adds CDW_type and PIRA_conf<d> columns). msprog: RAW_PIRA.", (o, v) => o with { ClassifyRawPira = v }),
        new("relapse-rebl", "relapse_rebl", "re-baseline after every relapse. msprog: relapse_rebl.", (o, v) => o with { RelapseRebaseline = v }),
        new("bl-geq", "bl_geq", "a new roving baseline may not be better than the previous one (msprog: greater or equal for increasing outcomes). msprog: bl_geq.", (o, v) => o with { BaselineNeverLower = v }),
        new("check-intermediate", "check_intermediate", "every visit between onset and confirmation must also show the change. msprog: check_intermediate.", (o, v) => o with { CheckIntermediate = v }),
        new("include-stable", "include_stable", "write event-free participants as nevent=0 rows. msprog: include_stable.", (o, v) => o with { IncludeStable = v }),
    ];

    /// <summary>Options shared by both commands for reading and writing CSV (not msprog arguments).</summary>
    internal static IReadOnlyList<CliOption> InputOptions { get; } =
    [
        CliOption.Input("visits", "long-format visit CSV, one row per assessment (required unless --methods alone)."),
        CliOption.Input("relapses", "relapse CSV, one row per relapse onset (optional)."),
        CliOption.Value("id-column", "NAME", "participant id column. msprog: subj_col (alias --subj-col).", () => CsvDefaults.IdColumn),
        CliOption.Value("subj-col", "NAME", "msprog's name for --id-column."),
        CliOption.Value("date-column", "NAME", "visit date column. msprog: date_col (alias --date-col).", () => CsvDefaults.DateColumn),
        CliOption.Value("date-col", "NAME", "msprog's name for --date-column."),
        CliOption.Value("value-column", "NAME", "outcome column; by default the outcome's name (EDSS, T25FW, NHPT, SDMT). msprog: value_col (alias --value-col)."),
        CliOption.Value("value-col", "NAME", "msprog's name for --value-column."),
        CliOption.Value("rsubj-col", "NAME", "participant id column of the relapse file; by default the --id-column name. msprog: rsubj_col."),
        CliOption.Value("relapse-date-column", "NAME", "relapse onset column; by default the --date-column name, as msprog. msprog: rdate_col (alias --rdate-col)."),
        CliOption.Value("rdate-col", "NAME", "msprog's name for --relapse-date-column."),
        CliOption.Value("validconf-col", "NAME", "logical column (TRUE/FALSE) marking visits that may confirm, e.g. scheduled visits. msprog: validconf_col."),
        CliOption.Value("date-format", "FORMAT", "iso | day: ISO dates yyyy-MM-dd or whole day numbers from any origin (msprog date_format = \"day\"); outputs use the same format.", () => CsvDefaults.DateFormat == ProgressionDateFormat.Iso ? "iso" : "day"),
        CliOption.Value("seed", "N", "seed for probabilistic last-visit imputation (0 < --impute-last-visit < 1); runs single-threaded."),
    ];

    /// <summary>Builds the msprog argument dictionary from the command line for the given subset of option names.</summary>
    /// <param name="args">The command line.</param>
    /// <param name="allowed">CLI names to read (others are left for <see cref="CliArguments.EnsureAllUsed"/> to reject).</param>
    /// <returns>msprog argument name → value as given.</returns>
    internal static Dictionary<string, string> MsprogArguments(CliArguments args, IReadOnlySet<string> allowed)
    {
        var d = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var o in ProgressionValues.Where(o => allowed.Contains(o.Name)))
        {
            if (args.Get(o.Name) is { } v)
            {
                d[o.Msprog] = v;
            }
        }

        if (allowed.Contains("pira-preset") && args.Get("pira-preset") is { } preset)
        {
            if (d.ContainsKey("relapse_indep"))
            {
                throw new CliUsageException("give either --pira-preset or --relapse-indep, not both.");
            }

            try
            {
                _ = PiraDefinition.FromName(preset);
            }
            catch (ArgumentException)
            {
                throw new CliUsageException($"option --pira-preset: unknown preset '{preset}'; known: muller2023, high-specificity, kappos2020, cagol2022, muller2025, muller2025-onset-only.");
            }

            d["relapse_indep"] = preset;
        }

        return d;
    }

    /// <summary>The logical options given on the command line, as typed values.</summary>
    /// <param name="args">The command line.</param>
    /// <param name="allowed">CLI names to read.</param>
    /// <returns>Each given flag with its value.</returns>
    internal static IReadOnlyList<(FlagOption Option, bool Value)> Flags(CliArguments args, IReadOnlySet<string> allowed) =>
        [.. ProgressionFlags.Where(f => allowed.Contains(f.Name) && args.Has(f.Name)).Select(f => (f, args.Flag(f.Name)))];

    /// <summary>The arguments as given, for the record in a JSON result: the value options plus each flag in msprog's
    /// logical spelling (output only; options are built from the typed flags).</summary>
    /// <param name="msprog">The value options.</param>
    /// <param name="flags">The flags.</param>
    /// <returns>msprog argument name → value as a person reads it.</returns>
    internal static IReadOnlyDictionary<string, string> Echo(IReadOnlyDictionary<string, string> msprog, IReadOnlyList<(FlagOption Option, bool Value)> flags)
    {
        var d = new Dictionary<string, string>(msprog, StringComparer.Ordinal);
        foreach (var (flag, value) in flags)
        {
            d[flag.Msprog] = value ? "TRUE" : "FALSE";
        }

        return d;
    }

    /// <summary>Parses msprog value arguments into options and sets the typed flags, turning argument errors into usage errors.</summary>
    /// <param name="msprog">msprog argument name → value (options with a value in msprog's syntax).</param>
    /// <param name="flags">The logical options, typed.</param>
    /// <param name="seed">Seed for probabilistic imputation, if given.</param>
    /// <returns>Validated options.</returns>
    /// <exception cref="CliUsageException">An option value is invalid.</exception>
    internal static ConfirmedChangeOptions Build(IReadOnlyDictionary<string, string> msprog, IReadOnlyList<(FlagOption Option, bool Value)> flags, int? seed)
    {
        if (seed is null && msprog.TryGetValue("impute_last_visit", out var p)
            && decimal.TryParse(p, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var probability) && probability is > 0m and < 1m)
        {
            throw new CliUsageException($"option --impute-last-visit {p} is a probability: give --seed N for a reproducible random source.");
        }

        try
        {
            var o = ConfirmedChangeOptions.FromMsprogArguments(msprog);
            foreach (var (flag, value) in flags)
            {
                o = flag.Apply(o, value);
            }

            if (seed is { } s)
            {
                o = o with { ImputationRandom = new Random(s) };
            }

            o.Validate();
            return o;
        }
        catch (MsprogArgumentException e)
        {
            // The core names the argument, the value and what it expects; the command line names its own option.
            throw new CliUsageException($"option --{CliNameOf(e.Argument)}: '{e.Value}' is invalid: expected {e.Expected}.");
        }
        catch (ArgumentException e)
        {
            throw new CliUsageException(e.Message);
        }
        catch (InvalidOperationException e)
        {
            throw new CliUsageException(e.Message);
        }
    }

    /// <summary>The command-line name of an msprog argument (a table lookup, not a text rewrite).</summary>
    private static string CliNameOf(string msprog) =>
        ProgressionValues.FirstOrDefault(o => o.Msprog == msprog)?.Name
        ?? ProgressionFlags.FirstOrDefault(o => o.Msprog == msprog)?.Name
        ?? (msprog == "relapse_indep" ? "relapse-indep" : msprog.Replace('_', '-'));

    /// <summary>Reads the CSV column options.</summary>
    /// <param name="args">The command line.</param>
    /// <param name="outcome">The outcome (for the default value column and range checks).</param>
    /// <param name="edss">EDSS validation.</param>
    /// <returns>The reader options.</returns>
    internal static ProgressionCsvOptions Csv(CliArguments args, OutcomeKind outcome, EdssValidation edss) => new()
    {
        IdColumn = Aliased(args, "id-column", "subj-col") ?? CsvDefaults.IdColumn,
        DateColumn = Aliased(args, "date-column", "date-col") ?? CsvDefaults.DateColumn,
        ValueColumn = Aliased(args, "value-column", "value-col"),
        RelapseIdColumn = args.Get("rsubj-col"),
        RelapseDateColumn = Aliased(args, "relapse-date-column", "rdate-col"),
        ValidConfirmationColumn = args.Get("validconf-col"),
        DateFormat = args.Get("date-format")?.ToLowerInvariant() switch
        {
            null => CsvDefaults.DateFormat,
            "iso" or "date" or "ymd" => ProgressionDateFormat.Iso,
            "day" or "days" => ProgressionDateFormat.Day,
            var v => throw new CliUsageException($"option --date-format takes iso or day, not '{v}'."),
        },
        Outcome = outcome,
        EdssValidation = edss,
    };

    /// <summary>An option that also has msprog's name as an alias; giving both is a usage error.</summary>
    /// <param name="args">The command line.</param>
    /// <param name="name">The option name.</param>
    /// <param name="alias">msprog's argument name in kebab-case.</param>
    /// <returns>The value or null.</returns>
    internal static string? Aliased(CliArguments args, string name, string alias)
    {
        var a = args.Get(name);
        var b = args.Get(alias);
        return a is not null && b is not null ? throw new CliUsageException($"give either --{name} or --{alias}, not both.") : a ?? b;
    }

    /// <summary>The <c>--seed</c> option.</summary>
    /// <param name="args">The command line.</param>
    /// <returns>The seed or null.</returns>
    internal static int? Seed(CliArguments args) =>
        args.Get("seed") is { } s
            ? int.TryParse(s, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : throw new CliUsageException($"option --seed takes a whole number, not '{s}'.")
            : null;
}
