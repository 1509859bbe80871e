using System.Text.Json.Serialization;

namespace MscDomain.Disability;

/// <summary>
/// The reference population against which MSFC components become z-scores: mean and SD of the
/// T25FW time, of the 9HPT reciprocal score, and of the cognitive test.
/// </summary>
/// <remarks>
/// <para>Fischer et al. 1999 and the MSFC manual (NMSS, 2001) recommend the study's own baseline
/// population; a published reference dataset allows cross-study comparison. There is no default: the
/// reference is a required, typed input (domain reference disability.md §18).</para>
/// </remarks>
public sealed record MsfcReferencePopulation
{
    /// <summary>Creates a reference population.</summary>
    /// <param name="name">What the reference is (e.g. <c>"study baseline, n = 120"</c>), not blank.</param>
    /// <param name="timedWalkSeconds">Mean and SD of the T25FW time (mean of two trials), seconds.</param>
    /// <param name="nineHolePegReciprocal">Mean and SD of the 9HPT score R = (1/mean_dominant + 1/mean_non-dominant)/2, per second.</param>
    /// <param name="cognitiveTest">Which cognitive test the reference describes.</param>
    /// <param name="cognitive">Mean and SD of the cognitive test (number correct).</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank, or a component reference is <c>default</c> (SD 0).</exception>
    [JsonConstructor]
    public MsfcReferencePopulation(string name, MsfcComponentReference timedWalkSeconds, MsfcComponentReference nineHolePegReciprocal, MsfcCognitiveTest cognitiveTest, MsfcComponentReference cognitive)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Require(timedWalkSeconds, nameof(timedWalkSeconds));
        Require(nineHolePegReciprocal, nameof(nineHolePegReciprocal));
        Require(cognitive, nameof(cognitive));
        Name = name;
        TimedWalkSeconds = timedWalkSeconds;
        NineHolePegReciprocal = nineHolePegReciprocal;
        CognitiveTest = cognitiveTest;
        Cognitive = cognitive;
    }

    /// <summary>What the reference is.</summary>
    public string Name { get; }

    /// <summary>Mean and SD of the T25FW time, seconds.</summary>
    public MsfcComponentReference TimedWalkSeconds { get; }

    /// <summary>Mean and SD of the 9HPT reciprocal score, per second.</summary>
    public MsfcComponentReference NineHolePegReciprocal { get; }

    /// <summary>The cognitive test the reference describes.</summary>
    public MsfcCognitiveTest CognitiveTest { get; }

    /// <summary>Mean and SD of the cognitive test, number correct.</summary>
    public MsfcComponentReference Cognitive { get; }

    private static void Require(MsfcComponentReference r, string parameter)
    {
        if (r.StandardDeviation <= 0m)
        {
            throw new ArgumentException($"Reference '{parameter}' is missing (standard deviation 0).", parameter);
        }
    }
}
