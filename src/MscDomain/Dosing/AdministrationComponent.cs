using MscDomain.Common;

namespace MscDomain.Dosing;

/// <summary>One product given by one route at one administration visit; a visit giving IT + IV has two components.</summary>
/// <param name="ProductId">Id of the product (a cell product or a placebo in the trial document).</param>
/// <param name="Route">Route of administration.</param>
/// <param name="Dose">Dose of this component.</param>
/// <param name="Suspension">Vehicle, concentration and volume, or null when not reported.</param>
/// <param name="Site">Site, e.g. "L3–L4", or null.</param>
/// <param name="Method">Method, e.g. "infusion over 30 min", or null.</param>
public sealed record AdministrationComponent(
    string ProductId,
    Route Route,
    DoseSpecification Dose,
    Suspension? Suspension = null,
    string? Site = null,
    string? Method = null)
{
    /// <summary>Id of the product (non-blank).</summary>
    /// <exception cref="ArgumentException">Blank id or undefined route.</exception>
    public string ProductId { get; } = Require.NotBlank(ProductId, nameof(ProductId));

    /// <summary>Route of administration.</summary>
    public Route Route { get; } = Require.Defined(Route, nameof(Route));
}
