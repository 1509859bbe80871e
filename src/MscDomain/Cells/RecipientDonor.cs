namespace MscDomain.Cells;

/// <summary>Every recipient donates their own cells (autologous design: each participant is harvested, often in every arm).</summary>
public sealed record RecipientDonor : DonorSource
{
    /// <inheritdoc />
    public override DonorRelation RelationTo(string recipientId) => DonorRelation.Autologous;

    /// <inheritdoc />
    public override DonorRelation DesignRelation() => DonorRelation.Autologous;
}
