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
    private static readonly (SeriousnessCriteria Criterion, string Fhir, string Sdtm, string E2b)[] Map =
    [
        (SeriousnessCriteria.Death, "SeriousResultsInDeath", "AESDTH", "E.i.3.2a"),
        (SeriousnessCriteria.LifeThreatening, "SeriousIsLifeThreatening", "AESLIFE", "E.i.3.2b"),
        (SeriousnessCriteria.Hospitalisation, "SeriousResultsInHospitalization", "AESHOSP", "E.i.3.2c"),
        (SeriousnessCriteria.Disability, "SeriousResultsInDisability", "AESDISAB", "E.i.3.2d"),
        (SeriousnessCriteria.CongenitalAnomaly, "SeriousIsBirthDefect", "AESCONG", "E.i.3.2e"),
        (SeriousnessCriteria.ImportantMedicalEvent, "SeriousRequiresPreventImpairment", "AESMIE", "E.i.3.2f"),
    ];

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

    /// <summary>The FHIR R4 seriousness, criteria and outcome codes for <paramref name="adverseEvent"/>.</summary>
    /// <param name="adverseEvent">The adverse event.</param>
    /// <returns>The FHIR codes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="adverseEvent"/> is null.</exception>
    public static FhirAdverseEventSeriousness ToFhir(AdverseEvent adverseEvent)
    {
        ArgumentNullException.ThrowIfNull(adverseEvent);
        var c = adverseEvent.SeriousnessCriteria;
        return new FhirAdverseEventSeriousness(
            c != SeriousnessCriteria.None ? "serious" : "non-serious",
            Map.Where(m => (c & m.Criterion) != 0).Select(m => m.Fhir).ToArray(),
            adverseEvent.Outcome is { } o ? FhirOutcomes[(int)o] : null);
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
            adverseEvent.Outcome is { } o ? (int)o : null);
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
            issues.Add(new SafetyIssue("AESER", null, "AESER is required (Y or N).", SafetyIssueSeverity.Error));
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
                SafetyIssueSeverity.Error));
        }

        foreach (var (name, value) in criteria)
        {
            if (value == "Y" && record.Aeser != "Y")
            {
                issues.Add(new SafetyIssue(name, "Y", $"{name} = Y requires AESER = Y (AESER is '{record.Aeser ?? "(missing)"}').", SafetyIssueSeverity.Error));
            }
            else if (value == "N" && record.Aeser == "N")
            {
                issues.Add(new SafetyIssue(name, "N", $"{name} should be empty when AESER = N (criteria are populated only for serious events).",
                    SafetyIssueSeverity.Warning));
            }
        }

        if (record.Aeout is { } aeout && !SdtmOutcomes.Contains(aeout))
        {
            issues.Add(new SafetyIssue("AEOUT", aeout, "AEOUT must be CDISC controlled terminology: " + string.Join(", ", SdtmOutcomes) + ".",
                SafetyIssueSeverity.Error));
        }

        if (record.Aesdth == "Y" && record.Aeout != "FATAL")
        {
            issues.Add(new SafetyIssue("AEOUT", record.Aeout, "AESDTH = Y requires AEOUT = FATAL.", SafetyIssueSeverity.Error));
        }

        if (record.Aeout == "FATAL" && record.Aesdth != "Y")
        {
            issues.Add(new SafetyIssue("AESDTH", record.Aesdth, "AEOUT = FATAL requires AESDTH = Y (and so AESER = Y).", SafetyIssueSeverity.Error));
        }

        return Report(issues);
    }

    /// <summary>Checks a FHIR R4 AdverseEvent's seriousness coding: seriousness present and serious/non-serious; known criteria codes;
    /// aeClinRes-seriousness-1 both directions; SeriousResultsInDeath needs outcome <c>fatal</c> and <c>fatal</c> needs it; known outcome code.</summary>
    /// <param name="record">The FHIR codes.</param>
    /// <returns>Every inconsistency with its element path.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is null.</exception>
    public static SafetyValidationReport Validate(FhirAdverseEventSeriousness record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var issues = new List<SafetyIssue>();
        if (record.SeriousnessCode is not ("serious" or "non-serious"))
        {
            issues.Add(new SafetyIssue("AdverseEvent.seriousness", record.SeriousnessCode,
                "seriousness is required (1..1 in the research IG) and must be 'serious' or 'non-serious'.", SafetyIssueSeverity.Error));
        }

        foreach (var code in record.CriteriaCodes)
        {
            if (!Map.Any(m => m.Fhir == code))
            {
                issues.Add(new SafetyIssue("seriousness-criteria", code,
                    "Unknown seriousness criterion code; expected one of " + string.Join(", ", Map.Select(m => m.Fhir)) + ".", SafetyIssueSeverity.Error));
            }
        }

        if (record.SeriousnessCode == "serious" && record.CriteriaCodes.Count == 0)
        {
            issues.Add(new SafetyIssue("seriousness-criteria", null, "aeClinRes-seriousness-1: a serious event needs at least one criterion.", SafetyIssueSeverity.Error));
        }

        if (record.SeriousnessCode == "non-serious" && record.CriteriaCodes.Count > 0)
        {
            issues.Add(new SafetyIssue("seriousness-criteria", string.Join(",", record.CriteriaCodes),
                "aeClinRes-seriousness-1: a non-serious event has no seriousness criteria.", SafetyIssueSeverity.Error));
        }

        if (record.OutcomeCode is { } oc && !FhirOutcomes.Contains(oc))
        {
            issues.Add(new SafetyIssue("AdverseEvent.outcome", oc, "Unknown outcome code; expected one of " + string.Join(", ", FhirOutcomes) + ".",
                SafetyIssueSeverity.Error));
        }

        var death = record.CriteriaCodes.Contains("SeriousResultsInDeath");
        if (death && record.OutcomeCode != "fatal")
        {
            issues.Add(new SafetyIssue("AdverseEvent.outcome", record.OutcomeCode, "SeriousResultsInDeath requires outcome 'fatal'.", SafetyIssueSeverity.Error));
        }

        if (!death && record.OutcomeCode == "fatal")
        {
            issues.Add(new SafetyIssue("seriousness-criteria", null, "Outcome 'fatal' requires the criterion SeriousResultsInDeath.", SafetyIssueSeverity.Error));
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
                issues.Add(new SafetyIssue(name, "false", $"{name} is true or blank (nullFlavor NI), never false (ICH E2B(R3) IG).", SafetyIssueSeverity.Error));
            }
        }

        if (record.Outcome is { } o && (o < 0 || o > 5))
        {
            issues.Add(new SafetyIssue("E.i.7", o.ToString(System.Globalization.CultureInfo.InvariantCulture), "E.i.7 outcome must be 0 to 5.", SafetyIssueSeverity.Error));
        }

        if (record.ResultsInDeath == true && record.Outcome != 5)
        {
            issues.Add(new SafetyIssue("E.i.7", record.Outcome?.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "E.i.3.2a (results in death) requires E.i.7 = 5 (fatal).", SafetyIssueSeverity.Error));
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
            issues.Add(new SafetyIssue(name, value, $"{name} must be 'Y', 'N' or empty (CDISC NY codelist).", SafetyIssueSeverity.Error));
        }
    }

    private static SafetyValidationReport Report(List<SafetyIssue> issues) =>
        issues.Count == 0 ? SafetyValidationReport.Empty : new SafetyValidationReport(issues);
}
