namespace MscDomain.Dosing;

/// <summary>How a product is suspended for administration, kept separate from the dose (products-and-dosing.md §1.5).</summary>
/// <remarks>Petrou 2020: saline at 10–15 × 10^6 cells/mL.</remarks>
/// <param name="Vehicle">Vehicle, e.g. "saline", "suspension medium", or null.</param>
/// <param name="ConcentrationMinimum">Lowest concentration, or null.</param>
/// <param name="ConcentrationMaximum">Highest concentration (at least the lowest), or null.</param>
/// <param name="Volume">Volume administered, or null.</param>
public sealed record Suspension(
    string? Vehicle = null,
    CellConcentration? ConcentrationMinimum = null,
    CellConcentration? ConcentrationMaximum = null,
    VolumeMl? Volume = null)
{
    /// <summary>Highest concentration (at least <see cref="ConcentrationMinimum"/>), or null.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The maximum is below the minimum.</exception>
    public CellConcentration? ConcentrationMaximum { get; } = ConcentrationMinimum is { } lo && ConcentrationMaximum is { } hi && hi < lo
        ? throw new ArgumentOutOfRangeException(nameof(ConcentrationMaximum), hi.MillionsPerMl, $"Suspension.ConcentrationMaximum must be >= ConcentrationMinimum ({lo}); {hi} is not.")
        : ConcentrationMaximum;
}
