namespace MscDomain.Safety;

/// <summary>The seriousness and outcome coding of an HL7 FHIR R4 AdverseEvent resource (with the clinical-research IG backport).</summary>
/// <remarks>
/// <para><see cref="SeriousnessCode"/> is from <c>http://terminology.hl7.org/CodeSystem/adverse-event-seriousness</c>:
/// <c>serious</c> or <c>non-serious</c>. <see cref="CriteriaCodes"/> use the R4 seriousness codes
/// <c>SeriousResultsInDeath</c>, <c>SeriousIsLifeThreatening</c>, <c>SeriousResultsInHospitalization</c>,
/// <c>SeriousResultsInDisability</c>, <c>SeriousIsBirthDefect</c>, <c>SeriousRequiresPreventImpairment</c> (the last is an
/// approximate match for "other medically important event"). <see cref="OutcomeCode"/> is from
/// <c>http://terminology.hl7.org/CodeSystem/adverse-event-outcome</c>: resolved, recovering, ongoing,
/// resolvedWithSequelae, fatal, unknown.</para>
/// <para>Invariant aeClinRes-seriousness-1 (Adverse Event Clinical Research IG): serious ⇒ at least one criterion;
/// non-serious ⇒ no criteria.</para>
/// </remarks>
/// <param name="SeriousnessCode">The seriousness code (<c>serious</c> / <c>non-serious</c>).</param>
/// <param name="CriteriaCodes">The seriousness-criteria codes.</param>
/// <param name="OutcomeCode">The outcome code; <see langword="null"/> when absent.</param>
public sealed record FhirAdverseEventSeriousness(string? SeriousnessCode, IReadOnlyList<string> CriteriaCodes, string? OutcomeCode);
