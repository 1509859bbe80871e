using Hl7.Fhir.Model;

namespace MscDomain.Fhir;

/// <summary>Adds resources to a Bundle with deterministic ids, <c>urn:uuid</c> fullUrls and, for a transaction, <c>PUT</c> requests.</summary>
internal sealed class BundleWriter
{
    private readonly string scope;

    public BundleWriter(FhirBundleType type, string scope)
    {
        this.scope = scope;
        Bundle = new Bundle
        {
            Id = Fx.Uuid(scope + "/bundle"),
            Type = type == FhirBundleType.Transaction ? Bundle.BundleType.Transaction : Bundle.BundleType.Collection,
        };
    }

    public Bundle Bundle { get; }

    public ResourceReference Add(Resource resource, string key)
    {
        var id = Fx.Uuid($"{scope}/{key}/{resource.TypeName}");
        resource.Id = id;
        var entry = new Bundle.EntryComponent { FullUrl = "urn:uuid:" + id, Resource = resource };
        if (Bundle.Type == Bundle.BundleType.Transaction)
        {
            entry.Request = new Bundle.RequestComponent { Method = Bundle.HTTPVerb.PUT, Url = $"{resource.TypeName}/{id}" };
        }

        Bundle.Entry.Add(entry);
        return new ResourceReference("urn:uuid:" + id);
    }
}
