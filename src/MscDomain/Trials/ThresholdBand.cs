namespace MscDomain.Trials;

/// <summary>A threshold that applies when the reference (e.g. baseline EDSS) lies in a band; bands let one outcome use EDSS-stratified thresholds.</summary>
/// <remarks>Harris 2024 EDSS-Plus: decrease ≥1.0 when entry EDSS ≤5.5, ≥0.5 when entry ≥6.0.</remarks>
/// <param name="ReferenceMinimum">Lowest reference value of the band (inclusive), or null for unbounded.</param>
/// <param name="ReferenceMaximum">Highest reference value (inclusive), or null for unbounded.</param>
/// <param name="Threshold">The threshold in the outcome's threshold kind.</param>
public sealed record ThresholdBand(decimal? ReferenceMinimum, decimal? ReferenceMaximum, decimal Threshold)
{
    /// <summary>Highest reference value (at least the minimum), or null.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Maximum below minimum.</exception>
    public decimal? ReferenceMaximum { get; } = ReferenceMinimum is { } lo && ReferenceMaximum is { } hi && hi < lo
        ? throw new ArgumentOutOfRangeException(nameof(ReferenceMaximum), hi, $"ThresholdBand.ReferenceMaximum must be >= ReferenceMinimum ({lo}); {hi} is not.")
        : ReferenceMaximum;
}
