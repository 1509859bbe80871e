using MscDomain.AdverseEvents;
using MscDomain.Common;
using Hl7.Fhir.Model;
using MscDomain.Outcomes;
using MscDomain.Safety;
using MscDomain.Serialization;

namespace MscDomain.Fhir;

public static partial class FhirMapper
{
    /// <summary>
    /// An outcome observation as an R4 <c>Observation</c> (status final). EDSS: code NCIt C112550 (CDISC EDSS0101) +
    /// own <c>outcome-measure#edss</c>, <c>valueQuantity</c> with UCUM <c>{score}</c> (R4 <c>Observation.value[x]</c> has no
    /// decimal), the Kurtzke functional systems as components (NCIt KFSS1 codes, <c>valueInteger</c>) and the ambulation
    /// score as a component. Other measures: the NCIt/LOINC code where one exists (<see cref="FhirCodes.MeasureStandard"/>)
    /// + own code, <c>valueQuantity</c> in the recorded unit (UCUM system when the unit is UCUM), laterality as
    /// <c>bodySite</c>. Codes and sources: fhir-and-codes.md §1.5, §2.1.
    /// </summary>
    /// <param name="observation">The observation.</param>
    /// <param name="patient">The reference to the Patient.</param>
    /// <returns>The Observation.</returns>
    public static Hl7.Fhir.Model.Observation ToObservation(Outcomes.Observation observation, ResourceReference patient)
    {
        ArgumentNullException.ThrowIfNull(observation);
        var o = new Hl7.Fhir.Model.Observation
        {
            Status = ObservationStatus.Final,
            Subject = patient,
            Effective = new FhirDateTime(Fx.Text(observation.Date)),
        };
        switch (observation)
        {
            case EdssObservation e:
                o.Category = [Fx.Cc(new Coding(FhirCodes.ObservationCategorySystem, "exam"))];
                o.Code = Fx.Cc(new Coding(FhirCanonicals.Ncit, FhirCodes.EdssNcit, "EDSS01-Expanded Disability Score"), Fx.Own(OutcomeMeasure.Edss));
                o.Value = Fx.Ucum(e.Score.Value, "{score}", "{score}");
                foreach (var fs in e.FunctionalSystems)
                {
                    o.Component.Add(new Hl7.Fhir.Model.Observation.ComponentComponent
                    {
                        Code = Fx.Cc(new Coding(FhirCanonicals.Ncit, FhirCodes.FunctionalSystemNcit(fs.System)), Fx.Own(fs.System)),
                        Value = new Integer(fs.Grade),
                    });
                }

                if (e.AmbulationScore is { } amb)
                {
                    o.Component.Add(new Hl7.Fhir.Model.Observation.ComponentComponent { Code = Fx.Cc(Fx.Own(OutcomeMeasure.AmbulationScore)), Value = new Integer(amb) });
                }

                break;
            case MeasureObservation m:
                o.Category = [Fx.Cc(new Coding(FhirCodes.ObservationCategorySystem, FhirCodes.MeasureCategory(m.Measure)))];
                o.Code = Fx.Cc(Fx.Own(m.Measure));
                o.Code.Text = m.Name;
                if (FhirCodes.MeasureStandard(m.Measure) is { } std)
                {
                    o.Code.Coding.Insert(0, std);
                }

                o.Value = new Quantity { Value = m.Value, Unit = m.Unit, System = FhirCodes.Ucum(m.Unit) is null ? null : FhirCanonicals.Ucum, Code = FhirCodes.Ucum(m.Unit) };
                o.BodySite = m.Laterality is { } lat ? Fx.Cc(Fx.Own(lat)) : null;
                break;
            default:
                throw new ArgumentException($"Observation kind {observation.GetType().Name} has no FHIR mapping.", nameof(observation));
        }

        return o;
    }

    /// <summary>Reads an outcome observation back.</summary>
    /// <param name="observation">The Observation written by <see cref="ToObservation(Outcomes.Observation, ResourceReference)"/>.</param>
    /// <returns>The observation.</returns>
    /// <exception cref="FhirImportException">The measure code, date or value is missing or cannot be mapped.</exception>
    public static Outcomes.Observation FromObservation(Hl7.Fhir.Model.Observation observation)
    {
        ArgumentNullException.ThrowIfNull(observation);
        const string p = "Observation";
        var measure = FhirIn.Own<OutcomeMeasure>(observation.Code, $"{p}.code");
        var date = FhirIn.Date((observation.Effective as FhirDateTime)?.Value, $"{p}.effectiveDateTime");
        var q = observation.Value as Quantity ?? throw FhirIn.Missing($"{p}.valueQuantity", "an outcome observation needs valueQuantity.");
        var value = FhirIn.QuantityValue(q, $"{p}.valueQuantity");
        if (measure == OutcomeMeasure.Edss)
        {
            var systems = new List<FunctionalSystemScore>();
            int? amb = null;
            for (var i = 0; i < observation.Component.Count; i++)
            {
                var c = observation.Component[i];
                var cp = $"{p}.component[{i}]";
                var grade = (c.Value as Integer)?.Value ?? throw FhirIn.Missing($"{cp}.valueInteger", "a functional-system or ambulation component needs valueInteger.");
                if (FhirIn.OwnOrNull<OutcomeMeasure>(c.Code, $"{cp}.code") == OutcomeMeasure.AmbulationScore)
                {
                    amb = grade;
                }
                else
                {
                    var system = FhirIn.Own<FunctionalSystem>(c.Code, $"{cp}.code");
                    systems.Add(FhirIn.Build(cp, () => new FunctionalSystemScore(system, grade)));
                }
            }

            return FhirIn.Build(p, () => new EdssObservation(date, new EdssScore(value), [.. systems], amb));
        }

        var lat = FhirIn.OwnOrNull<Laterality>(observation.BodySite, $"{p}.bodySite");
        var unit = q.Unit ?? throw FhirIn.Missing($"{p}.valueQuantity.unit", "the unit text is required.");
        return FhirIn.Build(p, () => new MeasureObservation(date, measure, value, unit, lat, observation.Code.Text));
    }

    /// <summary>
    /// A relapse as an R4 <c>Condition</c>: SNOMED CT 192929006 "Exacerbation of multiple sclerosis" (secondary source,
    /// fhir-and-codes.md §2.1) + own <c>mscdomain-concept#ms-relapse</c>; onset and end as <c>onsetDateTime</c> and
    /// <c>abatementDateTime</c> (an ended relapse is <c>resolved</c>, con-4); confirmed → verificationStatus
    /// <c>confirmed</c>, not confirmed → <c>unconfirmed</c>, unknown → absent; steroid treatment in an own extension.
    /// </summary>
    /// <param name="relapse">The relapse.</param>
    /// <param name="patient">The reference to the Patient.</param>
    /// <returns>The Condition.</returns>
    public static Condition ToCondition(Relapse relapse, ResourceReference patient)
    {
        ArgumentNullException.ThrowIfNull(relapse);
        var c = new Condition
        {
            ClinicalStatus = relapse.End is null ? null : Fx.Cc(new Coding("http://terminology.hl7.org/CodeSystem/condition-clinical", "resolved")),
            VerificationStatus = relapse.Confirmed is { } conf
                ? Fx.Cc(new Coding("http://terminology.hl7.org/CodeSystem/condition-ver-status", conf ? "confirmed" : "unconfirmed"))
                : null,
            Code = Fx.Cc(new Coding(FhirCanonicals.Snomed, FhirCodes.RelapseSnomed, "Exacerbation of multiple sclerosis"), Fx.Concept("ms-relapse")),
            Subject = patient,
            Onset = new FhirDateTime(Fx.Text(relapse.Onset)),
            Abatement = relapse.End is { } e ? new FhirDateTime(Fx.Text(e)) : null,
            Note = relapse.Description is { } d ? [new Annotation { Text = d }] : [],
        };
        Fx.Add(c, "steroid-treated", relapse.SteroidTreated is { } s ? new FhirBoolean(s) : null);
        return c;
    }

    /// <summary>Reads a relapse back from its Condition.</summary>
    /// <param name="condition">The Condition written by <see cref="ToCondition(Relapse, ResourceReference)"/>.</param>
    /// <returns>The relapse.</returns>
    /// <exception cref="FhirImportException">The onset is missing or the dates cannot be mapped.</exception>
    public static Relapse FromRelapseCondition(Condition condition)
    {
        ArgumentNullException.ThrowIfNull(condition);
        const string p = "Condition";
        var onset = FhirIn.Date((condition.Onset as FhirDateTime)?.Value, $"{p}.onsetDateTime");
        var end = condition.Abatement is FhirDateTime a ? FhirIn.Date(a.Value, $"{p}.abatementDateTime") : (NodaTime.LocalDate?)null;
        bool? confirmed = condition.VerificationStatus?.Coding.FirstOrDefault()?.Code switch
        {
            null => null,
            "confirmed" => true,
            "unconfirmed" or "provisional" => false,
            var other => throw FhirIn.Unknown($"{p}.verificationStatus", other, "a relapse is confirmed, unconfirmed or of unknown status (absent)."),
        };
        return FhirIn.Build(p, () => new Relapse(onset, end, confirmed, FhirIn.ExtBool(condition, "steroid-treated", p), condition.Note.FirstOrDefault()?.Text));
    }

    /// <summary>
    /// A laboratory value as an R4 <c>Observation</c> (category laboratory): LOINC code where the analyte is known
    /// (<see cref="FhirCodes.LabLoinc"/>) + the analyte code in <c>{Base}/CodeSystem/lab-test-code</c> (CDISC LBTESTCD as
    /// recorded), <c>valueQuantity</c>, reference range low/high = LLN/ULN, specimen as a contained <c>Specimen</c> (its type as text). R4 has no
    /// grade element (<c>interpretation</c> is bound to v3 ObservationInterpretation): the CTCAE grade, when the core's
    /// grader can grade the analyte, goes in the own extension <c>ctcae-grade</c> (fhir-and-codes.md §1.6). The grade is
    /// derived; reading ignores it.
    /// </summary>
    /// <param name="lab">The measurement.</param>
    /// <param name="patient">The reference to the Patient.</param>
    /// <param name="grade">The CTCAE grade computed by the core, if any.</param>
    /// <returns>The Observation.</returns>
    public static Hl7.Fhir.Model.Observation ToObservation(LabMeasurement lab, ResourceReference patient, CtcaeGrade? grade = null)
    {
        ArgumentNullException.ThrowIfNull(lab);
        var ucum = FhirCodes.Ucum(lab.Unit);
        Quantity Q(decimal v) => new() { Value = v, Unit = lab.Unit, System = ucum is null ? null : FhirCanonicals.Ucum, Code = ucum };
        var o = new Hl7.Fhir.Model.Observation
        {
            Status = ObservationStatus.Final,
            Category = [Fx.Cc(new Coding(FhirCodes.ObservationCategorySystem, "laboratory"))],
            Code = Fx.Cc(new Coding(FhirCanonicals.CodeSystem("lab-test-code"), lab.AnalyteCode)),
            Subject = patient,
            Effective = new FhirDateTime(Fx.Text(lab.Date)),
            Value = Q(lab.Value),
        };
        if (lab.Specimen is { } s)
        {
            o.Contained.Add(new Specimen { Id = "specimen", Type = new CodeableConcept { Text = s } });
            o.Specimen = new ResourceReference("#specimen");
        }

        if (FhirCodes.LabLoinc(lab.AnalyteCode, lab.Unit) is { } loinc)
        {
            o.Code.Coding.Insert(0, loinc);
        }

        if (lab.LowerLimitOfNormal is not null || lab.UpperLimitOfNormal is not null)
        {
            o.ReferenceRange.Add(new Hl7.Fhir.Model.Observation.ReferenceRangeComponent
            {
                Low = lab.LowerLimitOfNormal is { } lo ? Q(lo) : null,
                High = lab.UpperLimitOfNormal is { } hi ? Q(hi) : null,
            });
        }

        if (grade is { } g)
        {
            Fx.Add(o, "ctcae-grade", new CodeableConcept
            {
                Coding = [new Coding(FhirCanonicals.CodeSystem("ctcae-grade"), g.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)) { Version = WireName.Of(g.Version) }],
                Text = g.ToString(),
            });
        }

        return o;
    }

    /// <summary>Reads a laboratory value back.</summary>
    /// <param name="observation">The Observation written by <see cref="ToObservation(LabMeasurement, ResourceReference, CtcaeGrade?)"/>.</param>
    /// <returns>The measurement.</returns>
    /// <exception cref="FhirImportException">The analyte code, date, value or unit is missing.</exception>
    public static LabMeasurement FromLabObservation(Hl7.Fhir.Model.Observation observation)
    {
        ArgumentNullException.ThrowIfNull(observation);
        const string p = "Observation";
        var code = observation.Code?.Coding.FirstOrDefault(c => c.System == FhirCanonicals.CodeSystem("lab-test-code"))?.Code
            ?? throw FhirIn.Missing($"{p}.code", $"a coding from {FhirCanonicals.CodeSystem("lab-test-code")} (the analyte code) is required.");
        var date = FhirIn.Date((observation.Effective as FhirDateTime)?.Value, $"{p}.effectiveDateTime");
        var q = observation.Value as Quantity ?? throw FhirIn.Missing($"{p}.valueQuantity", "a laboratory observation needs valueQuantity.");
        var value = FhirIn.QuantityValue(q, $"{p}.valueQuantity");
        var unit = q.Unit ?? throw FhirIn.Missing($"{p}.valueQuantity.unit", "the unit text is required.");
        var range = observation.ReferenceRange.FirstOrDefault();
        return FhirIn.Build(p, () => new LabMeasurement(code, value, unit, date, range?.Low?.Value, range?.High?.Value,
            observation.Contained.OfType<Specimen>().FirstOrDefault(s => "#" + s.Id == observation.Specimen?.Reference)?.Type?.Text));
    }
}
