namespace MscDomain.AdverseEvents;

/// <summary>
/// The codes an SDTM, E2B or FHIR export of an adverse event needs, as data: the NCIt codes of the CTCAE grades and of the ICH E2A
/// seriousness criteria, and FHIR's seriousness codes in both code-set versions.
/// </summary>
/// <remarks>
/// <para>Sources: HL7 Terminology (THO) 5.5.0 value sets <c>adverse-event-clinical-research-grades</c> (C41338 grade 1, C41339
/// grade 2, C41340 grade 3, C41337 grade 4, C48275 grade 5) and <c>adverse-event-clinical-research-seriousness-criteria</c>
/// (C48275 results in death, C84266 life-threatening, C83052 inpatient hospitalisation, C11338 persistent or significant
/// disability/incapacity, C83117 congenital anomaly/birth defect, C82521 other medically important condition, C201939 required
/// intervention to prevent permanent impairment/damage), both used by the HL7 FHIR AE Clinical Research IG 1.0.1; FHIR R4 4.0.1
/// CodeSystem <c>adverse-event-seriousness</c> (fhir-and-codes.md §1.7, §2.4; safety.md §10). ICH E2A (CPMP/ICH/377/95) defines
/// the six criteria of <see cref="SeriousnessCriteria"/>.</para>
/// <para>C201939 is not a separate ICH E2A criterion: reading it yields <see cref="SeriousnessCriteria.ImportantMedicalEvent"/>, the
/// same approximation as R4's <c>SeriousRequiresPreventImpairment</c>; writing never produces it.</para>
/// </remarks>
public static class AdverseEventCodes
{
    /// <summary>The NCI Thesaurus system URI as the THO value sets use it.</summary>
    public const string NcitSystem = "http://ncicb.nci.nih.gov/xml/owl/EVS/Thesaurus.owl";

    /// <summary>The FHIR adverse-event seriousness CodeSystem URI (R4 4.0.1 and THO; the codes differ by version, see <see cref="FhirSeriousnessCodeSet"/>).</summary>
    public const string FhirSeriousnessSystem = "http://terminology.hl7.org/CodeSystem/adverse-event-seriousness";

    /// <summary>The NCIt code that is not an ICH E2A criterion of its own: "required intervention to prevent permanent impairment/damage".</summary>
    public const string NcitPreventPermanentImpairment = "C201939";

    private static readonly CodedConcept[] Grades =
    [
        new(NcitSystem, "C41338", "Grade 1: mild adverse event"),
        new(NcitSystem, "C41339", "Grade 2: moderate adverse event"),
        new(NcitSystem, "C41340", "Grade 3: severe adverse event"),
        new(NcitSystem, "C41337", "Grade 4: life-threatening or disabling adverse event"),
        new(NcitSystem, "C48275", "Grade 5: death related to adverse event"),
    ];

    private static readonly (SeriousnessCriteria Criterion, CodedConcept Ncit, string R4)[] Criteria =
    [
        (SeriousnessCriteria.Death, new(NcitSystem, "C48275", "Results in death"), "SeriousResultsInDeath"),
        (SeriousnessCriteria.LifeThreatening, new(NcitSystem, "C84266", "Life-threatening"), "SeriousIsLifeThreatening"),
        (SeriousnessCriteria.Hospitalisation, new(NcitSystem, "C83052", "Inpatient hospitalisation or prolongation of existing hospitalisation"), "SeriousResultsInHospitalization"),
        (SeriousnessCriteria.Disability, new(NcitSystem, "C11338", "Persistent or significant disability/incapacity"), "SeriousResultsInDisability"),
        (SeriousnessCriteria.CongenitalAnomaly, new(NcitSystem, "C83117", "Congenital anomaly/birth defect"), "SeriousIsBirthDefect"),
        (SeriousnessCriteria.ImportantMedicalEvent, new(NcitSystem, "C82521", "Other medically important condition"), "SeriousRequiresPreventImpairment"),
    ];

    /// <summary>The NCIt codes of CTCAE grades 1 to 5, in grade order (index 0 = grade 1).</summary>
    public static IReadOnlyList<CodedConcept> CtcaeGradeCodes { get; } = Grades;

    /// <summary>Every code of the THO seriousness-criteria value set: the six ICH E2A criteria in flag order, then C201939.</summary>
    public static IReadOnlyList<CodedConcept> SeriousnessCriterionCodes { get; } =
        [.. Criteria.Select(c => c.Ncit), new(NcitSystem, NcitPreventPermanentImpairment, "Required intervention to prevent permanent impairment/damage")];

    /// <summary>The six ICH E2A criteria in flag order (death first).</summary>
    public static IReadOnlyList<SeriousnessCriteria> E2aCriteria { get; } = [.. Criteria.Select(c => c.Criterion)];

    /// <summary>The NCIt code of a CTCAE grade.</summary>
    /// <param name="grade">The grade, 1 to 5 (the same codes for CTCAE v5.0 and v6.0).</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="grade"/> is not 1 to 5 (there is no NCIt code for "grade 0").</exception>
    public static CodedConcept ForCtcaeGrade(int grade) =>
        grade is >= 1 and <= 5 ? Grades[grade - 1]
            : throw new ArgumentOutOfRangeException(nameof(grade), grade, "CTCAE grades with an NCIt code are 1 to 5; grade 0 (not abnormal) has none (fhir-and-codes.md §1.6).");

    /// <summary>The NCIt code of a computed or reported CTCAE grade; <see langword="null"/> for grade 0, which has none.</summary>
    /// <param name="grade">The grade.</param>
    /// <returns>The code, or <see langword="null"/> for grade 0.</returns>
    public static CodedConcept? ForCtcaeGrade(CtcaeGrade grade) => grade.Value == 0 ? null : Grades[grade.Value - 1];

    /// <summary>The NCIt code of one ICH E2A seriousness criterion.</summary>
    /// <param name="criterion">Exactly one flag.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="criterion"/> is <see cref="SeriousnessCriteria.None"/>, a combination or undefined.</exception>
    public static CodedConcept ForSeriousnessCriterion(SeriousnessCriteria criterion) => Single(criterion).Ncit;

    /// <summary>The FHIR R4 4.0.1 child code of one ICH E2A seriousness criterion (e.g. <c>SeriousResultsInDeath</c>).</summary>
    /// <param name="criterion">Exactly one flag.</param>
    /// <returns>The code; <see cref="SeriousnessCriteria.ImportantMedicalEvent"/> maps approximately to <c>SeriousRequiresPreventImpairment</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="criterion"/> is <see cref="SeriousnessCriteria.None"/>, a combination or undefined.</exception>
    public static string FhirR4CodeForSeriousnessCriterion(SeriousnessCriteria criterion) => Single(criterion).R4;

    /// <summary>The FHIR seriousness code of a serious or non-serious event in one code-set version.</summary>
    /// <param name="serious">Whether the event is serious.</param>
    /// <param name="codeSet">The code-set version.</param>
    /// <returns><c>serious</c>/<c>non-serious</c> (research IG, THO) or <c>Serious</c>/<c>Non-serious</c> (R4 4.0.1).</returns>
    public static string FhirSeriousnessCode(bool serious, FhirSeriousnessCodeSet codeSet) => codeSet switch
    {
        FhirSeriousnessCodeSet.R4 => serious ? "Serious" : "Non-serious",
        _ => serious ? "serious" : "non-serious",
    };

    /// <summary>Reads an NCIt seriousness-criterion code (THO value set, including C201939).</summary>
    /// <param name="code">The NCIt code, e.g. <c>C84266</c>.</param>
    /// <param name="criterion">The ICH E2A criterion; C201939 gives <see cref="SeriousnessCriteria.ImportantMedicalEvent"/>.</param>
    /// <returns>Whether the code is in the value set.</returns>
    public static bool TryParseNcitSeriousnessCriterion(string? code, out SeriousnessCriteria criterion)
    {
        criterion = SeriousnessCriteria.None;
        if (code == NcitPreventPermanentImpairment)
        {
            criterion = SeriousnessCriteria.ImportantMedicalEvent;
            return true;
        }

        foreach (var c in Criteria)
        {
            if (c.Ncit.Code == code)
            {
                criterion = c.Criterion;
                return true;
            }
        }

        return false;
    }

    /// <summary>Reads a FHIR R4 4.0.1 seriousness child code (e.g. <c>SeriousIsLifeThreatening</c>).</summary>
    /// <param name="code">The code (case-sensitive, as R4 spells it).</param>
    /// <param name="criterion">The ICH E2A criterion.</param>
    /// <returns>Whether the code is one of R4's six child codes.</returns>
    public static bool TryParseFhirR4SeriousnessCriterion(string? code, out SeriousnessCriteria criterion)
    {
        foreach (var c in Criteria)
        {
            if (c.R4 == code)
            {
                criterion = c.Criterion;
                return true;
            }
        }

        criterion = SeriousnessCriteria.None;
        return false;
    }

    private static (SeriousnessCriteria Criterion, CodedConcept Ncit, string R4) Single(SeriousnessCriteria criterion)
    {
        foreach (var c in Criteria)
        {
            if (c.Criterion == criterion)
            {
                return c;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(criterion), criterion, "Give exactly one ICH E2A seriousness criterion (not None, not a combination).");
    }
}
