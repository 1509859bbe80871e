namespace MscDomain.Plotting;

/// <summary>Options for <see cref="ForestPlot"/>.</summary>
public sealed record ForestPlotOptions
{
    /// <summary>The default options.</summary>
    public static ForestPlotOptions Default { get; } = new();

    /// <summary>The figure title; <see langword="null"/> or empty for none. Default none.</summary>
    public string? Title { get; init; }

    /// <summary>The x-axis label, e.g. "Risk ratio (log scale)"; <see langword="null"/> (default) names the scale ("Ratio (log scale)", "Proportion", "Effect size").</summary>
    public string? XAxisLabel { get; init; }

    /// <summary>Whether to draw the prediction interval row under the pooled diamond (random-effects fits). Default <see langword="true"/>.</summary>
    public bool ShowPredictionInterval { get; init; } = true;

    /// <summary>Whether to print the heterogeneity line (τ², I², H², Q with df and p). Default <see langword="true"/>.</summary>
    public bool ShowHeterogeneity { get; init; } = true;
}
