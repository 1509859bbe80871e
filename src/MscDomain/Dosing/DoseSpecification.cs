using System.Text.Json.Serialization;
using MscDomain.Common;

namespace MscDomain.Dosing;

/// <summary>
/// How much of a product one administration gives: per kilogram, fixed, a volume, or not reported
/// (a closed hierarchy; products-and-dosing.md §2).
/// </summary>
/// <remarks>
/// JSON: an object with a <c>kind</c> discriminator: <c>"per-kg"</c> (<see cref="PerKgDose"/>),
/// <c>"fixed"</c> (<see cref="FixedDose"/>), <c>"volume"</c> (<see cref="VolumeDose"/>),
/// <c>"not-reported"</c> (<see cref="NotReportedDose"/>). Every kind keeps the source's verbatim
/// dose text (<see cref="Verbatim"/>) next to the normalised value.
/// </remarks>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(PerKgDose), "per-kg")]
[JsonDerivedType(typeof(FixedDose), "fixed")]
[JsonDerivedType(typeof(VolumeDose), "volume")]
[JsonDerivedType(typeof(NotReportedDose), "not-reported")]
public abstract record DoseSpecification
{
    private protected DoseSpecification(string? verbatim) =>
        Verbatim = Require.NullOrNotBlank(verbatim, nameof(verbatim));

    /// <summary>The dose exactly as the source wrote it (e.g. "1–2 × 10^6 cells/kg"), or null.</summary>
    public string? Verbatim { get; }

    /// <summary>The planned count given in one administration to a participant of <paramref name="weight"/>.</summary>
    /// <param name="weight">Body weight on the day of dosing.</param>
    /// <returns>The lowest and highest planned count (after any cap), or null when the dose is not a count (volume) or not known.</returns>
    public abstract PlannedCellTotal? PlannedTotalFor(WeightKg weight);
}
