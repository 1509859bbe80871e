using MscDomain.Common;

namespace MscDomain.Dosing;

/// <summary>Summary statistics of an achieved dose across participants (mean, SD, median, range, n), in the unit of the dose that holds it.</summary>
/// <remarks>Inside a <see cref="PerKgDose"/> the unit is 10^6 per kg; inside a <see cref="FixedDose"/> 10^6 per administration.
/// Example: Connick 2012, mean 1.6 (range 1.1–2.0 [recalled]) × 10^6 cells/kg.</remarks>
/// <param name="Mean">Arithmetic mean, or null when not reported.</param>
/// <param name="StandardDeviation">Standard deviation, or null.</param>
/// <param name="Minimum">Smallest achieved dose, or null.</param>
/// <param name="Maximum">Largest achieved dose, or null.</param>
/// <param name="Median">Median, or null.</param>
/// <param name="Participants">Number of participants summarised, or null.</param>
public sealed record DoseSummary(
    decimal? Mean = null,
    decimal? StandardDeviation = null,
    decimal? Minimum = null,
    decimal? Maximum = null,
    decimal? Median = null,
    int? Participants = null)
{
    /// <summary>Arithmetic mean (at least 0), or null when not reported.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value is negative or minimum exceeds maximum.</exception>
    public decimal? Mean { get; } = Require.NonNegative(Mean, nameof(Mean));

    /// <summary>Standard deviation (at least 0), or null.</summary>
    public decimal? StandardDeviation { get; } = Require.NonNegative(StandardDeviation, nameof(StandardDeviation));

    /// <summary>Smallest achieved dose (at least 0), or null.</summary>
    public decimal? Minimum { get; } = Require.NonNegative(Minimum, nameof(Minimum));

    /// <summary>Largest achieved dose (at least <see cref="Minimum"/>), or null.</summary>
    public decimal? Maximum { get; } = Minimum is { } lo && Maximum is { } hi && hi < lo
        ? throw new ArgumentOutOfRangeException(nameof(Maximum), hi, $"DoseSummary.Maximum must be >= Minimum ({Require.Fmt(lo)}); {Require.Fmt(hi)} is not.")
        : Require.NonNegative(Maximum, nameof(Maximum));

    /// <summary>Median (at least 0), or null.</summary>
    public decimal? Median { get; } = Require.NonNegative(Median, nameof(Median));

    /// <summary>Number of participants summarised (at least 0), or null.</summary>
    public int? Participants { get; } = Require.NonNegative(Participants, nameof(Participants));
}
