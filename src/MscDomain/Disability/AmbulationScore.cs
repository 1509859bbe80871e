using System.Globalization;
using System.Text.Json.Serialization;
using MscDomain.Outcomes;

namespace MscDomain.Disability;

/// <summary>
/// The Neurostatus ambulation score (0–16): walking range and walking aids, and the EDSS step that
/// walking alone implies.
/// </summary>
/// <remarks>
/// <para>Score → walking-implied EDSS step: 0 unrestricted (FS-implied step only); 1 fully ambulatory
/// (≥500 m unaided) with abnormal gait → at least 2.0; 2 ≥300 m and &lt;500 m unaided → 4.5;
/// 3 ≥200 m and &lt;300 m → 5.0; 4 ≥100 m and &lt;200 m → 5.5; 5 &lt;100 m unaided → 6.0;
/// 6 unilateral aid ≥50 m → 6.0; 7 bilateral aid ≥120 m → 6.0; 8 unilateral aid &lt;50 m → 6.5;
/// 9 bilateral aid ≥5 m and &lt;120 m → 6.5; 10 wheelchair without help → 7.0; 11 wheelchair with
/// help → 7.5; 12 restricted to bed/chair, effective arm use → 8.0; 13 in bed much of the day, some
/// arm use → 8.5; 14 helpless bed patient who can communicate and eat → 9.0; 15 helpless, cannot
/// communicate or eat → 9.5; 16 death due to MS → 10.</para>
/// <para>Sources: Kurtzke, <i>Neurology</i> 1983;33:1444–52 (anchors 4.5 ≈ 300 m, 5.0 ≈ 200 m,
/// 5.5 ≈ 100 m); Neurostatus-EDSS definitions v04/10.2 (Kappos, Basel) for scores 5–9.</para>
/// <para>Ranges are in metres; a lower bound is inclusive, an upper bound exclusive.</para>
/// <para><c>default(AmbulationScore)</c> is score 0 (unrestricted).</para>
/// </remarks>
public readonly record struct AmbulationScore : IComparable<AmbulationScore>
{
    /// <summary>The highest score (16, death due to MS).</summary>
    public const int MaximumScore = 16;

    /// <summary>Score 0: walking unrestricted.</summary>
    public static readonly AmbulationScore Unrestricted = default;

    /// <summary>Creates an ambulation score after checking it lies in 0–16.</summary>
    /// <param name="score">The Neurostatus ambulation score.</param>
    /// <exception cref="ArgumentOutOfRangeException">The score is below 0 or above 16.</exception>
    [JsonConstructor]
    public AmbulationScore(int score)
    {
        if (score < 0 || score > MaximumScore)
        {
            throw new ArgumentOutOfRangeException(nameof(score), score,
                $"Ambulation score must be 0 to 16 (Neurostatus); {score.ToString(CultureInfo.InvariantCulture)} is not.");
        }

        Score = score;
    }

    /// <summary>The score, 0–16.</summary>
    public int Score { get; }

    /// <summary>The EDSS step walking implies, or <see langword="null"/> for score 0 (the FS-implied step alone decides).</summary>
    /// <remarks>For score 1 this is the floor 2.0 ("at least 2.0").</remarks>
    [JsonIgnore]
    public EdssScore? ImpliedStep => Score == 0 ? null : new EdssScore(ImpliedStepTenths[Score] / 10m);

    /// <summary>The kind of walking ability (unaided, unilateral aid, wheelchair, ...).</summary>
    [JsonIgnore]
    public AmbulationCategory Category => Score switch
    {
        0 => AmbulationCategory.Unrestricted,
        1 => AmbulationCategory.FullyAmbulatory,
        <= 5 => AmbulationCategory.RestrictedRangeUnaided,
        6 or 8 => AmbulationCategory.UnilateralAid,
        7 or 9 => AmbulationCategory.BilateralAid,
        10 or 11 => AmbulationCategory.Wheelchair,
        <= 15 => AmbulationCategory.RestrictedToBedOrChair,
        _ => AmbulationCategory.DeathDueToMs,
    };

    /// <summary>The shortest distance (metres, inclusive) the patient walks in this category, when the definition states one.</summary>
    [JsonIgnore]
    public int? MinimumWalkingRangeMetres => Score switch
    {
        0 or 1 => 500,
        2 => 300,
        3 => 200,
        4 => 100,
        6 => 50,
        7 => 120,
        9 => 5,
        _ => null,
    };

    /// <summary>The distance (metres, exclusive) the patient can no longer walk in this category, when the definition states one.</summary>
    [JsonIgnore]
    public int? MaximumWalkingRangeMetres => Score switch
    {
        2 => 500,
        3 => 300,
        4 => 200,
        5 => 100,
        8 => 50,
        9 => 120,
        10 => 5,
        _ => null,
    };

    /// <summary>Whether the patient is fully ambulatory (scores 0–1), so the FS grades alone can set EDSS 0–4.0.</summary>
    [JsonIgnore]
    public bool IsFullyAmbulatory => Score <= 1;

    /// <summary>The best of several observed walking performances (the lowest score), per the Neurostatus rule
    /// that the best performance is scored.</summary>
    /// <param name="observed">The scores of each observed walking performance.</param>
    /// <returns>The lowest score.</returns>
    /// <exception cref="ArgumentException"><paramref name="observed"/> is empty.</exception>
    /// <remarks>Example (Neurostatus forum): able to walk over 120 m with bilateral aid (7, step 6.0) but
    /// under 50 m with a unilateral aid (8, step 6.5) is scored 7 → 6.0.</remarks>
    public static AmbulationScore BestOf(IEnumerable<AmbulationScore> observed)
    {
        ArgumentNullException.ThrowIfNull(observed);
        AmbulationScore? best = null;
        foreach (var s in observed)
        {
            if (best is null || s.Score < best.Value.Score)
            {
                best = s;
            }
        }

        return best ?? throw new ArgumentException("At least one observed walking performance is needed.", nameof(observed));
    }

    /// <inheritdoc />
    public int CompareTo(AmbulationScore other) => Score.CompareTo(other.Score);

    /// <summary>Whether the left score is lower (better walking) than the right.</summary>
    public static bool operator <(AmbulationScore left, AmbulationScore right) => left.Score < right.Score;

    /// <summary>Whether the left score is higher (worse walking) than the right.</summary>
    public static bool operator >(AmbulationScore left, AmbulationScore right) => left.Score > right.Score;

    /// <summary>Whether the left score is lower than or equal to the right.</summary>
    public static bool operator <=(AmbulationScore left, AmbulationScore right) => left.Score <= right.Score;

    /// <summary>Whether the left score is higher than or equal to the right.</summary>
    public static bool operator >=(AmbulationScore left, AmbulationScore right) => left.Score >= right.Score;

    /// <summary>The score as an invariant integer.</summary>
    /// <returns>The formatted score.</returns>
    public override string ToString() => Score.ToString(CultureInfo.InvariantCulture);

    internal static readonly int[] ImpliedStepTenths =
        [0, 20, 45, 50, 55, 60, 60, 60, 65, 65, 70, 75, 80, 85, 90, 95, 100];
}
