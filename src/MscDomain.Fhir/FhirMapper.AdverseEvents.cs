using MscDomain.AdverseEvents;
using System.Globalization;
using Hl7.Fhir.Model;
using MscDomain.Common;
using MscDomain.Safety;
using MscDomain.Serialization;
using NodaTime;

namespace MscDomain.Fhir;

public static partial class FhirMapper
{
    private static readonly string[] CausalityRoles = ["investigator", "sponsor"];

    /// <summary>
    /// An adverse event as an R4 <c>AdverseEvent</c> (actuality actual).
    /// </summary>
    /// <param name="adverseEvent">The adverse event.</param>
    /// <param name="patient">The reference to the Patient.</param>
    /// <param name="suspect">The reference to the suspect administration (its Procedure), or <see langword="null"/> when none was given.</param>
    /// <param name="study">The reference to the ResearchStudy, if known.</param>
    /// <returns>The AdverseEvent.</returns>
    /// <remarks>
    /// <para>One consistent code set (issue 11 §2; fhir-and-codes.md §1.7): <c>seriousness</c> uses the THO 1.0.1
    /// <c>adverse-event-seriousness</c> codes <c>serious</c>/<c>non-serious</c> that the AE Clinical Research IG 1.0.1
    /// (R4 backport) binds, and the ICH E2A criteria go in the IG's <c>seriousness-criteria</c> extension with NCIt codes
    /// (<see cref="FhirCodes.SeriousnessCriteriaNcit"/>) and <c>criterionPresent</c> for all six when serious, none when
    /// non-serious (invariant aeClinRes-seriousness-1). R4 4.0.1's capitalised child codes are not written.</para>
    /// <para>Severity: R4 <c>severity</c> (required mild|moderate|severe) from the CTCAE grade (1 mild, 2 moderate, 3-5
    /// severe; CTCAE v5.0 grade definitions) and the exact grade in the IG's <c>ae-grade</c> extension (NCIt grade code +
    /// own <c>ctcae-grade</c> code with the CTCAE version as coding version). Outcome: R4 <c>adverse-event-outcome</c>
    /// with the core's spelling (<see cref="SeriousnessStandards.ToFhir"/>). Suspect entity: the administration's
    /// Procedure; investigator and sponsor causality as two <c>causality</c> entries with WHO-UMC assessment codes where
    /// they apply + own <c>causality-category</c>, the method as text and the author as a contained PractitionerRole
    /// identified as investigator or sponsor (<c>{Base}/identifier/causality-author</c>; the model has roles, not people).
    /// Without an administration to suspect, the suspect is a contained Procedure coded
    /// <c>mscdomain-concept#study-intervention</c> (status unknown). The event: MedDRA PT (and LLT,
    /// <c>userSelected</c>) codings, the verbatim term as text.</para>
    /// </remarks>
    public static Hl7.Fhir.Model.AdverseEvent ToAdverseEvent(AdverseEvents.AdverseEvent adverseEvent, ResourceReference patient, ResourceReference? suspect, ResourceReference? study)
    {
        ArgumentNullException.ThrowIfNull(adverseEvent);
        var a = adverseEvent;
        var ev = new CodeableConcept { Text = a.VerbatimTerm };
        if (a.Meddra is { } m)
        {
            ev.Coding.Add(new Coding(FhirCanonicals.Meddra, m.PreferredTermCode?.ToString(CultureInfo.InvariantCulture), m.PreferredTerm) { Version = m.Version });
            if (m.LowestLevelTermCode is { } llt)
            {
                ev.Coding.Add(new Coding(FhirCanonicals.Meddra, llt.ToString(CultureInfo.InvariantCulture)) { Version = m.Version, UserSelected = true });
            }
        }

        var fhir = new Hl7.Fhir.Model.AdverseEvent
        {
            Identifier = Fx.Id("adverse-event", a.Id),
            Actuality = Hl7.Fhir.Model.AdverseEvent.AdverseEventActuality.Actual,
            Event = ev,
            Subject = patient,
            Date = a.OnsetDate is { } d ? Fx.Text(d) : a.PartialOnset?.ToString(),
            Seriousness = Fx.Cc(new Coding(FhirCodes.SeriousnessSystem, a.IsSerious ? "serious" : "non-serious")),
            Severity = a.Severity is { } s
                ? Fx.Cc(new Coding(FhirCodes.SeveritySystem, s.Grade switch { 1 => "mild", 2 => "moderate", _ => "severe" }))
                : null,
            Outcome = SeriousnessStandards.ToFhir(a).OutcomeCode is { } oc ? Fx.Cc(new Coding(FhirCodes.OutcomeSystem, oc)) : null,
            Study = study is null ? [] : [study],
        };
        if (a.IsSerious)
        {
            foreach (var (criterion, code, display) in FhirCodes.SeriousnessCriteriaNcit)
            {
                var e = new Extension { Url = FhirCodes.BackportBase + "seriousness-criteria" };
                e.Extension.Add(new Extension("criterionCode", Fx.Cc(new Coding(FhirCanonicals.Ncit, code, display))));
                e.Extension.Add(new Extension("criterionPresent", new FhirBoolean((a.SeriousnessCriteria & criterion) != 0)));
                fhir.Extension.Add(e);
            }
        }

        if (a.Severity is { } sev)
        {
            fhir.Extension.Add(new Extension(FhirCodes.BackportBase + "ae-grade", Fx.Cc(
                FhirCodes.GradeNcit(sev.Grade),
                new Coding(FhirCanonicals.CodeSystem("ctcae-grade"), sev.Grade.ToString(CultureInfo.InvariantCulture)) { Version = WireName.Of(sev.Version) })));
        }

        if (a.EndDate is { } end)
        {
            fhir.Extension.Add(new Extension(FhirCodes.BackportBase + "resolve-date", new FhirDateTime(Fx.Text(end))));
        }

        if (a.Expectedness is { } x)
        {
            fhir.Extension.Add(new Extension(FhirCodes.BackportBase + "expected-in-research-study", new FhirBoolean(x == Expectedness.Expected)));
        }

        Fx.Add(fhir, "onset-time", a.OnsetTime is { } t ? new Time(Fx.Text(t.TimeOfDay)) : null);
        Fx.Add(fhir, "recorded-serious", a.RecordedSerious is { } rs ? new FhirBoolean(rs) : null);
        Fx.Add(fhir, "expectedness", Fx.Code(a.Expectedness));
        Fx.Add(fhir, "sponsor-aware-date", Fx.FhirDate(a.SponsorAwareDate));
        Fx.Add(fhir, "sponsor-aware-of-upgrade-date", Fx.FhirDate(a.SponsorAwareOfUpgradeDate));
        Fx.Add(fhir, "action-taken", Fx.Code(a.ActionTaken));

        if (suspect is null)
        {
            fhir.Contained.Add(new Procedure { Id = "intervention", Status = EventStatus.Unknown, Code = Fx.Cc(Fx.Concept("study-intervention")), Subject = patient });
            suspect = new ResourceReference("#intervention");
        }

        var entity = new Hl7.Fhir.Model.AdverseEvent.SuspectEntityComponent { Instance = suspect };
        foreach (var (role, c) in new[] { (CausalityRoles[0], a.InvestigatorCausality), (CausalityRoles[1], a.SponsorCausality) })
        {
            if (c is null)
            {
                continue;
            }

            fhir.Contained.Add(new PractitionerRole { Id = role, Identifier = [Fx.Id("causality-author", role)], Code = [new CodeableConcept { Text = role }] });
            var assessment = Fx.Cc(Fx.Own(c.Category));
            if (FhirCodes.WhoUmc(c.Category) is { } who)
            {
                assessment.Coding.Insert(0, new Coding(FhirCodes.CausalityAssessSystem, who));
            }

            var cc = new Hl7.Fhir.Model.AdverseEvent.CausalityComponent
            {
                Assessment = assessment,
                Author = new ResourceReference("#" + role),
                Method = c.Method is { } meth ? new CodeableConcept { Text = meth } : null,
            };
            Fx.Add(cc, "assessed-on", Fx.FhirDate(c.AssessedOn));
            entity.Causality.Add(cc);
        }

        fhir.SuspectEntity.Add(entity);
        return fhir;
    }

    /// <summary>Reads an adverse event back from its AdverseEvent resource.</summary>
    /// <param name="adverseEvent">The resource written by <see cref="ToAdverseEvent"/>.</param>
    /// <returns>The adverse event.</returns>
    /// <exception cref="FhirImportException">A required element is missing or a code cannot be mapped.</exception>
    public static AdverseEvents.AdverseEvent FromAdverseEvent(Hl7.Fhir.Model.AdverseEvent adverseEvent)
    {
        ArgumentNullException.ThrowIfNull(adverseEvent);
        const string p = "AdverseEvent";
        var ae = adverseEvent;
        var id = ae.Identifier?.System == FhirCanonicals.Identifier("adverse-event") ? ae.Identifier.Value : null;
        if (string.IsNullOrEmpty(id))
        {
            throw FhirIn.Missing($"{p}.identifier", $"an identifier with system {FhirCanonicals.Identifier("adverse-event")} (the event id) is required.");
        }

        var verbatim = ae.Event?.Text ?? throw FhirIn.Missing($"{p}.event.text", "the verbatim term is required.");
        MeddraCoding? meddra = null;
        var pt = ae.Event.Coding.FirstOrDefault(c => c.System == FhirCanonicals.Meddra && c.UserSelected != true);
        if (pt is not null)
        {
            var llt = ae.Event.Coding.FirstOrDefault(c => c.System == FhirCanonicals.Meddra && c.UserSelected == true);
            meddra = FhirIn.Build($"{p}.event.coding", () => new MeddraCoding(
                pt.Display ?? throw FhirIn.Missing($"{p}.event.coding.display", "the MedDRA preferred term is required."),
                pt.Code is { } pc ? Int(pc, $"{p}.event.coding.code") : null,
                llt?.Code is { } lc ? Int(lc, $"{p}.event.coding.code") : null,
                pt.Version));
        }

        LocalDate? onset = null;
        PartialDate? partial = null;
        if (ae.Date is { } dt)
        {
            var pd = FhirIn.Partial(dt, $"{p}.date");
            if (pd.IsComplete)
            {
                onset = pd.Earliest;
            }
            else
            {
                partial = pd;
            }
        }

        var timeText = FhirIn.ExtValue<Time>(ae, "onset-time", p)?.Value;
        LocalDateTime? onsetTime = timeText is null ? null
            : onset is { } od ? od + FhirIn.Time(timeText, $"{p}.extension('onset-time')")
            : throw FhirIn.Invalid($"{p}.extension('onset-time')", timeText, "an onset time needs a full onset date.");

        var criteria = SeriousnessCriteria.None;
        var criteriaSeen = 0;
        foreach (var e in ae.Extension.Where(e => e.Url == FhirCodes.BackportBase + "seriousness-criteria"))
        {
            var path = $"{p}.extension('seriousness-criteria')[{criteriaSeen++}]";
            var code = e.GetExtensionValue<CodeableConcept>("criterionCode")?.Coding.FirstOrDefault(c => c.System == FhirCanonicals.Ncit)?.Code;
            var match = FhirCodes.SeriousnessCriteriaNcit.FirstOrDefault(c => c.Code == code);
            if (match.Code is null)
            {
                throw FhirIn.Unknown($"{path}.criterionCode", code, "expected an NCIt seriousness criterion code: " + string.Join(", ", FhirCodes.SeriousnessCriteriaNcit.Select(c => $"{c.Code} ({c.Display})")) + ".");
            }

            var present = e.GetExtensionValue<FhirBoolean>("criterionPresent")?.Value ?? throw FhirIn.Missing($"{path}.criterionPresent", "criterionPresent (boolean) is required (AE research IG 1.0.1).");
            if (present)
            {
                criteria |= match.Criterion;
            }
        }

        var seriousCode = ae.Seriousness?.Coding.FirstOrDefault(c => c.System == FhirCodes.SeriousnessSystem)?.Code;
        if (seriousCode is not null and not "serious" and not "non-serious")
        {
            throw FhirIn.Unknown($"{p}.seriousness", seriousCode, $"seriousness must be 'serious' or 'non-serious' ({FhirCodes.SeriousnessSystem}, THO 1.0.1 as bound by the AE research IG).");
        }

        if ((seriousCode == "serious") != (criteria != SeriousnessCriteria.None) && seriousCode is not null)
        {
            throw FhirIn.Invalid($"{p}.seriousness", seriousCode, "seriousness must agree with the seriousness criteria: serious iff at least one criterion is present (ICH E2A; aeClinRes-seriousness-1).");
        }

        AdverseEventSeverity? severity = null;
        var gradeCoding = (ae.GetExtension(FhirCodes.BackportBase + "ae-grade")?.Value as CodeableConcept)?.Coding.FirstOrDefault(c => c.System == FhirCanonicals.CodeSystem("ctcae-grade"));
        if (gradeCoding is not null)
        {
            var g = Int(gradeCoding.Code, $"{p}.extension('ae-grade')");
            var v = FhirIn.CodeOrNull<CtcaeVersion>(gradeCoding.Version, $"{p}.extension('ae-grade').version")
                ?? throw FhirIn.Missing($"{p}.extension('ae-grade').version", "the CTCAE version (v5.0 or v6.0) is required as the coding version.");
            severity = FhirIn.Build($"{p}.extension('ae-grade')", () => new AdverseEventSeverity(g, v));
        }

        AdverseEventOutcome? outcome = null;
        if (ae.Outcome?.Coding.FirstOrDefault(c => c.System == FhirCodes.OutcomeSystem)?.Code is { } ocode)
        {
            outcome = Enum.GetValues<AdverseEventOutcome>().Cast<AdverseEventOutcome?>()
                .FirstOrDefault(o => SeriousnessStandards.ToFhir(new AdverseEvents.AdverseEvent("probe", "probe", outcome: o)).OutcomeCode == ocode)
                ?? throw FhirIn.Unknown($"{p}.outcome", ocode, "not an R4 adverse-event-outcome code.");
        }

        CausalityAssessment? investigator = null, sponsor = null;
        for (var si = 0; si < ae.SuspectEntity.Count; si++)
        {
            for (var ci = 0; ci < ae.SuspectEntity[si].Causality.Count; ci++)
            {
                var c = ae.SuspectEntity[si].Causality[ci];
                var path = $"{p}.suspectEntity[{si}].causality[{ci}]";
                var role = ae.Contained.OfType<PractitionerRole>().FirstOrDefault(pr => "#" + pr.Id == c.Author?.Reference)?
                    .Identifier.FirstOrDefault(i => i.System == FhirCanonicals.Identifier("causality-author"))?.Value;
                var category = FhirIn.Own<CausalityCategory>(c.Assessment, $"{path}.assessment");
                var assessed = FhirIn.ExtDate(c, "assessed-on", path);
                var ca = FhirIn.Build(path, () => new CausalityAssessment(category, c.Method?.Text, assessed));
                switch (role)
                {
                    case "investigator": investigator = ca; break;
                    case "sponsor": sponsor = ca; break;
                    default: throw FhirIn.Unknown($"{path}.author", role, $"the causality author must be identified as investigator or sponsor ({FhirCanonicals.Identifier("causality-author")}).");
                }
            }
        }

        var endText = (ae.GetExtension(FhirCodes.BackportBase + "resolve-date")?.Value as FhirDateTime)?.Value;
        return FhirIn.Build(p, () => new AdverseEvents.AdverseEvent(
            id, verbatim, meddra, onset, onsetTime, partial,
            endText is null ? null : FhirIn.Date(endText, $"{p}.extension('resolve-date')"),
            severity, criteria,
            FhirIn.ExtBool(ae, "recorded-serious", p),
            outcome, investigator, sponsor,
            FhirIn.CodeOrNull<Expectedness>(FhirIn.ExtCode(ae, "expectedness", p), $"{p}.extension('expectedness')"),
            FhirIn.ExtDate(ae, "sponsor-aware-date", p),
            FhirIn.ExtDate(ae, "sponsor-aware-of-upgrade-date", p),
            FhirIn.CodeOrNull<AdverseEventAction>(FhirIn.ExtCode(ae, "action-taken", p), $"{p}.extension('action-taken')")));
    }

    private static int Int(string? text, string path) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : throw FhirIn.Invalid(path, text, "a whole number is required.");
}
