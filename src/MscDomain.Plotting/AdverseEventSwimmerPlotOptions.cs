namespace MscDomain.Plotting;

/// <summary>Options for <see cref="AdverseEventSwimmerPlot"/>.</summary>
public sealed record AdverseEventSwimmerPlotOptions
{
    /// <summary>The default options.</summary>
    public static AdverseEventSwimmerPlotOptions Default { get; } = new();

    /// <summary>The title. Default "Adverse events by CTCAE grade".</summary>
    public string? Title { get; init; } = "Adverse events by CTCAE grade";

    /// <summary>The x-axis label. Default "Days since first administration".</summary>
    public string XAxisLabel { get; init; } = "Days since first administration";
}
