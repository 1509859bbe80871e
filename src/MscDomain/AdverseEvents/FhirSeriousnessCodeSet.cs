using System.Text.Json.Serialization;

namespace MscDomain.AdverseEvents;

/// <summary>Which of the two versions of FHIR's adverse-event seriousness codes a FHIR mapping uses; the two must not be mixed.</summary>
/// <remarks>
/// <para>Sources (fhir-and-codes.md §1.7, §2.4): FHIR R4 4.0.1 ships CodeSystem
/// <c>http://terminology.hl7.org/CodeSystem/adverse-event-seriousness</c> with capitalised <c>Serious</c> / <c>Non-serious</c> and
/// the children <c>SeriousResultsInDeath</c> ...; HL7 Terminology (THO) 1.0.1+ and the HL7 FHIR Adverse Event Clinical Research IG
/// 1.0.1 (R4 backport <c>hl7.fhir.uv.ae-research-backport-ig</c>) use lower-case <c>serious</c> / <c>non-serious</c> and carry the
/// criteria as NCIt codes in the <c>seriousness-criteria</c> extension (<c>criterionCode</c> + <c>criterionPresent</c>), bound
/// (extensible) to <c>http://terminology.hl7.org/ValueSet/adverse-event-clinical-research-seriousness-criteria</c>.</para>
/// <para><c>default(FhirSeriousnessCodeSet)</c> is <see cref="ResearchIg"/>.</para>
/// </remarks>
public enum FhirSeriousnessCodeSet
{
    /// <summary>The AE Clinical Research IG 1.0.1 (and its R4 backport): lower-case <c>serious</c>/<c>non-serious</c>, NCIt criteria.</summary>
    [JsonStringEnumMemberName("research-ig")]
    ResearchIg = 0,

    /// <summary>FHIR R4 4.0.1 as shipped: <c>Serious</c>/<c>Non-serious</c> and the capitalised child codes as criteria.</summary>
    [JsonStringEnumMemberName("r4")]
    R4 = 1,
}
