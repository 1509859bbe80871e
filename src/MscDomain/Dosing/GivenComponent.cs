using MscDomain.Common;

namespace MscDomain.Dosing;

/// <summary>One product actually given by one route at an administration, with the dose, lot and volume given.</summary>
/// <param name="ProductId">Id of the product given.</param>
/// <param name="Route">Route used.</param>
/// <param name="DoseGiven">Total count given, or null when not recorded (placebo, or volume-only products).</param>
/// <param name="DosePerKgGiven">Count per kg given, or null.</param>
/// <param name="VolumeGiven">Volume given, or null.</param>
/// <param name="LotId">Product lot (SDTM EXLOT), or null.</param>
/// <param name="DoseAdjusted">Whether the dose was adjusted from the plan (SDTM EXADJ).</param>
public sealed record GivenComponent(
    string ProductId,
    Route Route,
    CellCount? DoseGiven = null,
    CellsPerKg? DosePerKgGiven = null,
    VolumeMl? VolumeGiven = null,
    string? LotId = null,
    bool DoseAdjusted = false)
{
    /// <summary>Id of the product given (non-blank).</summary>
    /// <exception cref="ArgumentException">Blank product or lot id, or an undefined route.</exception>
    public string ProductId { get; } = Require.NotBlank(ProductId, nameof(ProductId));

    /// <summary>Route used.</summary>
    public Route Route { get; } = Require.Defined(Route, nameof(Route));

    /// <summary>Product lot, or null.</summary>
    public string? LotId { get; } = Require.NullOrNotBlank(LotId, nameof(LotId));
}
