using System.Collections.Immutable;
using MscDomain.Common;
using MscDomain.Dosing;

namespace MscDomain.Trials;

/// <summary>
/// An eligibility criterion that looks back over a window before entry: "≥1 relapse in the last 12 months", "new activity
/// in the 3 months before injection", "+1.0 EDSS in the last year, +0.5 if EDSS ≥ 5".
/// </summary>
/// <remarks>EDSS increases that depend on the baseline EDSS use <see cref="Bands"/> (reference = EDSS at entry; threshold = the
/// minimum increase), as outcome thresholds do. Lublin 2014 defines activity and progression over such windows.</remarks>
/// <param name="Evidence">What is counted.</param>
/// <param name="Window">The look-back window before entry (screening or randomisation).</param>
/// <param name="MinimumCount">Minimum number of events (relapses, lesions), or null.</param>
/// <param name="MinimumEdssIncrease">Minimum EDSS increase when it does not depend on the EDSS, or null.</param>
/// <param name="Bands">EDSS-dependent minimum increases (may be empty).</param>
/// <param name="Text">The source's wording, or null.</param>
public sealed record LookBackCriterion(
    ActivityEvidence Evidence,
    CalendarInterval Window,
    ImmutableArray<ThresholdBand> Bands,
    int? MinimumCount = null,
    decimal? MinimumEdssIncrease = null,
    string? Text = null)
{
    /// <summary>What is counted.</summary>
    /// <exception cref="ArgumentException">An undefined evidence kind, an empty window, a count below 1, an increase of 0 or less, or an EDSS rule on non-EDSS evidence.</exception>
    public ActivityEvidence Evidence { get; } = Require.Defined(Evidence, nameof(Evidence));

    /// <summary>The look-back window (at least 1 unit).</summary>
    public CalendarInterval Window { get; } = Window.Amount >= 1
        ? Window
        : throw new ArgumentOutOfRangeException(nameof(Window), Window.ToString(), "LookBackCriterion.Window must be at least 1 unit.");

    /// <summary>Minimum number of events (at least 1), or null.</summary>
    public int? MinimumCount { get; } = MinimumCount is { } n ? Require.Positive(n, nameof(MinimumCount)) : null;

    /// <summary>Minimum EDSS increase (greater than 0), or null.</summary>
    public decimal? MinimumEdssIncrease { get; } = MinimumEdssIncrease is { } d && (d <= 0m || Evidence != ActivityEvidence.EdssIncrease)
        ? throw new ArgumentOutOfRangeException(nameof(MinimumEdssIncrease), d, $"LookBackCriterion.MinimumEdssIncrease must be > 0 and only for edss-increase evidence; {Require.Fmt(d)} for {Evidence} is not.")
        : MinimumEdssIncrease;

    /// <summary>EDSS-dependent minimum increases.</summary>
    public ImmutableArray<ThresholdBand> Bands { get; } = Require.NotDefault(Bands, nameof(Bands)) is { IsEmpty: false } b && Evidence != ActivityEvidence.EdssIncrease
        ? throw new ArgumentException($"LookBackCriterion.Bands apply to edss-increase evidence only, not {Evidence}.", nameof(Bands))
        : Require.NotDefault(Bands, nameof(Bands));

    /// <summary>The source's wording, or null.</summary>
    public string? Text { get; } = Require.NullOrNotBlank(Text, nameof(Text));
}
