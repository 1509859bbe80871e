namespace MscDomain.Disability;

/// <summary>
/// Computes the MSFC (Multiple Sclerosis Functional Composite) z-score: the mean of the z-scores of the
/// Timed 25-Foot Walk (inverted), the 9-Hole Peg Test (average reciprocal of both hands) and PASAT-3 (or SDMT)
/// against an explicit reference population.
/// </summary>
/// <remarks>
/// <para>Formulas (Fischer et al., <i>Mult Scler</i> 1999;5:244–50; MSFC Administration and Scoring Manual,
/// NMSS 2001; domain reference disability.md §18): T25FW = mean of 2 trials; 9HPT: mean of 2 trials per hand,
/// R = (1/mean_dom + 1/mean_nondom)/2; z_T25FW = −(T25FW − μ)/σ; z_9HPT = (R − μ)/σ;
/// z_cog = (score − μ)/σ; MSFC = (z_T25FW + z_9HPT + z_cog)/3.</para>
/// <para>Arithmetic is <see cref="decimal"/>; reciprocals and divisions round to decimal's 28–29 significant digits.</para>
/// </remarks>
public static class MsfcCalculator
{
    /// <summary>Computes the MSFC z-score of one assessment.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <param name="reference">The reference population (required; no default exists).</param>
    /// <param name="options">Options; <see langword="null"/> means <see cref="MsfcOptions.Default"/>.</param>
    /// <returns>The component scores, z-scores and composite.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="assessment"/> or <paramref name="reference"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The reference describes a different cognitive test than the assessment,
    /// or a trial was not completed and <see cref="MsfcOptions.UnableToComplete"/> is <see cref="MsfcUnableToCompletePolicy.Reject"/>.</exception>
    public static MsfcResult Compute(MsfcAssessment assessment, MsfcReferencePopulation reference, MsfcOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        ArgumentNullException.ThrowIfNull(reference, nameof(reference));
        var o = options ?? MsfcOptions.Default;
        if (reference.CognitiveTest != assessment.CognitiveTest)
        {
            throw new ArgumentException(
                $"The assessment used {assessment.CognitiveTest} but reference '{reference.Name}' describes {reference.CognitiveTest}; z-scores need the same test.",
                nameof(reference));
        }

        var substituted = new List<string>();
        decimal Trial(decimal? t, decimal limit, string name)
        {
            if (t is { } v)
            {
                return v;
            }

            if (o.UnableToComplete == MsfcUnableToCompletePolicy.SubstituteTimeLimit)
            {
                substituted.Add(name);
                return limit;
            }

            throw new ArgumentException($"{name} was not completed and the unable-to-complete policy is Reject; choose SubstituteTimeLimit to score it at {limit} s.", nameof(assessment));
        }

        var a = assessment;
        var walk = (Trial(a.TimedWalkTrial1Seconds, MsfcAssessment.TimedWalkLimitSeconds, nameof(a.TimedWalkTrial1Seconds))
            + Trial(a.TimedWalkTrial2Seconds, MsfcAssessment.TimedWalkLimitSeconds, nameof(a.TimedWalkTrial2Seconds))) / 2m;
        var dom = (Trial(a.NineHolePegDominantTrial1Seconds, MsfcAssessment.NineHolePegLimitSeconds, nameof(a.NineHolePegDominantTrial1Seconds))
            + Trial(a.NineHolePegDominantTrial2Seconds, MsfcAssessment.NineHolePegLimitSeconds, nameof(a.NineHolePegDominantTrial2Seconds))) / 2m;
        var nondom = (Trial(a.NineHolePegNonDominantTrial1Seconds, MsfcAssessment.NineHolePegLimitSeconds, nameof(a.NineHolePegNonDominantTrial1Seconds))
            + Trial(a.NineHolePegNonDominantTrial2Seconds, MsfcAssessment.NineHolePegLimitSeconds, nameof(a.NineHolePegNonDominantTrial2Seconds))) / 2m;
        var reciprocal = ((1m / dom) + (1m / nondom)) / 2m;

        var zWalk = -(walk - reference.TimedWalkSeconds.Mean) / reference.TimedWalkSeconds.StandardDeviation;
        var zPeg = (reciprocal - reference.NineHolePegReciprocal.Mean) / reference.NineHolePegReciprocal.StandardDeviation;
        var zCog = (a.CognitiveScore - reference.Cognitive.Mean) / reference.Cognitive.StandardDeviation;
        return new MsfcResult(walk, reciprocal, a.CognitiveTest, a.CognitiveScore, zWalk, zPeg, zCog, (zWalk + zPeg + zCog) / 3m, reference.Name, substituted);
    }
}
