namespace MscDomain.Safety;

/// <summary>What the classifiers need besides the adverse event itself: the reference safety information versions and the participant's
/// exposures.</summary>
/// <param name="ReferenceSafetyInformation">The RSI versions; the one in force on the sponsor's awareness date is used (without an awareness
/// date, the latest). <see langword="null"/> or empty to use the event's recorded expectedness.</param>
/// <param name="Exposures">The participant's exposures; <see langword="null"/> to skip timing.</param>
/// <param name="SpecialInterest">The protocol's list of adverse events of special interest; <see langword="null"/> for
/// <see cref="Safety.SpecialInterest.MscDefaults"/> (POLICY CellTherapyAesi, safety.md §8), empty for none.</param>
public sealed record AdverseEventContext(
    IReadOnlyList<ReferenceSafetyInformation>? ReferenceSafetyInformation = null,
    IReadOnlyList<Exposure>? Exposures = null,
    IReadOnlyList<SpecialInterestDefinition>? SpecialInterest = null)
{
    /// <summary>An empty context: recorded expectedness, no timing.</summary>
    public static AdverseEventContext Empty { get; } = new();
}
