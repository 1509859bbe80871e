using Hl7.Fhir.Model;
using MscDomain.Common;
using MscDomain.Disease;
using MscDomain.Dosing;
using MscDomain.Outcomes;
using MscDomain.Trials;

namespace MscDomain.Fhir;

/// <summary>
/// Resource-level mappings between the MscDomain model and FHIR R4 (Firely <c>Hl7.Fhir.R4</c>), both ways. The
/// <c>To…</c> methods build one resource without id (the bundle builders in <see cref="MscDomainFhir"/> assign
/// deterministic ids and references); the <c>From…</c> methods read one resource back and throw
/// <see cref="FhirImportException"/> (codes <c>MSC12xx</c>, location = the element path) for anything they cannot map.
/// </summary>
/// <remarks>
/// The element choices follow R4 4.0.1 and <c>shared/domain/fhir-and-codes.md</c> §1; what FHIR cannot carry natively
/// travels in the library's own extensions (<see cref="FhirCanonicals.Extension"/>), listed in <c>docs/fhir.md</c>.
/// </remarks>
public static partial class FhirMapper
{
    /// <summary>
    /// A participant as a pseudonymous R4 <c>Patient</c>: identifier (the participant id), gender and the (possibly
    /// partial) birth date; no name, address or contact.
    /// </summary>
    /// <param name="participant">The participant.</param>
    /// <returns>The Patient.</returns>
    /// <remarks>Sex → <c>Patient.gender</c> (required binding): female, male, unknown; undifferentiated → <c>other</c> (POLICY, fhir-and-codes.md §1.2).</remarks>
    public static Patient ToPatient(ParticipantTimeline participant)
    {
        ArgumentNullException.ThrowIfNull(participant);
        return new Patient
        {
            Identifier = [Fx.Id("participant", participant.ParticipantId)],
            Gender = participant.Baseline.Sex switch
            {
                Sex.Female => AdministrativeGender.Female,
                Sex.Male => AdministrativeGender.Male,
                Sex.Undifferentiated => AdministrativeGender.Other,
                _ => AdministrativeGender.Unknown,
            },
            BirthDate = participant.Baseline.BirthDate.ToString(),
        };
    }

    /// <summary>
    /// The participant's enrolment as an R4 <c>ResearchSubject</c>: status <c>on-study</c>, period from the enrolment
    /// date, the study, the Patient, the assigned arm (the arm id, which is the <c>ResearchStudy.arm.name</c>) and, when a
    /// dose was given, the same arm as actual arm (allocated-not-dosed leaves it empty, fhir-and-codes.md §1.2).
    /// </summary>
    /// <param name="participant">The participant.</param>
    /// <param name="patient">The reference to the participant's Patient.</param>
    /// <param name="study">The reference to the ResearchStudy (a display-only reference when the trial is unknown).</param>
    /// <returns>The ResearchSubject.</returns>
    public static ResearchSubject ToResearchSubject(ParticipantTimeline participant, ResourceReference patient, ResourceReference study)
    {
        ArgumentNullException.ThrowIfNull(participant);
        var b = participant.Baseline;
        var rs = new ResearchSubject
        {
            Identifier = [Fx.Id("participant", participant.ParticipantId)],
            Status = ResearchSubject.ResearchSubjectStatus.OnStudy,
            Period = new Period { Start = Fx.Text(b.EnrolmentDate) },
            Study = study,
            Individual = patient,
            AssignedArm = participant.ArmId,
            ActualArm = participant.Administrations.Any(a => a.WasDosed) ? participant.ArmId : null,
        };
        Fx.Add(rs, "sequence-id", participant.SequenceId is { } s ? new FhirString(s) : null);
        Fx.Add(rs, "consent-date", Fx.FhirDate(b.ConsentDate));
        Fx.Add(rs, "baseline-edss", b.BaselineEdss is { } e ? new FhirDecimal(e.Value) : null);
        Fx.Add(rs, "baseline-weight", b.Weight is { } w ? Fx.Ucum(w.Kilograms, "kg", "kg") : null);
        return rs;
    }

    /// <summary>
    /// The disease course as an R4 <c>Condition</c>: SNOMED CT code of the course where one exists (RRMS 426373005, SPMS
    /// 425500002, PPMS 428700003; secondary sources, fhir-and-codes.md §2.1) plus the library's <c>base-course</c> code;
    /// the Lublin 2014 activity and progression modifiers, look-back and criteria in own extensions.
    /// </summary>
    /// <param name="course">The course.</param>
    /// <param name="patient">The reference to the Patient.</param>
    /// <returns>The Condition.</returns>
    public static Condition ToCondition(DiseaseCourse course, ResourceReference patient)
    {
        ArgumentNullException.ThrowIfNull(course);
        var code = Fx.Cc(Fx.Own(course.Base), Fx.Concept("ms-course"));
        if (FhirCodes.CourseSnomed(course.Base) is { } sct)
        {
            code.Coding.Insert(0, sct);
        }

        var c = new Condition
        {
            ClinicalStatus = Fx.Cc(new Coding("http://terminology.hl7.org/CodeSystem/condition-clinical", "active")),
            Code = code,
            Subject = patient,
            RecordedDate = course.AssessedOn is { } d ? Fx.Text(d) : null,
            Note = course.VerbatimLabel is { } v ? [new Annotation { Text = v }] : [],
        };
        Fx.Add(c, "activity-modifier", Fx.CodeOf(course.Activity));
        Fx.Add(c, "progression-modifier", Fx.CodeOf(course.Progression));
        Fx.Add(c, "look-back-months", course.LookBackMonths is { } m ? new Integer(m) : null);
        Fx.Add(c, "diagnostic-criteria", Fx.Code(course.Criteria));
        return c;
    }

    /// <summary>Reads a participant's identity and baseline back from its Patient, ResearchSubject and course Condition.</summary>
    /// <param name="patient">The Patient.</param>
    /// <param name="subject">The ResearchSubject.</param>
    /// <param name="course">The course Condition, if any.</param>
    /// <returns>The participant id, trial id, arm and sequence ids, and the baseline.</returns>
    /// <exception cref="FhirImportException">A required element is missing or a value cannot be mapped.</exception>
    /// <remarks>Internal (docs/public-surface.md): a part of the bundle reader, whose tuple would be a public promise that
    /// cannot grow; users read participants through <see cref="MscDomainFhir.ReadCohort(Bundle, string?)"/>.</remarks>
    internal static (string ParticipantId, string? TrialId, string? ArmId, string? SequenceId, ParticipantBaseline Baseline) FromPatient(
        Patient patient, ResearchSubject subject, Condition? course)
    {
        ArgumentNullException.ThrowIfNull(patient);
        ArgumentNullException.ThrowIfNull(subject);
        var id = patient.Identifier.FirstOrDefault(i => i.System == FhirCanonicals.Identifier("participant"))?.Value
            ?? throw FhirIn.Missing("Patient.identifier", $"an identifier with system {FhirCanonicals.Identifier("participant")} (the participant id) is required.");
        var sex = patient.Gender switch
        {
            AdministrativeGender.Female => Sex.Female,
            AdministrativeGender.Male => Sex.Male,
            AdministrativeGender.Other => Sex.Undifferentiated,
            AdministrativeGender.Unknown => Sex.Unknown,
            _ => throw FhirIn.Missing("Patient.gender", "gender is required (female, male, other or unknown)."),
        };
        var birth = FhirIn.Partial(patient.BirthDate, "Patient.birthDate");
        var enrolment = FhirIn.Date(subject.Period?.Start, "ResearchSubject.period.start");
        var consent = FhirIn.ExtDate(subject, "consent-date", "ResearchSubject");
        var edss = FhirIn.ExtDecimal(subject, "baseline-edss", "ResearchSubject");
        var weight = FhirIn.ExtValue<Quantity>(subject, "baseline-weight", "ResearchSubject");
        var baseline = FhirIn.Build("ResearchSubject", () => new ParticipantBaseline(
            birth, sex, enrolment, consent,
            course is null ? null : FromCondition(course),
            edss is { } e ? new EdssScore(e) : null,
            weight is not null ? new WeightKg(FhirIn.QuantityValue(weight, "ResearchSubject.extension('baseline-weight')")) : null));
        var trialId = subject.Study?.Identifier?.System == FhirCanonicals.Identifier("trial") ? subject.Study.Identifier.Value : null;
        return (id, trialId, subject.AssignedArm, FhirIn.ExtString(subject, "sequence-id", "ResearchSubject"), baseline);
    }

    /// <summary>Reads a disease course back from its Condition.</summary>
    /// <param name="condition">The Condition written by <see cref="ToCondition(DiseaseCourse, ResourceReference)"/>.</param>
    /// <returns>The course.</returns>
    /// <exception cref="FhirImportException">The base course code is missing or a modifier is unknown.</exception>
    public static DiseaseCourse FromCondition(Condition condition)
    {
        ArgumentNullException.ThrowIfNull(condition);
        const string p = "Condition";
        var baseCourse = FhirIn.Own<BaseCourse>(condition.Code, $"{p}.code");
        var activity = FhirIn.CodeOrNull<ActivityModifier>(FhirIn.ExtCode(condition, "activity-modifier", p), $"{p}.extension('activity-modifier')")
            ?? throw FhirIn.Missing($"{p}.extension('activity-modifier')", "the Lublin 2014 activity modifier is required.");
        var progression = FhirIn.CodeOrNull<ProgressionModifier>(FhirIn.ExtCode(condition, "progression-modifier", p), $"{p}.extension('progression-modifier')")
            ?? throw FhirIn.Missing($"{p}.extension('progression-modifier')", "the Lublin 2014 progression modifier is required.");
        var criteria = FhirIn.CodeOrNull<DiagnosticCriteria>(FhirIn.ExtCode(condition, "diagnostic-criteria", p), $"{p}.extension('diagnostic-criteria')");
        var assessed = condition.RecordedDate is { } r ? FhirIn.Date(r, $"{p}.recordedDate") : (NodaTime.LocalDate?)null;
        return FhirIn.Build(p, () => new DiseaseCourse(baseCourse, activity, progression, assessed,
            FhirIn.ExtInt(condition, "look-back-months", p), condition.Note.FirstOrDefault()?.Text, criteria));
    }
}
