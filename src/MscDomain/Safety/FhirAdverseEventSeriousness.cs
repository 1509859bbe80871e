using MscDomain.AdverseEvents;

namespace MscDomain.Safety;

/// <summary>The seriousness and outcome coding of an HL7 FHIR AdverseEvent, in one consistent code-set version.</summary>
/// <remarks>
/// <para><see cref="CodeSet"/> says which version the codes follow (fhir-and-codes.md §1.7, §2.4; never mixed):</para>
/// <para><see cref="FhirSeriousnessCodeSet.ResearchIg"/> (default; HL7 FHIR AE Clinical Research IG 1.0.1 and its R4 backport):
/// <see cref="SeriousnessCode"/> <c>serious</c> / <c>non-serious</c> (THO, lower case); criteria are NCIt codes of the extensible
/// value set <c>adverse-event-clinical-research-seriousness-criteria</c> (<see cref="AdverseEventCodes.SeriousnessCriterionCodes"/>)
/// in the <c>seriousness-criteria</c> extension, whose <c>criterionPresent</c> flag is <see langword="true"/> for
/// <see cref="CriteriaCodes"/> and <see langword="false"/> for <see cref="AbsentCriteriaCodes"/>. Invariant
/// <c>aeClinRes-seriousness-1</c>: serious ⇒ at least one <c>seriousness-criteria</c> entry; non-serious ⇒ none (it tests
/// presence of the entry, not <c>criterionPresent</c>).</para>
/// <para><see cref="FhirSeriousnessCodeSet.R4"/> (FHIR R4 4.0.1 as shipped): <c>Serious</c> / <c>Non-serious</c> and the child
/// codes <c>SeriousResultsInDeath</c>, <c>SeriousIsLifeThreatening</c>, <c>SeriousResultsInHospitalization</c>,
/// <c>SeriousResultsInDisability</c>, <c>SeriousIsBirthDefect</c>, <c>SeriousRequiresPreventImpairment</c> (approximate for
/// "other medically important"); R4 has no <c>criterionPresent</c>, so <see cref="AbsentCriteriaCodes"/> stays empty.</para>
/// <para><see cref="OutcomeCode"/> is from <c>http://terminology.hl7.org/CodeSystem/adverse-event-outcome</c> in both: resolved,
/// recovering, ongoing, resolvedWithSequelae, fatal, unknown.</para>
/// </remarks>
/// <param name="SeriousnessCode">The seriousness code.</param>
/// <param name="CriteriaCodes">The criteria that hold (research IG: <c>criterionPresent = true</c>).</param>
/// <param name="OutcomeCode">The outcome code; <see langword="null"/> when absent.</param>
/// <param name="CodeSet">The code-set version of all codes in this record; default <see cref="FhirSeriousnessCodeSet.ResearchIg"/>.</param>
/// <param name="AbsentCriteriaCodes">Research IG only: criteria recorded with <c>criterionPresent = false</c>; <see langword="null"/> for none.</param>
public sealed record FhirAdverseEventSeriousness(
    string? SeriousnessCode,
    IReadOnlyList<string> CriteriaCodes,
    string? OutcomeCode,
    FhirSeriousnessCodeSet CodeSet = FhirSeriousnessCodeSet.ResearchIg,
    IReadOnlyList<string>? AbsentCriteriaCodes = null)
{
    /// <summary>Research IG only: criteria recorded with <c>criterionPresent = false</c> (stated not to hold); empty when none.</summary>
    public IReadOnlyList<string> AbsentCriteriaCodes { get; } = AbsentCriteriaCodes ?? [];
}
