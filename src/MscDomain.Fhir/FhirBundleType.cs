namespace MscDomain.Fhir;

/// <summary>The kind of FHIR R4 <c>Bundle</c> an export writes (R4 §2.36 Bundle.type).</summary>
public enum FhirBundleType
{
    /// <summary><c>collection</c>: a set of resources for exchange; entries have <c>fullUrl</c> and no request.</summary>
    Collection,

    /// <summary>
    /// <c>transaction</c>: every entry carries a <c>request</c> (<c>PUT {type}/{id}</c>), so a server stores the whole
    /// document atomically and, because the ids are deterministic, posting it again updates instead of duplicating
    /// (R4 §3.1.0.11 "Transactions" and "update as create").
    /// </summary>
    Transaction,
}
