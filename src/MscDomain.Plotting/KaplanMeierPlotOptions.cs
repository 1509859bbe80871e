using MscDomain.Analysis;

namespace MscDomain.Plotting;

/// <summary>Options for <see cref="KaplanMeierPlot"/>.</summary>
public sealed record KaplanMeierPlotOptions
{
    /// <summary>The default options.</summary>
    public static KaplanMeierPlotOptions Default { get; } = new();

    /// <summary>The figure title; <see langword="null"/> or empty for none. Default none.</summary>
    public string? Title { get; init; }

    /// <summary>The x-axis label. Default "Days since randomisation".</summary>
    public string XAxisLabel { get; init; } = "Days since randomisation";

    /// <summary>The y-axis label. Default "Event-free probability".</summary>
    public string YAxisLabel { get; init; } = "Event-free probability";

    /// <summary>Whether to shade each curve's pointwise confidence band. Default <see langword="true"/>.</summary>
    public bool ShowConfidenceBands { get; init; } = true;

    /// <summary>Whether to mark censoring times with vertical ticks on the curves. Default <see langword="true"/>.</summary>
    public bool ShowCensorTicks { get; init; } = true;

    /// <summary>Whether to draw the numbers-at-risk table under the plot. Default <see langword="true"/>.</summary>
    public bool ShowNumbersAtRisk { get; init; } = true;

    /// <summary>
    /// The times (days) of the x-axis ticks and of the numbers-at-risk columns, ≥ 0 and strictly ascending;
    /// <see langword="null"/> (default) chooses 5 to 8 round intervals up to the last follow-up.
    /// </summary>
    public IReadOnlyList<decimal>? TimesDays { get; init; }

    /// <summary>An optional log-rank result printed in the lower-left corner (χ², df, p).</summary>
    public LogRankResult? LogRank { get; init; }
}
