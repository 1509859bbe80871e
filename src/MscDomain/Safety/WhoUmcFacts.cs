namespace MscDomain.Safety;

/// <summary>The structured case facts the WHO-UMC causality assessment weighs.</summary>
/// <remarks>WHO-UMC: World Health Organization – Uppsala Monitoring Centre, "The use of the WHO-UMC system for standardised case
/// causality assessment". See <see cref="WhoUmcClassifier"/> for the rules.</remarks>
/// <param name="DataStatus">Whether the data allow an assessment.</param>
/// <param name="TimeRelationship">The time relationship to administration.</param>
/// <param name="AlternativeExplanation">How well disease or other drugs explain the event.</param>
/// <param name="Dechallenge">The response to withdrawal.</param>
/// <param name="PharmacologicallyDefinitive">Whether the event is definitive pharmacologically or phenomenologically (an objective and specific
/// medical disorder or a recognised pharmacological phenomenon); needed for Certain.</param>
/// <param name="RechallengeNeeded">Whether a rechallenge is needed to establish certainty (Certain then needs a positive one).</param>
/// <param name="Rechallenge">The rechallenge result.</param>
public sealed record WhoUmcFacts(
    CausalityDataStatus DataStatus,
    TimeRelationship TimeRelationship,
    AlternativeExplanation AlternativeExplanation,
    DechallengeResponse Dechallenge,
    bool PharmacologicallyDefinitive = false,
    bool RechallengeNeeded = false,
    RechallengeResult Rechallenge = RechallengeResult.NotDone);
