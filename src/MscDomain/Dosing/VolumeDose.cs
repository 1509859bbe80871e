namespace MscDomain.Dosing;

/// <summary>A dose given as a volume, e.g. of conditioned medium (cell-free secretome).</summary>
/// <param name="Volume">The volume per administration.</param>
/// <param name="Verbatim">The source's dose text.</param>
public sealed record VolumeDose(VolumeMl Volume, string? Verbatim = null) : DoseSpecification(Verbatim)
{
    /// <inheritdoc />
    /// <returns>Always null: a volume is not a count.</returns>
    public override PlannedCellTotal? PlannedTotalFor(WeightKg weight) => null;
}
