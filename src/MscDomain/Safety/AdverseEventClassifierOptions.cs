namespace MscDomain.Safety;

/// <summary>Options for <see cref="AdverseEventClassifier"/>: one options record per classifier, each with its documented defaults.</summary>
public sealed record AdverseEventClassifierOptions
{
    /// <summary>The default options.</summary>
    public static AdverseEventClassifierOptions Default { get; } = new();

    /// <summary>Seriousness options. Default <see cref="SeriousnessOptions.Default"/>.</summary>
    public SeriousnessOptions Seriousness { get; init; } = SeriousnessOptions.Default;

    /// <summary>SUSAR options, including causality. Default <see cref="SusarOptions.Default"/>.</summary>
    public SusarOptions Susar { get; init; } = SusarOptions.Default;

    /// <summary>Timing options. Default <see cref="TimingOptions.Default"/>.</summary>
    public TimingOptions Timing { get; init; } = TimingOptions.Default;
}
