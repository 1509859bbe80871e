namespace MscDomain.Fhir;

/// <summary>
/// The canonical URLs the mapping writes: the library's own code systems, extensions and identifier systems, and the
/// external systems it uses (SNOMED CT, LOINC, UCUM, NCIt, MedDRA, HL7 terminology).
/// </summary>
/// <remarks>
/// Own artefacts live under <see cref="Base"/> = the namespace of the JSON Schema <c>$id</c>
/// (<c>{Base}/CodeSystem/{id}</c>, <c>{Base}/StructureDefinition/{id}</c>, <c>{Base}/identifier/{id}</c>), as
/// <c>shared/domain/fhir-and-codes.md</c> §2.6 lays out. External system URIs: HL7 FHIR R4 §4.3 "Using codes"
/// (terminologies.html#external) and the THO value sets used by the AE research IG (NCIt).
/// </remarks>
public static class FhirCanonicals
{
    /// <summary>The base of every canonical URL the library defines.</summary>
    public const string Base = "https://github.com/mscdomain/mscdomain/fhir";

    /// <summary>SNOMED CT (<c>http://snomed.info/sct</c>).</summary>
    public const string Snomed = "http://snomed.info/sct";

    /// <summary>LOINC (<c>http://loinc.org</c>).</summary>
    public const string Loinc = "http://loinc.org";

    /// <summary>UCUM (<c>http://unitsofmeasure.org</c>).</summary>
    public const string Ucum = "http://unitsofmeasure.org";

    /// <summary>NCI Thesaurus as used by the THO value sets of the AE research IG.</summary>
    public const string Ncit = "http://ncicb.nci.nih.gov/xml/owl/EVS/Thesaurus.owl";

    /// <summary>MedDRA (THO CodeSystem <c>mdr</c>).</summary>
    public const string Meddra = "https://www.meddra.org";

    /// <summary>The URL of the library's own code system <paramref name="id"/>.</summary>
    /// <param name="id">The code system id, e.g. <c>outcome-measure</c>.</param>
    /// <returns>The canonical URL.</returns>
    public static string CodeSystem(string id) => $"{Base}/CodeSystem/{id}";

    /// <summary>The URL of the library's own extension <paramref name="id"/>.</summary>
    /// <param name="id">The extension id, e.g. <c>given-component</c>.</param>
    /// <returns>The canonical URL.</returns>
    public static string Extension(string id) => $"{Base}/StructureDefinition/{id}";

    /// <summary>The identifier system for the library's own ids of kind <paramref name="kind"/>.</summary>
    /// <param name="kind">The id kind, e.g. <c>participant</c>, <c>trial</c>, <c>product</c>.</param>
    /// <returns>The identifier system URI.</returns>
    public static string Identifier(string kind) => $"{Base}/identifier/{kind}";
}
