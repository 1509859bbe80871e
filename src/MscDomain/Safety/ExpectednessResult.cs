using MscDomain.AdverseEvents;

namespace MscDomain.Safety;

/// <summary>The expectedness of an adverse event, where it came from and why.</summary>
/// <param name="Expectedness">Expected, unexpected by type, unexpected by severity; <see langword="null"/> when unknown (no RSI, nothing recorded).</param>
/// <param name="RsiVersion">The RSI version used; <see langword="null"/> when the recorded expectedness was used or none was available.</param>
/// <param name="MatchedEntry">The RSI entry the event matched; <see langword="null"/> when none.</param>
/// <param name="Reason">Why, in one sentence.</param>
public sealed record ExpectednessResult(Expectedness? Expectedness, string? RsiVersion, ReferenceSafetyEntry? MatchedEntry, string Reason)
{
    /// <summary>Whether the event is unexpected by type or by severity.</summary>
    public bool IsUnexpected => Expectedness is AdverseEvents.Expectedness.UnexpectedByType or AdverseEvents.Expectedness.UnexpectedBySeverity;
}
