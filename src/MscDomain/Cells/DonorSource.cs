using System.Text.Json.Serialization;

namespace MscDomain.Cells;

/// <summary>Who donated the cells of a product: each recipient for themself, or an identified donor (closed hierarchy).</summary>
/// <remarks>JSON <c>kind</c>: <c>"recipient"</c> (<see cref="RecipientDonor"/>), <c>"identified"</c> (<see cref="IdentifiedDonor"/>),
/// <c>"unidentified"</c> (<see cref="UnidentifiedDonor"/>: allogeneic, donor not identified, possibly pooled).
/// The autologous/allogeneic relation is computed by <see cref="RelationTo"/>, never stored.</remarks>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(RecipientDonor), "recipient")]
[JsonDerivedType(typeof(IdentifiedDonor), "identified")]
[JsonDerivedType(typeof(UnidentifiedDonor), "unidentified")]
public abstract record DonorSource
{
    private protected DonorSource()
    {
    }

    /// <summary>The relation of this donor to a recipient.</summary>
    /// <param name="recipientId">The recipient's (participant's) id.</param>
    /// <returns><see cref="DonorRelation.Autologous"/> when donor and recipient are the same person.</returns>
    public abstract DonorRelation RelationTo(string recipientId);

    /// <summary>The relation at design level, when no recipient is named: recipient-donors are autologous, identified donors allogeneic.</summary>
    /// <returns>The design-level relation.</returns>
    public abstract DonorRelation DesignRelation();
}
