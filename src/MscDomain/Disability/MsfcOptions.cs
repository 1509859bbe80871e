namespace MscDomain.Disability;

/// <summary>Options of the MSFC z-score.</summary>
public sealed record MsfcOptions
{
    /// <summary>Uncompleted trials are rejected.</summary>
    public static MsfcOptions Default { get; } = new();

    /// <summary>How trials the participant could not complete are scored; default <see cref="MsfcUnableToCompletePolicy.Reject"/>.</summary>
    public MsfcUnableToCompletePolicy UnableToComplete { get; init; } = MsfcUnableToCompletePolicy.Reject;
}
