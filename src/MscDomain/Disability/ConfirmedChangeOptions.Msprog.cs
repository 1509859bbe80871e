using System.Globalization;

namespace MscDomain.Disability;

public sealed partial record ConfirmedChangeOptions
{
    /// <summary>The argument names <see cref="FromMsprogArguments"/> understands (msprog's, plus this library's extras).</summary>
    public static IReadOnlyList<string> MsprogArgumentNames { get; } =
    [
        "outcome", "worsening", "event", "RAW_PIRA", "baseline", "proceed_from", "sub_threshold_rebl", "bl_geq",
        "relapse_rebl", "skip_local_extrema", "conf_days", "conf_tol_days", "check_intermediate", "require_sust_days",
        "relapse_to_bl", "relapse_to_event", "relapse_to_conf", "relapse_assoc", "relapse_indep", "relapse_indep_prec",
        "impute_last_visit", "include_stable", "delta", "threshold_arithmetic", "edss_validation",
    ];

    /// <summary>Builds options from msprog-style argument strings (e.g. from a command line or a settings file).</summary>
    /// <param name="arguments">Argument name → value. Names as in msprog (<c>event</c>, <c>baseline</c>,
    /// <c>conf_days</c>, …; see <see cref="MsprogArgumentNames"/>); values as msprog spells them: enums
    /// (<c>firstCDW</c>, <c>roving_impr</c>, <c>firstconf</c>, <c>change</c>, <c>strict</c>), booleans
    /// (<c>TRUE</c>/<c>true</c>/<c>1</c>), numbers, lists separated by commas (<c>84,168</c>; <c>c(84, 168)</c> and
    /// <c>[84, 168]</c> also accepted), <c>Inf</c> for unbounded, <c>null</c>/<c>NULL</c> for R's NULL.
    /// <c>relapse_indep</c> is a preset name (<c>Muller2023</c>, <c>Muller2023HighSpecificity</c>, <c>Kappos2020</c>,
    /// <c>Cagol2022</c>, <c>Muller2025</c>, <c>Muller2025OnsetOnly</c>) or six bounds <c>p0,p1,e0,e1,c0,c1</c> (null
    /// allowed for p1, e0, e1, c0) with <c>relapse_indep_prec</c> = <c>baseline</c> | <c>last</c> | <c>last_delta</c>.
    /// Extras: <c>delta</c> = EDSS delta table (<c>MsprogDefault</c>, <c>TrialConvention</c>, <c>Expand</c>,
    /// <c>EdssPlus</c>), <c>threshold_arithmetic</c> = <c>exact</c> | <c>msprog</c>, <c>edss_validation</c> =
    /// <c>strict</c> | <c>range</c>.</param>
    /// <param name="baseOptions">Options to start from (null = defaults).</param>
    /// <returns>The options.</returns>
    /// <exception cref="ArgumentException">An unknown name or an unparsable value (the message names both).</exception>
    public static ConfirmedChangeOptions FromMsprogArguments(IReadOnlyDictionary<string, string> arguments, ConfirmedChangeOptions? baseOptions = null)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var o = baseOptions ?? new ConfirmedChangeOptions();
        string? prec = null;
        string? indep = null;
        foreach (var (key, raw) in arguments)
        {
            var v = raw?.Trim() ?? "null";
            o = key switch
            {
                "outcome" => o with { Outcome = ParseOutcome(key, v) },
                "worsening" => o with { Worsening = IsNull(v) ? null : ParseWorsening(key, v) },
                "event" => o with { Events = ParseEvent(key, v) },
                "RAW_PIRA" or "raw_pira" => o with { ClassifyRawPira = ParseBool(key, v) },
                "baseline" => o with { Baseline = ParseBaseline(key, v) },
                "proceed_from" => o with { ProceedFrom = Norm(v) switch { "firstconf" => ProceedFrom.FirstConfirmation, "event" => ProceedFrom.Event, _ => throw Bad(key, v, "firstconf | event") } },
                "sub_threshold_rebl" => o with
                {
                    SubThresholdRebaseline = Norm(v) switch
                    {
                        "none" => SubThresholdRebaseline.None,
                        "change" or "event" => SubThresholdRebaseline.Change,
                        "improvement" => SubThresholdRebaseline.Improvement,
                        "worsening" => SubThresholdRebaseline.Worsening,
                        _ => throw Bad(key, v, "none | change | improvement | worsening"),
                    },
                },
                "bl_geq" => o with { BaselineNeverLower = ParseBool(key, v) },
                "relapse_rebl" => o with { RelapseRebaseline = ParseBool(key, v) },
                "skip_local_extrema" => o with
                {
                    SkipLocalExtrema = Norm(v) switch
                    {
                        "none" or "false" => SkipLocalExtrema.None,
                        "strict" or "delta" => SkipLocalExtrema.Strict,
                        "all" => SkipLocalExtrema.All,
                        _ => throw Bad(key, v, "none | strict | all"),
                    },
                },
                "conf_days" => o with { ConfirmationDays = List(v).Select(x => ParseInt(key, x)).ToArray() },
                "conf_tol_days" => o with { ConfirmationTolerance = ParseTolerance(key, v) },
                "check_intermediate" => o with { CheckIntermediate = ParseBool(key, v) },
                "require_sust_days" => o with { RequireSustainedDays = IsInf(v) ? SustainedToEnd : ParseInt(key, v) },
                "relapse_to_bl" => o with { RelapseToBaseline = ParseWindow(key, v) },
                "relapse_to_event" => o with { RelapseToEvent = ParseWindow(key, v) },
                "relapse_to_conf" => o with { RelapseToConfirmation = ParseWindow(key, v) },
                "relapse_assoc" => o with { RelapseAssociation = ParseWindow(key, v) },
                "relapse_indep" => SetIndep(o, v, ref indep),
                "relapse_indep_prec" or "prec_type" => SetPrec(o, v, ref prec),
                "impute_last_visit" => o with { ImputeLastVisit = ParseDecimal(key, v) },
                "include_stable" => o with { IncludeStable = ParseBool(key, v) },
                "delta" => o with { EdssDeltas = DeltaBands.FromName(v) },
                "threshold_arithmetic" => o with
                {
                    Arithmetic = Norm(v) switch { "exact" => ThresholdArithmetic.Exact, "msprog" or "binary" => ThresholdArithmetic.Msprog, _ => throw Bad(key, v, "exact | msprog") },
                },
                "edss_validation" => o with
                {
                    EdssValidation = Norm(v) switch { "strict" => EdssValidation.Strict, "range" or "rangeonly" => EdssValidation.RangeOnly, _ => throw Bad(key, v, "strict | range") },
                },
                _ => throw new ArgumentException($"Unknown msprog argument '{key}' (value '{v}'); known: {string.Join(", ", MsprogArgumentNames)}.", nameof(arguments)),
            };
        }

        if (prec is not null)
        {
            o = o with { Pira = o.Pira with { PrecedingVisit = ParsePrec(prec) } };
        }

        return o;

        static ConfirmedChangeOptions SetIndep(ConfirmedChangeOptions o, string v, ref string? indep)
        {
            indep = v;
            if (IsNull(v))
            {
                return o with { Pira = PiraDefinition.Muller2023 };
            }

            var parts = List(v);
            if (parts.Count == 1 && !char.IsDigit(parts[0][0]))
            {
                return o with { Pira = PiraDefinition.FromName(parts[0]) };
            }

            if (parts.Count is not (6 or 7))
            {
                throw Bad("relapse_indep", v, "a preset name or six bounds p0,p1,e0,e1,c0,c1 (null allowed for p1,e0,e1,c0)");
            }

            int? N(int i) => IsNull(parts[i]) ? null : ParseInt("relapse_indep", parts[i]);
            var p0 = N(0) ?? throw Bad("relapse_indep", v, "p0 may not be null");
            var c1 = N(5) ?? throw Bad("relapse_indep", v, "c1 may not be null");
            var def = new PiraDefinition { P0 = p0, P1 = N(1), E0 = N(2), E1 = N(3), C0 = N(4), C1 = c1 };
            if (parts.Count == 7)
            {
                def = def with { PrecedingVisit = ParsePrec(parts[6]) };
            }

            def.Validate();
            return o with { Pira = def };
        }

        static ConfirmedChangeOptions SetPrec(ConfirmedChangeOptions o, string v, ref string? prec)
        {
            prec = v;
            return o;
        }
    }

    private static PiraPrecedingVisit ParsePrec(string v) => Norm(v) switch
    {
        "baseline" => PiraPrecedingVisit.Baseline,
        "last" => PiraPrecedingVisit.Last,
        "lastdelta" or "lastlower" => PiraPrecedingVisit.LastDelta,
        _ => throw Bad("relapse_indep_prec", v, "baseline | last | last_delta"),
    };

    private static OutcomeKind ParseOutcome(string key, string v) => Norm(v) switch
    {
        "edss" => OutcomeKind.Edss,
        "t25fw" => OutcomeKind.T25fw,
        "nhpt" or "9hpt" => OutcomeKind.Nhpt,
        "sdmt" => OutcomeKind.Sdmt,
        "custom" or "null" => OutcomeKind.Custom,
        _ => throw Bad(key, v, "edss | t25fw | nhpt | sdmt | custom"),
    };

    private static WorseningDirection ParseWorsening(string key, string v) => Norm(v) switch
    {
        "increase" => WorseningDirection.Increase,
        "decrease" => WorseningDirection.Decrease,
        _ => throw Bad(key, v, "increase | decrease"),
    };

    private static EventSelection ParseEvent(string key, string v) => Norm(v) switch
    {
        "firstcdw" => EventSelection.FirstCdw,
        "firstcdi" => EventSelection.FirstCdi,
        "first" => EventSelection.First,
        "multiple" => EventSelection.Multiple,
        "firstpira" => EventSelection.FirstPira,
        "firstraw" => EventSelection.FirstRaw,
        _ => throw Bad(key, v, "firstCDW | firstCDI | first | multiple | firstPIRA | firstRAW"),
    };

    private static BaselineScheme ParseBaseline(string key, string v) => Norm(v) switch
    {
        "fixed" => BaselineScheme.Fixed,
        "roving" => BaselineScheme.Roving,
        "rovingimpr" or "rovingimprovement" => BaselineScheme.RovingImprovement,
        "rovingwors" or "rovingworsening" => BaselineScheme.RovingWorsening,
        _ => throw Bad(key, v, "fixed | roving | roving_impr | roving_wors"),
    };

    private static ConfirmationTolerance ParseTolerance(string key, string v)
    {
        var parts = List(v);
        if (parts.Count is not (1 or 2))
        {
            throw Bad(key, v, "one value (symmetric) or two values (lower, upper; upper may be Inf)");
        }

        var lower = ParseDecimal(key, parts[0]);
        var upperText = parts.Count == 2 ? parts[1] : parts[0];
        return new ConfirmationTolerance(lower, IsInf(upperText) ? null : ParseDecimal(key, upperText));
    }

    private static RelapseWindow ParseWindow(string key, string v)
    {
        var parts = List(v);
        if (parts.Count is not (1 or 2))
        {
            throw Bad(key, v, "one value (days since the last relapse) or two (since last, until next)");
        }

        return new RelapseWindow(ParseInt(key, parts[0]), parts.Count == 2 ? ParseInt(key, parts[1]) : 0);
    }

    private static List<string> List(string v)
    {
        var t = v.Trim();
        if (t.StartsWith("c(", StringComparison.Ordinal) && t.EndsWith(')'))
        {
            t = t[2..^1];
        }
        else if (t.StartsWith('[') && t.EndsWith(']'))
        {
            t = t[1..^1];
        }
        else if (t.StartsWith('(') && t.EndsWith(')'))
        {
            t = t[1..^1];
        }

        return t.Split([',', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
    }

    private static string Norm(string v) => v.Trim().Trim('"', '\'').Replace("_", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal).ToLowerInvariant();

    private static bool IsNull(string v) => Norm(v) is "null" or "none" or "na" or "";

    private static bool IsInf(string v) => Norm(v) is "inf" or "infinity" or "∞";

    private static bool ParseBool(string key, string v) => Norm(v) switch
    {
        "true" or "t" or "1" or "yes" => true,
        "false" or "f" or "0" or "no" => false,
        _ => throw Bad(key, v, "TRUE | FALSE"),
    };

    private static int ParseInt(string key, string v) =>
        decimal.TryParse(v.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var d) && d == decimal.Truncate(d) && d >= int.MinValue && d <= int.MaxValue
            ? (int)d
            : throw Bad(key, v, "a whole number of days");

    private static decimal ParseDecimal(string key, string v) =>
        decimal.TryParse(v.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var d) ? d : throw Bad(key, v, "a number");

    private static MsprogArgumentException Bad(string key, string value, string rule) => new(key, value, rule);
}
