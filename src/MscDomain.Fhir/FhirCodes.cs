using MscDomain.AdverseEvents;
using Hl7.Fhir.Model;
using MscDomain.Disease;
using MscDomain.Outcomes;
using MscDomain.Safety;

namespace MscDomain.Fhir;

/// <summary>External codes the mapping writes, each with its source (see <c>docs/fhir.md</c> and <c>shared/domain/fhir-and-codes.md</c> §2).</summary>
internal static class FhirCodes
{
    /// <summary>EDSS total: NCIt C112550 (CDISC EDSS0101, codelist C112439; CDISC SDTM CT 2025-03-25).</summary>
    public const string EdssNcit = "C112550";

    /// <summary>Exacerbation of multiple sclerosis, SNOMED CT 192929006 (PRIMIS code list; secondary source).</summary>
    public const string RelapseSnomed = "192929006";

    /// <summary>Kurtzke functional systems, NCIt codes of the CDISC KFSS1 codelist C112443 (CDISC SDTM CT 2025-03-25).</summary>
    public static string FunctionalSystemNcit(FunctionalSystem s) => s switch
    {
        FunctionalSystem.Pyramidal => "C112609",
        FunctionalSystem.Cerebellar => "C112610",
        FunctionalSystem.Brainstem => "C112612",
        FunctionalSystem.Sensory => "C112613",
        FunctionalSystem.BowelBladder => "C112614",
        FunctionalSystem.Visual => "C112615",
        FunctionalSystem.Cerebral => "C112617",
        _ => "C113884",
    };

    /// <summary>
    /// Standard codes of outcome measures where one exists: NCIt test codes of the CDISC MS questionnaires
    /// (T25FW C115817, 9HPT C115807, SDMT C115816, PASAT-3 C115809; CDISC SDTM CT 2025-03-25) and LOINC 101281-4
    /// "Neurofilament light chain [Mass/volume] in Serum or Plasma by Immunoassay" (Mayo Clinic Labs NFLC; secondary).
    /// MRI counts, MSFC and the rest have none and use only the library's own code system.
    /// </summary>
    public static Coding? MeasureStandard(OutcomeMeasure m) => m switch
    {
        OutcomeMeasure.TimedTwentyFiveFootWalk => new Coding(FhirCanonicals.Ncit, "C115817", "T25FW1-Time to Complete 25-Foot Walk"),
        OutcomeMeasure.NineHolePegTest => new Coding(FhirCanonicals.Ncit, "C115807", "NHPT01-Time to Complete 9-Hole Peg Test"),
        OutcomeMeasure.Sdmt => new Coding(FhirCanonicals.Ncit, "C115816", "SDMT01-Total Score"),
        OutcomeMeasure.Pasat3 => new Coding(FhirCanonicals.Ncit, "C115809", "PASAT1-Total Correct"),
        OutcomeMeasure.SerumNfl => new Coding(FhirCanonicals.Loinc, "101281-4", "Neurofilament light chain [Mass/volume] in Serum or Plasma by Immunoassay"),
        _ => null,
    };

    /// <summary>Observation category (R4 <c>observation-category</c>) of a measure.</summary>
    public static string MeasureCategory(OutcomeMeasure m) => m switch
    {
        OutcomeMeasure.GdEnhancingLesions or OutcomeMeasure.NewOrEnlargingT2Lesions or OutcomeMeasure.CombinedUniqueActiveLesions
            or OutcomeMeasure.T2LesionVolume or OutcomeMeasure.T1BlackHoleVolume or OutcomeMeasure.BrainVolumeChange
            or OutcomeMeasure.MagnetisationTransferRatio or OutcomeMeasure.OctRnfl or OutcomeMeasure.OctGcipl or OutcomeMeasure.OctMacularVolume => "imaging",
        OutcomeMeasure.SerumNfl or OutcomeMeasure.CsfNfl or OutcomeMeasure.SerumGfap => "laboratory",
        OutcomeMeasure.Msws12 => "survey",
        _ => "exam",
    };

    /// <summary>
    /// LOINC codes of the laboratory analytes the library grades, by CDISC LBTESTCD (LOINC 2.80; ALT 1742-6 and AST 1920-8
    /// as listed in public IG value sets, e.g. Outburn-IL LRC <c>ValueSet-lrc-referral-codes</c>).
    /// </summary>
    public static Coding? LabLoinc(string analyteCode, string unit) => (analyteCode.ToUpperInvariant(), unit) switch
    {
        ("ALT", _) => new Coding(FhirCanonicals.Loinc, "1742-6", "Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma"),
        ("AST", _) => new Coding(FhirCanonicals.Loinc, "1920-8", "Aspartate aminotransferase [Enzymatic activity/volume] in Serum or Plasma"),
        ("CREAT", "umol/L") => new Coding(FhirCanonicals.Loinc, "14682-9", "Creatinine [Moles/volume] in Serum or Plasma"),
        ("CREAT", "mg/dL") => new Coding(FhirCanonicals.Loinc, "2160-0", "Creatinine [Mass/volume] in Serum or Plasma"),
        ("NEUT", _) => new Coding(FhirCanonicals.Loinc, "751-8", "Neutrophils [#/volume] in Blood by Automated count"),
        ("LYM", _) => new Coding(FhirCanonicals.Loinc, "731-0", "Lymphocytes [#/volume] in Blood by Automated count"),
        ("HGB", _) => new Coding(FhirCanonicals.Loinc, "718-7", "Hemoglobin [Mass/volume] in Blood"),
        ("PLAT", _) => new Coding(FhirCanonicals.Loinc, "777-3", "Platelets [#/volume] in Blood by Automated count"),
        _ => null,
    };

    /// <summary>UCUM code of a unit text when it is already valid UCUM (UCUM §§ 2-4); otherwise none (unit text only).</summary>
    public static string? Ucum(string unit) => unit switch
    {
        "s" or "mL" or "%" or "pg/mL" or "ms" or "m" or "um" or "mm3" or "cm3" or "mL" or "U/L" or "umol/L" or "g/L" or "mg/dL" or "mmol/L" or "kg" => unit,
        "10^9/L" => "10*9/L",
        _ => null,
    };

    /// <summary>SNOMED CT code of an MS base course (MS 24700007, RRMS 426373005, SPMS 425500002, PPMS 428700003; MONDO xrefs, secondary).</summary>
    public static Coding? CourseSnomed(BaseCourse b) => b switch
    {
        BaseCourse.RelapsingRemitting => new Coding(FhirCanonicals.Snomed, "426373005", "Relapsing remitting multiple sclerosis"),
        BaseCourse.SecondaryProgressive => new Coding(FhirCanonicals.Snomed, "425500002", "Secondary progressive multiple sclerosis"),
        BaseCourse.PrimaryProgressive => new Coding(FhirCanonicals.Snomed, "428700003", "Primary progressive multiple sclerosis"),
        _ => null,
    };

    /// <summary>THO CodeSystem <c>adverse-event-seriousness</c> (terminology.hl7.org 1.0.1, lower-case codes, as bound by the AE research backport IG 1.0.1).</summary>
    public const string SeriousnessSystem = "http://terminology.hl7.org/CodeSystem/adverse-event-seriousness";

    /// <summary>R4 <c>adverse-event-severity</c> (required binding: mild, moderate, severe).</summary>
    public const string SeveritySystem = "http://terminology.hl7.org/CodeSystem/adverse-event-severity";

    /// <summary>R4 <c>adverse-event-outcome</c> (required binding).</summary>
    public const string OutcomeSystem = "http://terminology.hl7.org/CodeSystem/adverse-event-outcome";

    /// <summary>R4 <c>adverse-event-causality-assess</c> (WHO-UMC categories; example binding).</summary>
    public const string CausalityAssessSystem = "http://terminology.hl7.org/CodeSystem/adverse-event-causality-assess";

    /// <summary>AE research backport IG 1.0.1 extension base.</summary>
    public const string BackportBase = "http://hl7.org/fhir/uv/ae-research-backport-ig/StructureDefinition/";

    /// <summary>
    /// NCIt codes of the ICH E2A seriousness criteria, as in the THO value set
    /// <c>adverse-event-clinical-research-seriousness-criteria</c> used by the AE research IG 1.0.1.
    /// </summary>
    public static readonly (SeriousnessCriteria Criterion, string Code, string Display)[] SeriousnessCriteriaNcit =
    [
        (SeriousnessCriteria.Death, "C48275", "Results in death"),
        (SeriousnessCriteria.LifeThreatening, "C84266", "Is life-threatening"),
        (SeriousnessCriteria.Hospitalisation, "C83052", "Requires inpatient hospitalization or prolongation of existing hospitalization"),
        (SeriousnessCriteria.Disability, "C11338", "Results in persistent or significant disability/incapacity"),
        (SeriousnessCriteria.CongenitalAnomaly, "C83117", "Is a congenital anomaly/birth defect"),
        (SeriousnessCriteria.ImportantMedicalEvent, "C82521", "Other medically important serious event"),
    ];

    /// <summary>NCIt codes of CTCAE grades 1-5 (THO <c>adverse-event-clinical-research-grades</c>).</summary>
    public static Coding GradeNcit(int grade) => grade switch
    {
        1 => new Coding(FhirCanonicals.Ncit, "C41338", "Grade 1 Mild Adverse Event"),
        2 => new Coding(FhirCanonicals.Ncit, "C41339", "Grade 2 Moderate Adverse Event"),
        3 => new Coding(FhirCanonicals.Ncit, "C41340", "Grade 3 Severe Adverse Event"),
        4 => new Coding(FhirCanonicals.Ncit, "C41337", "Grade 4 Life Threatening or Disabling Adverse Event"),
        _ => new Coding(FhirCanonicals.Ncit, "C48275", "Grade 5 Death Related to Adverse Event"),
    };

    /// <summary>WHO-UMC category code of R4 <c>adverse-event-causality-assess</c>, where the category is a WHO-UMC one.</summary>
    public static string? WhoUmc(CausalityCategory c) => c switch
    {
        CausalityCategory.Certain => "Certain",
        CausalityCategory.Probable => "Probably-Likely",
        CausalityCategory.Possible => "Possible",
        CausalityCategory.Unlikely => "Unlikely",
        CausalityCategory.Conditional => "Conditional-Classified",
        CausalityCategory.Unassessable => "Unassessable-Unclassifiable",
        _ => null,
    };

    /// <summary>SNOMED CT route code and display from the core's route table (<see cref="Dosing.RouteCodes"/>).</summary>
    public const string ObservationCategorySystem = "http://terminology.hl7.org/CodeSystem/observation-category";
}
