using MscDomain.Common;
using MscDomain.AdverseEvents;

namespace MscDomain.Safety;

/// <summary>
/// Maps an adverse event's seriousness and outcome to CDISC SDTM AE, HL7 FHIR R4 AdverseEvent and ICH E2B(R3), and checks
/// records in each of those forms for the standards' consistency rules, reporting every inconsistency with its field.
/// </summary>
/// <remarks>
/// Sources: SDTMIG AE domain (AESER and AESDTH…AESMIE; AEOUT controlled terminology); FHIR R4 AdverseEvent and the
/// Adverse Event Clinical Research IG (invariant aeClinRes-seriousness-1); ICH E2B(R3) IG (2013) E.i.3.2a–f and E.i.7;
/// domain reference safety.md §9–§10.
/// </remarks>
public static class SeriousnessStandards
{
    /// <summary>The FHIR R4 seriousness-criteria code for each criterion.</summary>
    private static readonly string[] SdtmOutcomes =
        ["UNKNOWN", "RECOVERED/RESOLVED", "RECOVERING/RESOLVING", "NOT RECOVERED/NOT RESOLVED", "RECOVERED/RESOLVED WITH SEQUELAE", "FATAL"];

    private static readonly string[] FhirOutcomes = ["unknown", "resolved", "recovering", "ongoing", "resolvedWithSequelae", "fatal"];

    /// <summary>The SDTM AE variables for <paramref name="adverseEvent"/>: AESER Y/N; each criterion Y/N when serious and empty when not
    /// (criteria are populated only when AESER = Y); AEOUT in controlled terminology.</summary>
    /// <param name="adverseEvent">The adverse event.</param>
    /// <returns>The SDTM values.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="adverseEvent"/> is null.</exception>
    public static SdtmAeSeriousness ToSdtm(AdverseEvent adverseEvent)
    {
        ArgumentNullException.ThrowIfNull(adverseEvent);
        var c = adverseEvent.SeriousnessCriteria;
        var serious = c != SeriousnessCriteria.None;
        string? Flag(SeriousnessCriteria x) => serious ? ((c & x) != 0 ? "Y" : "N") : null;
        return new SdtmAeSeriousness(
            serious ? "Y" : "N",
            Flag(SeriousnessCriteria.Death),
            Flag(SeriousnessCriteria.LifeThreatening),
            Flag(SeriousnessCriteria.Hospitalisation),
            Flag(SeriousnessCriteria.Disability),
            Flag(SeriousnessCriteria.CongenitalAnomaly),
            Flag(SeriousnessCriteria.ImportantMedicalEvent),
            adverseEvent.Outcome is { } o ? SdtmOutcomes[(int)o] : null);
    }

    /// <summary>The FHIR seriousness, criteria and outcome codes for <paramref name="adverseEvent"/>, in one code-set version.</summary>
    /// <param name="adverseEvent">The adverse event.</param>
    /// <param name="codeSet">The code-set version (default: the AE Clinical Research IG 1.0.1, lower-case seriousness and NCIt
    /// criteria; a serious event lists the other E2A criteria as <c>criterionPresent = false</c>, as the IG's example does).</param>
    /// <returns>The FHIR codes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="adverseEvent"/> is null.</exception>
    public static FhirAdverseEventSeriousness ToFhir(AdverseEvent adverseEvent, FhirSeriousnessCodeSet codeSet = FhirSeriousnessCodeSet.ResearchIg)
    {
        ArgumentNullException.ThrowIfNull(adverseEvent);
        var c = adverseEvent.SeriousnessCriteria;
        var serious = c != SeriousnessCriteria.None;
        var outcome = adverseEvent.Outcome is { } o ? FhirOutcomes[(int)o] : null;
        var seriousness = AdverseEventCodes.FhirSeriousnessCode(serious, codeSet);
        if (codeSet == FhirSeriousnessCodeSet.R4)
        {
            return new FhirAdverseEventSeriousness(seriousness,
                AdverseEventCodes.E2aCriteria.Where(x => (c & x) != 0).Select(AdverseEventCodes.FhirR4CodeForSeriousnessCriterion).ToArray(), outcome, codeSet);
        }

        return new FhirAdverseEventSeriousness(seriousness,
            AdverseEventCodes.E2aCriteria.Where(x => (c & x) != 0).Select(x => AdverseEventCodes.ForSeriousnessCriterion(x).Code).ToArray(), outcome, codeSet,
            serious ? AdverseEventCodes.E2aCriteria.Where(x => (c & x) == 0).Select(x => AdverseEventCodes.ForSeriousnessCriterion(x).Code).ToArray() : null);
    }

    /// <summary>The E2B(R3) E.i.3.2a–f and E.i.7 values for <paramref name="adverseEvent"/>: <see langword="true"/> for each criterion that
    /// holds and blank (null) otherwise, never <see langword="false"/>.</summary>
    /// <param name="adverseEvent">The adverse event.</param>
    /// <returns>The E2B values.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="adverseEvent"/> is null.</exception>
    public static E2bSeriousness ToE2b(AdverseEvent adverseEvent)
    {
        ArgumentNullException.ThrowIfNull(adverseEvent);
        var c = adverseEvent.SeriousnessCriteria;
        bool? F(SeriousnessCriteria x) => (c & x) != 0 ? true : null;
        return new E2bSeriousness(
            F(SeriousnessCriteria.Death), F(SeriousnessCriteria.LifeThreatening), F(SeriousnessCriteria.Hospitalisation),
            F(SeriousnessCriteria.Disability), F(SeriousnessCriteria.CongenitalAnomaly), F(SeriousnessCriteria.ImportantMedicalEvent),
            adverseEvent.Outcome is { } o ? (int)o : null,
            adverseEvent.PatientDeath);
    }

    /// <summary>Checks an SDTM AE record: Y/N values only; AESER = Y needs at least one criterion Y; a criterion Y with AESER other than Y is
    /// an error; criteria populated while AESER = N is a warning; AESDTH = Y needs AEOUT = FATAL and AEOUT = FATAL needs AESDTH = Y;
    /// AEOUT in controlled terminology.</summary>
    /// <param name="record">The SDTM values.</param>
    /// <returns>Every inconsistency with its variable.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is null.</exception>
    public static SafetyValidationReport Validate(SdtmAeSeriousness record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var issues = new List<SafetyIssue>();
        (string Name, string? Value)[] criteria =
        [
            ("AESDTH", record.Aesdth), ("AESLIFE", record.Aeslife), ("AESHOSP", record.Aeshosp),
            ("AESDISAB", record.Aesdisab), ("AESCONG", record.Aescong), ("AESMIE", record.Aesmie),
        ];
        CheckYn("AESER", record.Aeser, issues);
        if (record.Aeser is null)
        {
            issues.Add(new SafetyIssue("AESER", null, "AESER is required (Y or N).", DataIssueSeverity.Error));
        }

        foreach (var (name, value) in criteria)
        {
            CheckYn(name, value, issues);
        }

        var anyY = criteria.Any(c => c.Value == "Y");
        if (record.Aeser == "Y" && !anyY)
        {
            issues.Add(new SafetyIssue("AESER", "Y",
                "AESER = Y requires at least one of AESDTH, AESLIFE, AESHOSP, AESDISAB, AESCONG, AESMIE = Y (ICH E2A: serious iff a criterion holds).",
                DataIssueSeverity.Error));
        }

        foreach (var (name, value) in criteria)
        {
            if (value == "Y" && record.Aeser != "Y")
            {
                issues.Add(new SafetyIssue(name, "Y", $"{name} = Y requires AESER = Y (AESER is '{record.Aeser ?? "(missing)"}').", DataIssueSeverity.Error));
            }
            else if (value == "N" && record.Aeser == "N")
            {
                issues.Add(new SafetyIssue(name, "N", $"{name} should be empty when AESER = N (criteria are populated only for serious events).",
                    DataIssueSeverity.Warning));
            }
        }

        if (record.Aeout is { } aeout && !SdtmOutcomes.Contains(aeout))
        {
            issues.Add(new SafetyIssue("AEOUT", aeout, "AEOUT must be CDISC controlled terminology: " + string.Join(", ", SdtmOutcomes) + ".",
                DataIssueSeverity.Error));
        }

        if (record.Aesdth == "Y" && record.Aeout != "FATAL")
        {
            issues.Add(new SafetyIssue("AEOUT", record.Aeout, "AESDTH = Y requires AEOUT = FATAL.", DataIssueSeverity.Error));
        }

        if (record.Aeout == "FATAL" && record.Aesdth != "Y")
        {
            issues.Add(new SafetyIssue("AESDTH", record.Aesdth, "AEOUT = FATAL requires AESDTH = Y (and so AESER = Y).", DataIssueSeverity.Error));
        }

        return Report(issues);
    }

    /// <summary>Checks a FHIR AdverseEvent's seriousness coding in its <see cref="FhirAdverseEventSeriousness.CodeSet"/>: the
    /// seriousness code of that version (a code of the other version is reported as a mix); criteria codes of that version (research
    /// IG: NCIt value set, extensible, so another code is a warning; R4: the six child codes); aeClinRes-seriousness-1 both
    /// directions (research IG; for R4 a serious event without a criterion is a warning); a criterion both present and absent; serious
    /// with no criterion present (ICH E2A: serious iff a criterion holds; warning); death criterion ⇔ outcome <c>fatal</c>; known outcome code.</summary>
    /// <param name="record">The FHIR codes.</param>
    /// <returns>Every inconsistency with its element path.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is null.</exception>
    public static SafetyValidationReport Validate(FhirAdverseEventSeriousness record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var issues = new List<SafetyIssue>();
        var ig = record.CodeSet != FhirSeriousnessCodeSet.R4;
        var other = ig ? FhirSeriousnessCodeSet.R4 : FhirSeriousnessCodeSet.ResearchIg;
        string Name(FhirSeriousnessCodeSet set) => set == FhirSeriousnessCodeSet.R4 ? "FHIR R4 4.0.1" : "the AE Clinical Research IG 1.0.1 (THO)";
        var serious = AdverseEventCodes.FhirSeriousnessCode(true, record.CodeSet);
        var nonSerious = AdverseEventCodes.FhirSeriousnessCode(false, record.CodeSet);
        if (record.SeriousnessCode != serious && record.SeriousnessCode != nonSerious)
        {
            var mixed = record.SeriousnessCode == AdverseEventCodes.FhirSeriousnessCode(true, other) || record.SeriousnessCode == AdverseEventCodes.FhirSeriousnessCode(false, other);
            issues.Add(new SafetyIssue("AdverseEvent.seriousness", record.SeriousnessCode,
                mixed
                    ? $"'{record.SeriousnessCode}' is the {Name(other)} spelling; with {Name(record.CodeSet)} codes use '{serious}' or '{nonSerious}' (the two versions of the code system must not be mixed)."
                    : $"seriousness is required (1..1 in the research IG) and must be '{serious}' or '{nonSerious}' ({Name(record.CodeSet)}).",
                DataIssueSeverity.Error));
        }

        var holds = SeriousnessCriteria.None;
        void CheckCriterion(string code, bool present)
        {
            var path = ig ? $"seriousness-criteria[criterionCode={code}]" : "seriousness-criteria";
            if (ig ? AdverseEventCodes.TryParseNcitSeriousnessCriterion(code, out var x) : AdverseEventCodes.TryParseFhirR4SeriousnessCriterion(code, out x))
            {
                if (present)
                {
                    holds |= x;
                }

                return;
            }

            var isOther = ig ? AdverseEventCodes.TryParseFhirR4SeriousnessCriterion(code, out _) : AdverseEventCodes.TryParseNcitSeriousnessCriterion(code, out _);
            issues.Add(isOther
                ? new SafetyIssue(path, code, $"'{code}' is a {Name(other)} criterion code; with {Name(record.CodeSet)} codes use "
                    + string.Join(", ", ig ? AdverseEventCodes.SeriousnessCriterionCodes.Select(k => k.Code) : AdverseEventCodes.E2aCriteria.Select(AdverseEventCodes.FhirR4CodeForSeriousnessCriterion))
                    + " (the two versions must not be mixed).", DataIssueSeverity.Error)
                : ig
                    ? new SafetyIssue(path, code, "Not in the extensible value set adverse-event-clinical-research-seriousness-criteria (NCIt "
                        + string.Join(", ", AdverseEventCodes.SeriousnessCriterionCodes.Select(k => k.Code)) + "); allowed only when no code there fits, and not counted as an ICH E2A criterion.", DataIssueSeverity.Warning)
                    : new SafetyIssue(path, code, "Unknown seriousness criterion code; expected one of "
                        + string.Join(", ", AdverseEventCodes.E2aCriteria.Select(AdverseEventCodes.FhirR4CodeForSeriousnessCriterion)) + ".", DataIssueSeverity.Error));
        }

        foreach (var code in record.CriteriaCodes)
        {
            CheckCriterion(code, true);
        }

        foreach (var code in record.AbsentCriteriaCodes)
        {
            if (!ig)
            {
                issues.Add(new SafetyIssue("seriousness-criteria", code, "FHIR R4 4.0.1 has no criterionPresent flag: list only the criteria that hold.", DataIssueSeverity.Error));
                continue;
            }

            CheckCriterion(code, false);
            if (record.CriteriaCodes.Contains(code))
            {
                issues.Add(new SafetyIssue($"seriousness-criteria[criterionCode={code}].criterionPresent", code, "The same criterion is recorded both present and absent.", DataIssueSeverity.Error));
            }
        }

        var entries = record.CriteriaCodes.Count + record.AbsentCriteriaCodes.Count;
        if (record.SeriousnessCode == serious && entries == 0)
        {
            issues.Add(ig
                ? new SafetyIssue("seriousness-criteria", null, "aeClinRes-seriousness-1: a serious event needs at least one criterion.", DataIssueSeverity.Error)
                : new SafetyIssue("seriousness", record.SeriousnessCode, "A serious event names no criterion (ICH E2A: serious iff a criterion holds); R4 itself does not require one.", DataIssueSeverity.Warning));
        }
        else if (record.SeriousnessCode == serious && holds == SeriousnessCriteria.None)
        {
            issues.Add(new SafetyIssue("seriousness-criteria", null,
                "A serious event with no criterion present (criterionPresent = true) passes aeClinRes-seriousness-1 but contradicts ICH E2A: serious iff a criterion holds.", DataIssueSeverity.Warning));
        }

        if (record.SeriousnessCode == nonSerious && entries > 0)
        {
            issues.Add(new SafetyIssue("seriousness-criteria", string.Join(",", record.CriteriaCodes.Concat(record.AbsentCriteriaCodes)),
                "aeClinRes-seriousness-1: a non-serious event has no seriousness criteria (not even with criterionPresent = false).", DataIssueSeverity.Error));
        }

        if (record.OutcomeCode is { } oc && !FhirOutcomes.Contains(oc))
        {
            issues.Add(new SafetyIssue("AdverseEvent.outcome", oc, "Unknown outcome code; expected one of " + string.Join(", ", FhirOutcomes) + ".",
                DataIssueSeverity.Error));
        }

        var deathCode = ig ? AdverseEventCodes.ForSeriousnessCriterion(SeriousnessCriteria.Death).Code : AdverseEventCodes.FhirR4CodeForSeriousnessCriterion(SeriousnessCriteria.Death);
        var death = (holds & SeriousnessCriteria.Death) != 0;
        if (death && record.OutcomeCode != "fatal")
        {
            issues.Add(new SafetyIssue("AdverseEvent.outcome", record.OutcomeCode, $"The death criterion {deathCode} requires outcome 'fatal'.", DataIssueSeverity.Error));
        }

        if (!death && record.OutcomeCode == "fatal")
        {
            issues.Add(new SafetyIssue("seriousness-criteria", null, $"Outcome 'fatal' requires the death criterion {deathCode} (present).", DataIssueSeverity.Error));
        }

        return Report(issues);
    }

    /// <summary>Checks E2B(R3) E.i.3.2a–f and E.i.7: criteria are true or blank, never false; E.i.3.2a true needs E.i.7 = 5 (fatal);
    /// E.i.7 within 0–5.</summary>
    /// <param name="record">The E2B values.</param>
    /// <returns>Every inconsistency with its data element.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is null.</exception>
    /// <remarks>E2B reports a death as fatal outcome only when it is possibly related to the reaction; otherwise the death goes to D.9,
    /// so E.i.7 = 5 without E.i.3.2a is not checked here.</remarks>
    public static SafetyValidationReport Validate(E2bSeriousness record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var issues = new List<SafetyIssue>();
        (string Name, bool? Value)[] criteria =
        [
            ("E.i.3.2a", record.ResultsInDeath), ("E.i.3.2b", record.LifeThreatening), ("E.i.3.2c", record.Hospitalisation),
            ("E.i.3.2d", record.Disability), ("E.i.3.2e", record.CongenitalAnomaly), ("E.i.3.2f", record.OtherMedicallyImportant),
        ];
        foreach (var (name, value) in criteria)
        {
            if (value == false)
            {
                issues.Add(new SafetyIssue(name, "false", $"{name} is true or blank (nullFlavor NI), never false (ICH E2B(R3) IG).", DataIssueSeverity.Error));
            }
        }

        if (record.Outcome is { } o && (o < 0 || o > 5))
        {
            issues.Add(new SafetyIssue("E.i.7", o.ToString(System.Globalization.CultureInfo.InvariantCulture), "E.i.7 outcome must be 0 to 5.", DataIssueSeverity.Error));
        }

        if (record.PatientDeath is not null && record.ResultsInDeath != true && record.Outcome == 5)
        {
            issues.Add(new SafetyIssue("E.i.7", "5",
                "E.i.7 = 5 (fatal) only when the death is possibly related to this reaction; a death with another cause is reported in D.9 and the reaction keeps its own outcome (ICH E2B(R3) IG).",
                DataIssueSeverity.Error));
        }

        if (record.ResultsInDeath == true && record.Outcome != 5)
        {
            issues.Add(new SafetyIssue("E.i.7", record.Outcome?.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "E.i.3.2a (results in death) requires E.i.7 = 5 (fatal).", DataIssueSeverity.Error));
        }

        return Report(issues);
    }

    /// <summary>Checks the adverse event and its three mappings at once (the record's own checks from <see cref="SeriousnessClassifier"/>,
    /// then SDTM, FHIR, E2B).</summary>
    /// <param name="adverseEvent">The adverse event.</param>
    /// <returns>Every inconsistency found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="adverseEvent"/> is null.</exception>
    public static SafetyValidationReport Validate(AdverseEvent adverseEvent)
    {
        ArgumentNullException.ThrowIfNull(adverseEvent);
        var issues = new List<SafetyIssue>(SeriousnessClassifier.Classify(adverseEvent, new SeriousnessOptions { GradeSeriousnessCheck = GradeSeriousnessCheck.Off }).Issues);
        issues.AddRange(Validate(ToSdtm(adverseEvent)).Issues);
        issues.AddRange(Validate(ToFhir(adverseEvent)).Issues);
        issues.AddRange(Validate(ToE2b(adverseEvent)).Issues);
        return Report(issues);
    }

    private static void CheckYn(string name, string? value, List<SafetyIssue> issues)
    {
        if (value is not (null or "Y" or "N"))
        {
            issues.Add(new SafetyIssue(name, value, $"{name} must be 'Y', 'N' or empty (CDISC NY codelist).", DataIssueSeverity.Error));
        }
    }

    private static SafetyValidationReport Report(List<SafetyIssue> issues) =>
        issues.Count == 0 ? SafetyValidationReport.Empty : new SafetyValidationReport(issues);
}
