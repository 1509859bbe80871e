using System.Globalization;

namespace MscDomain.Disability;

public sealed partial record ConfirmedChangeOptions
{
    /// <summary>
    /// These options as msprog argument strings, the inverse of <see cref="FromMsprogArguments"/>: every name of
    /// <see cref="MsprogArgumentNames"/> (except <c>worsening</c> when it is implied by the outcome) with its value in
    /// msprog's spelling, so that <c>FromMsprogArguments(o.ToMsprogArguments())</c> gives options equal to <c>o</c>
    /// (a custom delta function and the random source are not arguments and are not included). Used by the tool's help
    /// to show each option's default as this record defines it.
    /// </summary>
    /// <returns>msprog argument name → value.</returns>
    public IReadOnlyDictionary<string, string> ToMsprogArguments()
    {
        static string B(bool b) => b ? "TRUE" : "FALSE";
        static string D(decimal d) => d.ToString(CultureInfo.InvariantCulture);
        static string W(RelapseWindow w) => w.DaysUntilNext == 0
            ? w.DaysSinceLast.ToString(CultureInfo.InvariantCulture)
            : string.Create(CultureInfo.InvariantCulture, $"{w.DaysSinceLast},{w.DaysUntilNext}");
        static string N(int? v) => v?.ToString(CultureInfo.InvariantCulture) ?? "null";

        var d = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["outcome"] = Outcome switch
            {
                OutcomeKind.Edss => "edss",
                OutcomeKind.T25fw => "t25fw",
                OutcomeKind.Nhpt => "nhpt",
                OutcomeKind.Sdmt => "sdmt",
                _ => "custom",
            },
            ["event"] = Events switch
            {
                EventSelection.FirstCdw => "firstCDW",
                EventSelection.FirstCdi => "firstCDI",
                EventSelection.First => "first",
                EventSelection.Multiple => "multiple",
                EventSelection.FirstPira => "firstPIRA",
                _ => "firstRAW",
            },
            ["RAW_PIRA"] = B(ClassifyRawPira),
            ["baseline"] = Baseline switch
            {
                BaselineScheme.Fixed => "fixed",
                BaselineScheme.Roving => "roving",
                BaselineScheme.RovingImprovement => "roving_impr",
                _ => "roving_wors",
            },
            ["proceed_from"] = ProceedFrom == ProceedFrom.FirstConfirmation ? "firstconf" : "event",
            ["sub_threshold_rebl"] = SubThresholdRebaseline switch
            {
                SubThresholdRebaseline.None => "none",
                SubThresholdRebaseline.Change => "change",
                SubThresholdRebaseline.Improvement => "improvement",
                _ => "worsening",
            },
            ["bl_geq"] = B(BaselineNeverLower),
            ["relapse_rebl"] = B(RelapseRebaseline),
            ["skip_local_extrema"] = SkipLocalExtrema switch
            {
                SkipLocalExtrema.None => "none",
                SkipLocalExtrema.Strict => "strict",
                _ => "all",
            },
            ["conf_days"] = string.Join(",", ConfirmationDays.Select(x => x.ToString(CultureInfo.InvariantCulture))),
            ["conf_tol_days"] = D(ConfirmationTolerance.LowerDays) + "," + (ConfirmationTolerance.UpperDays is { } u ? D(u) : "Inf"),
            ["check_intermediate"] = B(CheckIntermediate),
            ["require_sust_days"] = RequireSustainedDays == SustainedToEnd ? "Inf" : RequireSustainedDays.ToString(CultureInfo.InvariantCulture),
            ["relapse_to_bl"] = W(RelapseToBaseline),
            ["relapse_to_event"] = W(RelapseToEvent),
            ["relapse_to_conf"] = W(RelapseToConfirmation),
            ["relapse_assoc"] = W(RelapseAssociation),
            ["relapse_indep"] = Pira.Name != new PiraDefinition().Name ? Pira.Name : $"{N(Pira.P0)},{N(Pira.P1)},{N(Pira.E0)},{N(Pira.E1)},{N(Pira.C0)},{N(Pira.C1)}",
            ["relapse_indep_prec"] = Pira.PrecedingVisit switch
            {
                PiraPrecedingVisit.Baseline => "baseline",
                PiraPrecedingVisit.Last => "last",
                _ => "last_delta",
            },
            ["impute_last_visit"] = D(ImputeLastVisit),
            ["include_stable"] = B(IncludeStable),
            ["delta"] = EdssDeltas.Name,
            ["threshold_arithmetic"] = Arithmetic == ThresholdArithmetic.Exact ? "exact" : "msprog",
            ["edss_validation"] = EdssValidation == EdssValidation.Strict ? "strict" : "range",
        };
        if (Worsening is { } w)
        {
            d["worsening"] = w == WorseningDirection.Increase ? "increase" : "decrease";
        }

        return d;
    }
}
