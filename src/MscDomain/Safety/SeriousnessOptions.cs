namespace MscDomain.Safety;

/// <summary>Options for <see cref="SeriousnessClassifier"/>.</summary>
public sealed record SeriousnessOptions
{
    /// <summary>The default options: <see cref="GradeSeriousnessCheck.Warn"/>.</summary>
    public static SeriousnessOptions Default { get; } = new();

    /// <summary>Whether to warn about grade 4–5 without a criterion. Default <see cref="GradeSeriousnessCheck.Warn"/> (safety.md §9 POLICY).</summary>
    public GradeSeriousnessCheck GradeSeriousnessCheck { get; init; } = GradeSeriousnessCheck.Warn;
}
