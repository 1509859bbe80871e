using System.Globalization;
using System.Text.Json.Serialization;

namespace MscDomain.Disability;

/// <summary>
/// One MSFC (Multiple Sclerosis Functional Composite) assessment: two T25FW trials, two 9HPT trials per
/// hand, and one cognitive test.
/// </summary>
/// <remarks>
/// <para>Times are seconds, &gt; 0; a trial is <see langword="null"/> when the participant could not complete
/// it (T25FW stops at 180 s, 9HPT at 300 s — MSFC manual, Fischer et al., NMSS 2001). A completed time
/// above the stop time is rejected. Cognitive ranges: PASAT-3 0–60, SDMT 0–110 (number correct).</para>
/// </remarks>
public sealed record MsfcAssessment
{
    /// <summary>T25FW stop time, seconds.</summary>
    public const decimal TimedWalkLimitSeconds = 180m;

    /// <summary>9HPT stop time, seconds.</summary>
    public const decimal NineHolePegLimitSeconds = 300m;

    /// <summary>Creates an assessment.</summary>
    /// <param name="timedWalkTrial1Seconds">T25FW trial 1, seconds, or null if not completed.</param>
    /// <param name="timedWalkTrial2Seconds">T25FW trial 2, seconds, or null if not completed.</param>
    /// <param name="nineHolePegDominantTrial1Seconds">9HPT dominant hand trial 1, seconds, or null.</param>
    /// <param name="nineHolePegDominantTrial2Seconds">9HPT dominant hand trial 2, seconds, or null.</param>
    /// <param name="nineHolePegNonDominantTrial1Seconds">9HPT non-dominant hand trial 1, seconds, or null.</param>
    /// <param name="nineHolePegNonDominantTrial2Seconds">9HPT non-dominant hand trial 2, seconds, or null.</param>
    /// <param name="cognitiveTest">Which cognitive test was given.</param>
    /// <param name="cognitiveScore">Its number correct.</param>
    /// <exception cref="ArgumentOutOfRangeException">A time is not positive or exceeds its stop time, or the
    /// cognitive score is outside its test's range; the message names the field, value and rule.</exception>
    [JsonConstructor]
    public MsfcAssessment(
        decimal? timedWalkTrial1Seconds,
        decimal? timedWalkTrial2Seconds,
        decimal? nineHolePegDominantTrial1Seconds,
        decimal? nineHolePegDominantTrial2Seconds,
        decimal? nineHolePegNonDominantTrial1Seconds,
        decimal? nineHolePegNonDominantTrial2Seconds,
        MsfcCognitiveTest cognitiveTest,
        int cognitiveScore)
    {
        TimedWalkTrial1Seconds = Time(timedWalkTrial1Seconds, TimedWalkLimitSeconds, nameof(timedWalkTrial1Seconds));
        TimedWalkTrial2Seconds = Time(timedWalkTrial2Seconds, TimedWalkLimitSeconds, nameof(timedWalkTrial2Seconds));
        NineHolePegDominantTrial1Seconds = Time(nineHolePegDominantTrial1Seconds, NineHolePegLimitSeconds, nameof(nineHolePegDominantTrial1Seconds));
        NineHolePegDominantTrial2Seconds = Time(nineHolePegDominantTrial2Seconds, NineHolePegLimitSeconds, nameof(nineHolePegDominantTrial2Seconds));
        NineHolePegNonDominantTrial1Seconds = Time(nineHolePegNonDominantTrial1Seconds, NineHolePegLimitSeconds, nameof(nineHolePegNonDominantTrial1Seconds));
        NineHolePegNonDominantTrial2Seconds = Time(nineHolePegNonDominantTrial2Seconds, NineHolePegLimitSeconds, nameof(nineHolePegNonDominantTrial2Seconds));
        var max = cognitiveTest switch
        {
            MsfcCognitiveTest.Pasat3 => 60,
            MsfcCognitiveTest.Sdmt => 110,
            _ => throw new ArgumentOutOfRangeException(nameof(cognitiveTest), cognitiveTest, "Unknown cognitive test."),
        };
        if (cognitiveScore < 0 || cognitiveScore > max)
        {
            throw new ArgumentOutOfRangeException(nameof(cognitiveScore), cognitiveScore,
                $"{cognitiveTest} score must be 0 to {max.ToString(CultureInfo.InvariantCulture)}; {cognitiveScore.ToString(CultureInfo.InvariantCulture)} is not.");
        }

        CognitiveTest = cognitiveTest;
        CognitiveScore = cognitiveScore;
    }

    /// <summary>T25FW trial 1, seconds (null = not completed).</summary>
    public decimal? TimedWalkTrial1Seconds { get; }

    /// <summary>T25FW trial 2, seconds (null = not completed).</summary>
    public decimal? TimedWalkTrial2Seconds { get; }

    /// <summary>9HPT dominant hand trial 1, seconds (null = not completed).</summary>
    public decimal? NineHolePegDominantTrial1Seconds { get; }

    /// <summary>9HPT dominant hand trial 2, seconds (null = not completed).</summary>
    public decimal? NineHolePegDominantTrial2Seconds { get; }

    /// <summary>9HPT non-dominant hand trial 1, seconds (null = not completed).</summary>
    public decimal? NineHolePegNonDominantTrial1Seconds { get; }

    /// <summary>9HPT non-dominant hand trial 2, seconds (null = not completed).</summary>
    public decimal? NineHolePegNonDominantTrial2Seconds { get; }

    /// <summary>Which cognitive test was given.</summary>
    public MsfcCognitiveTest CognitiveTest { get; }

    /// <summary>The cognitive test's number correct.</summary>
    public int CognitiveScore { get; }

    private static decimal? Time(decimal? seconds, decimal limit, string parameter)
    {
        if (seconds is { } s && (s <= 0m || s > limit))
        {
            throw new ArgumentOutOfRangeException(parameter, s,
                $"{parameter} must be above 0 and at most the {limit.ToString(CultureInfo.InvariantCulture)} s stop time (MSFC manual); {s.ToString(CultureInfo.InvariantCulture)} is not. Pass null for a trial not completed.");
        }

        return seconds;
    }
}
