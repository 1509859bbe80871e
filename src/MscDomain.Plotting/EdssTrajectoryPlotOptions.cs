namespace MscDomain.Plotting;

/// <summary>Options for <see cref="EdssTrajectoryPlot"/>.</summary>
public sealed record EdssTrajectoryPlotOptions
{
    /// <summary>The default options.</summary>
    public static EdssTrajectoryPlotOptions Default { get; } = new();

    /// <summary>The title; <see langword="null"/> (default) gives "EDSS trajectory, participant {id}".</summary>
    public string? Title { get; init; }

    /// <summary>
    /// Whether to join visits as a step function (EDSS held until the next visit, as confirmation rules
    /// read it) instead of straight lines. Default <see langword="true"/>.
    /// </summary>
    public bool StepLines { get; init; } = true;

    /// <summary>Whether the y-axis always shows the whole EDSS range 0 to 10 (default), or only the observed range.</summary>
    public bool FullEdssRange { get; init; } = true;
}
