namespace MscDomain.Safety;

/// <summary>Options for <see cref="NaranjoScale"/>.</summary>
public sealed record NaranjoOptions
{
    /// <summary>The default options.</summary>
    public static NaranjoOptions Default { get; } = new();

    /// <summary>How to treat unanswered questions. Default <see cref="NaranjoMissingAnswer.ScoreAsDontKnow"/> (safety.md §11.2 POLICY).</summary>
    public NaranjoMissingAnswer MissingAnswer { get; init; } = NaranjoMissingAnswer.ScoreAsDontKnow;
}
