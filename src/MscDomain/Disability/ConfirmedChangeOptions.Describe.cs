using System.Globalization;
using System.Text;

namespace MscDomain.Disability;

public sealed partial record ConfirmedChangeOptions
{
    /// <summary>A paragraph describing the criteria these options apply, for the methods section of a paper
    /// (the counterpart of msprog's <c>print()</c> / <c>criteria_text()</c>).</summary>
    /// <returns>English prose citing the sources of the definitions used.</returns>
    public string Describe()
    {
        var ci = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        var outcomeName = OutcomeKindText.MethodsName(Outcome);
        var what = Events switch
        {
            EventSelection.FirstCdw => "the first confirmed disability worsening (CDW)",
            EventSelection.FirstCdi => "the first confirmed disability improvement (CDI)",
            EventSelection.First => "the first confirmed event (CDW or CDI)",
            EventSelection.Multiple => "all confirmed disability worsening (CDW) and improvement (CDI) events",
            EventSelection.FirstPira => "the first progression independent of relapse activity (PIRA)",
            _ => "the first relapse-associated worsening (RAW)",
        };
        sb.Append(ci, $"Disability course was assessed on the {outcomeName} with the msprog algorithm (Montobbio et al., Mult Scler 2024;30:1185–1192), reimplemented in MscDomain, searching for {what}. ");

        var delta = CustomDelta is not null
            ? $"a study-specific threshold ({DeltaName})"
            : Outcome switch
            {
                OutcomeKind.Edss when EdssDeltas == DeltaBands.MsprogDefault => "an increase of at least 1.5 points from a reference EDSS of 0, 1.0 point from 1.0–5.0 and 0.5 point above 5.0",
                OutcomeKind.Edss => $"EDSS thresholds {string.Join("; ", EdssDeltas.Bands.Select(b => b.UpperInclusive is { } u ? $"{b.Delta.ToString(ci)} up to {u.ToString(ci)}" : $"{b.Delta.ToString(ci)} above"))} ({EdssDeltas.Name})",
                OutcomeKind.T25fw or OutcomeKind.Nhpt => "a change of at least 20% of the reference time",
                OutcomeKind.Sdmt => "a change of at least 4 points or 20% of the reference score, whichever is smaller",
                _ => "the study threshold",
            };
        sb.Append(ci, $"A clinically meaningful change was {delta}, relative to the reference value; ");
        sb.Append(Arithmetic == ThresholdArithmetic.Exact ? "thresholds were compared in exact decimal arithmetic. " : "thresholds were compared in binary floating point exactly as msprog does. ");

        sb.Append(ci, $"Changes had to be confirmed at a visit {ConfirmationCriteria.ConfirmationWindow(ConfirmationDays, ConfirmationTolerance)} from onset");
        sb.Append(CheckIntermediate ? ", with the change maintained at every intermediate visit" : ", checking the confirmation visit only");
        if (ConfirmationCriteria.IsOn(RelapseToConfirmation))
        {
            sb.Append(ci, $"; visits {ConfirmationCriteria.Window(RelapseToConfirmation)} could not confirm");
        }

        sb.Append(". ");
        ConfirmationCriteria.AppendSustained(sb, RequireSustainedDays, "Events were retained");

        var baseline = Baseline switch
        {
            BaselineScheme.Fixed => "a fixed baseline (the first eligible visit)",
            BaselineScheme.Roving => "a roving baseline, reset after every confirmed event",
            BaselineScheme.RovingImprovement => "a baseline reset after every confirmed improvement",
            _ => "a baseline reset after every confirmed worsening",
        };
        sb.Append(ci, $"Changes were measured from {baseline}");
        if (Baseline != BaselineScheme.Fixed)
        {
            sb.Append(ProceedFrom == ProceedFrom.FirstConfirmation ? " to the first confirmation visit" : " to the onset visit");
        }

        if (SubThresholdRebaseline != SubThresholdRebaseline.None)
        {
            sb.Append(ci, $"; confirmed sub-threshold {SubThresholdRebaseline switch { SubThresholdRebaseline.Change => "changes", SubThresholdRebaseline.Improvement => "improvements", _ => "worsenings" }} also moved the reference");
        }

        if (RelapseRebaseline)
        {
            sb.Append("; the reference was also reset after each relapse (Kappos et al., JAMA Neurol 2020;77:1132–1140)");
            if (BaselineNeverLower)
            {
                sb.Append(", never to a lower value");
            }
        }

        if (SkipLocalExtrema != SkipLocalExtrema.None)
        {
            sb.Append(SkipLocalExtrema == SkipLocalExtrema.Strict ? "; a reference could not be a local extremum by at least the threshold" : "; a reference could not be a local extremum");
        }

        if (ConfirmationCriteria.IsOn(RelapseToBaseline))
        {
            sb.Append(ci, $"; visits {ConfirmationCriteria.Window(RelapseToBaseline)} were not used as reference");
        }

        sb.Append(". ");
        if (ConfirmationCriteria.IsOn(RelapseToEvent))
        {
            sb.Append(ci, $"Visits {ConfirmationCriteria.Window(RelapseToEvent)} could not be event onsets. ");
        }

        if (ShowsClassification || Events is EventSelection.FirstPira or EventSelection.FirstRaw)
        {
            var assoc = RelapseAssociation.DaysUntilNext > 0
                ? $"within {RelapseAssociation.DaysSinceLast} days after or {RelapseAssociation.DaysUntilNext} days before a relapse onset"
                : $"within {RelapseAssociation.DaysSinceLast} days after a relapse onset";
            sb.Append(ci, $"A worsening with onset {assoc} was classified as relapse-associated worsening (RAW); otherwise as PIRA if {PiraText(Pira)} (definition {Pira.Name}; Müller et al., JAMA Neurol 2023;80:1232–1245), and as undefined otherwise. ");
        }

        ConfirmationCriteria.AppendImputation(sb, ImputeLastVisit, "Unconfirmed worsening at the last visit was accepted as an event");
        sb.Append("Terminology follows Lublin et al., Neurology 2014;83:278–286.");
        return sb.ToString();
    }

    private static string PiraText(PiraDefinition p)
    {
        var prec = p.PrecedingVisit switch
        {
            PiraPrecedingVisit.Baseline => "the reference visit",
            PiraPrecedingVisit.Last => "the last visit before onset",
            _ => "the last pre-worsening visit",
        };
        var parts = new List<string>();
        string Span(string from, string to) => $"from {from} to {to}";
        string Around(string what, int? before, int? after) =>
            (before ?? 0, after ?? 0) switch
            {
                (0, 0) => string.Empty,
                var (b, a) => $"{b} days before to {a} days after {what}",
            };

        // Merge spans where a null right bound meets a null left bound.
        if (p.P1 is null)
        {
            if (p.E1 is null)
            {
                parts.Add(Span(prec, p.C1 > 0 ? $"{p.C1} days after the confirmation visit" : "the confirmation visit"));
            }
            else
            {
                parts.Add(Span(prec, p.E1 > 0 ? $"{p.E1} days after onset" : "onset"));
                parts.Add(Around("the confirmation visit", p.C0, p.C1));
            }
        }
        else
        {
            parts.Add(Around(prec, p.P0, p.P1));
            if (p.E1 is null)
            {
                parts.Add(Span(p.E0 is { } e0 ? $"{e0} days before onset" : "onset", p.C1 > 0 ? $"{p.C1} days after the confirmation visit" : "the confirmation visit"));
            }
            else
            {
                parts.Add(Around("onset", p.E0, p.E1));
                parts.Add(Around("the confirmation visit", p.C0, p.C1));
            }
        }

        var text = string.Join(" and ", parts.Where(x => x.Length > 0));
        return text.Length == 0 ? "it was confirmed" : $"no relapse occurred {text}";
    }
}
