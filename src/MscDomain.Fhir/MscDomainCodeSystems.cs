using System.Diagnostics.CodeAnalysis;
using MscDomain.AdverseEvents;
using MscDomain.Common;
using Hl7.Fhir.Model;
using MscDomain.Cells;
using MscDomain.Disease;
using MscDomain.Dosing;
using MscDomain.Outcomes;
using MscDomain.Safety;
using MscDomain.Serialization;
using MscDomain.Trials;

namespace MscDomain.Fhir;

/// <summary>
/// The library's own FHIR <c>CodeSystem</c> resources: one per MscDomain enum the mapping writes as a code (code = the
/// core's wire name, e.g. <c>outcome-measure#t2-lesion-volume</c>) and one for the concepts no standard terminology has
/// (<see cref="ConceptSystemId"/>). Used where LOINC, SNOMED CT or NCIt have no code (MRI lesion counts, MSFC,
/// ambulation score, Lublin modifiers) and, beside the standard coding, to read the model back exactly.
/// </summary>
public static class MscDomainCodeSystems
{
    /// <summary>The id of the code system of concepts without an enum (<c>mscdomain-concept</c>).</summary>
    public const string ConceptSystemId = "mscdomain-concept";

    private static readonly (string Code, string Display)[] Concepts =
    [
        ("cell-administration", "Administration of a cell-therapy product (or its placebo) in a trial"),
        ("ms-relapse", "Multiple sclerosis relapse"),
        ("ms-course", "Multiple sclerosis course (Lublin 2014)"),
        ("release-test", "Release test of a cell-therapy product lot"),
        ("confirmed-disability-event", "Confirmed disability worsening or improvement event"),
        ("study-intervention", "The study intervention (no administration recorded)"),
    ];

    /// <summary>The display of a concept code of <see cref="ConceptSystemId"/>.</summary>
    /// <param name="code">The code.</param>
    /// <returns>Its display text.</returns>
    /// <exception cref="ArgumentException">The code is not defined.</exception>
    public static string ConceptDisplay(string code) =>
        Concepts.FirstOrDefault(c => c.Code == code).Display ?? throw new ArgumentException($"'{code}' is not a {ConceptSystemId} code.", nameof(code));

    /// <summary>Every own code system as an R4 <c>CodeSystem</c> resource (status active, content complete, case sensitive).</summary>
    /// <returns>The resources, with ids equal to their code-system ids.</returns>
    public static IReadOnlyList<CodeSystem> All() =>
    [
        Build(ConceptSystemId, "MscDomain concepts", Concepts),
        Enum<OutcomeMeasure>("Outcome measures (MscDomain.Outcomes.OutcomeMeasure)"),
        Enum<FunctionalSystem>("Kurtzke functional systems"),
        Enum<Laterality>("Laterality of a measurement"),
        Enum<AdministrationStatus>("Administration status"),
        Enum<Route>("Route of administration"),
        Enum<BaseCourse>("MS base course (Lublin 2014)"),
        Enum<ActivityModifier>("MS activity modifier (Lublin 2014)"),
        Enum<ProgressionModifier>("MS progression modifier (Lublin 2014)"),
        Enum<DiagnosticCriteria>("MS diagnostic criteria"),
        Enum<CausalityCategory>("Causality category (WHO-UMC and binary)"),
        Enum<Expectedness>("Expectedness against the reference safety information"),
        Enum<AdverseEventAction>("Action taken with the study treatment"),
        Enum<CtcaeVersion>("CTCAE version"),
        Enum<CellProductKind>("Cell product kind"),
        Enum<TissueSource>("Tissue source"),
        Enum<ReleaseTestKind>("Release test kind"),
        Enum<TestOutcome>("Release test outcome"),
        Enum<TrialPhase>("Trial phase"),
        Enum<Allocation>("Allocation"),
        Enum<InterventionModel>("Intervention model"),
        Enum<Masking>("Masking"),
        Enum<ArmType>("Arm type"),
        Enum<MscDomain.Disability.WorseningClass>("Confirmed disability worsening class (PIRA, RAW)"),
        Enum<MscDomain.Disability.ChangeKind>("Confirmed disability change kind"),
    ];

    private static CodeSystem Enum<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] TEnum>(string title)
        where TEnum : struct, System.Enum =>
        Build(Fx.SystemId<TEnum>(), title, [.. WireName.Names<TEnum>().Select(n => (n, n))]);

    private static CodeSystem Build(string id, string title, IEnumerable<(string Code, string Display)> concepts) => new()
    {
        Id = id,
        Url = FhirCanonicals.CodeSystem(id),
        Version = typeof(MscDomainCodeSystems).Assembly.GetName().Version?.ToString(3) ?? "0.1.0",
        Name = string.Concat(id.Split('-').Select(p => char.ToUpperInvariant(p[0]) + p[1..])),
        Title = title,
        Status = PublicationStatus.Active,
        Experimental = false,
        Publisher = "MscDomain contributors",
        CaseSensitive = true,
        Content = CodeSystemContentMode.Complete,
        Concept = [.. concepts.Select(c => new CodeSystem.ConceptDefinitionComponent { Code = c.Code, Display = c.Display })],
    };
}
