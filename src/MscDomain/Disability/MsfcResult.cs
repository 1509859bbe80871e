namespace MscDomain.Disability;

/// <summary>An MSFC z-score with its component scores and z-scores.</summary>
/// <param name="TimedWalkSeconds">T25FW score: mean of the two trials, seconds.</param>
/// <param name="NineHolePegReciprocal">9HPT score R = (1/mean_dominant + 1/mean_non-dominant)/2, per second.</param>
/// <param name="CognitiveTest">The cognitive test used.</param>
/// <param name="CognitiveScore">Its number correct.</param>
/// <param name="TimedWalkZ">z = −(T25FW − μ)/σ (sign inverted: a faster walk is better).</param>
/// <param name="NineHolePegZ">z = (R − μ)/σ.</param>
/// <param name="CognitiveZ">z = (score − μ)/σ.</param>
/// <param name="Composite">The MSFC: mean of the three z-scores; +1 = one SD better than the reference.</param>
/// <param name="ReferenceName">The reference population's name.</param>
/// <param name="SubstitutedTrials">Trials that were not completed and scored at the stop time (by option), by parameter name.</param>
public sealed record MsfcResult(
    decimal TimedWalkSeconds,
    decimal NineHolePegReciprocal,
    MsfcCognitiveTest CognitiveTest,
    int CognitiveScore,
    decimal TimedWalkZ,
    decimal NineHolePegZ,
    decimal CognitiveZ,
    decimal Composite,
    string ReferenceName,
    IReadOnlyList<string> SubstitutedTrials);
