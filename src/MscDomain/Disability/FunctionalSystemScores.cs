using MscDomain.Outcomes;
using System.Text.Json.Serialization;

namespace MscDomain.Disability;

/// <summary>
/// The seven functional-system (FS) grades of one EDSS examination, plus Kurtzke's optional
/// "other" system.
/// </summary>
/// <remarks>
/// <para>Each grade is validated against its own system's range (see <see cref="FunctionalSystemGrade"/>).
/// Source: Kurtzke, <i>Neurology</i> 1983;33:1444–52; Neurostatus-EDSS definitions v04/10.2 (Kappos, Basel).</para>
/// </remarks>
public sealed record FunctionalSystemScores
{
    /// <summary>Creates the scores from plain raw grades (no "X" flags).</summary>
    /// <param name="pyramidal">Pyramidal grade, 0–6.</param>
    /// <param name="cerebellar">Cerebellar grade, 0–5.</param>
    /// <param name="brainstem">Brainstem grade, 0–5.</param>
    /// <param name="sensory">Sensory grade, 0–6.</param>
    /// <param name="bowelBladder">Bowel &amp; bladder raw grade, 0–6.</param>
    /// <param name="visual">Visual raw grade, 0–6.</param>
    /// <param name="cerebral">Cerebral (mental) grade, 0–5.</param>
    /// <param name="other">Kurtzke's "other" grade, 0–1, or <see langword="null"/> when not recorded.</param>
    /// <exception cref="ArgumentOutOfRangeException">A grade lies outside its system's range; the
    /// message names the system, the value and the range.</exception>
    public FunctionalSystemScores(int pyramidal, int cerebellar, int brainstem, int sensory, int bowelBladder, int visual, int cerebral, int? other = null)
        : this(
            new FunctionalSystemGrade(FunctionalSystem.Pyramidal, pyramidal),
            new FunctionalSystemGrade(FunctionalSystem.Cerebellar, cerebellar),
            new FunctionalSystemGrade(FunctionalSystem.Brainstem, brainstem),
            new FunctionalSystemGrade(FunctionalSystem.Sensory, sensory),
            new FunctionalSystemGrade(FunctionalSystem.BowelBladder, bowelBladder),
            new FunctionalSystemGrade(FunctionalSystem.Visual, visual),
            new FunctionalSystemGrade(FunctionalSystem.Cerebral, cerebral),
            other is { } o ? new FunctionalSystemGrade(FunctionalSystem.Other, o) : null)
    {
    }

    /// <summary>Creates the scores from validated grades (which may carry "X" flags).</summary>
    /// <param name="pyramidal">Pyramidal grade.</param>
    /// <param name="cerebellar">Cerebellar grade.</param>
    /// <param name="brainstem">Brainstem grade.</param>
    /// <param name="sensory">Sensory grade.</param>
    /// <param name="bowelBladder">Bowel &amp; bladder grade.</param>
    /// <param name="visual">Visual grade.</param>
    /// <param name="cerebral">Cerebral grade.</param>
    /// <param name="other">Kurtzke's "other" grade, or <see langword="null"/> when not recorded.</param>
    /// <exception cref="ArgumentException">A grade belongs to a different functional system than its parameter.</exception>
    [JsonConstructor]
    public FunctionalSystemScores(
        FunctionalSystemGrade pyramidal,
        FunctionalSystemGrade cerebellar,
        FunctionalSystemGrade brainstem,
        FunctionalSystemGrade sensory,
        FunctionalSystemGrade bowelBladder,
        FunctionalSystemGrade visual,
        FunctionalSystemGrade cerebral,
        FunctionalSystemGrade? other = null)
    {
        Pyramidal = Check(pyramidal, FunctionalSystem.Pyramidal, nameof(pyramidal));
        Cerebellar = Check(cerebellar, FunctionalSystem.Cerebellar, nameof(cerebellar));
        Brainstem = Check(brainstem, FunctionalSystem.Brainstem, nameof(brainstem));
        Sensory = Check(sensory, FunctionalSystem.Sensory, nameof(sensory));
        BowelBladder = Check(bowelBladder, FunctionalSystem.BowelBladder, nameof(bowelBladder));
        Visual = Check(visual, FunctionalSystem.Visual, nameof(visual));
        Cerebral = Check(cerebral, FunctionalSystem.Cerebral, nameof(cerebral));
        Other = other is { } o ? Check(o, FunctionalSystem.Other, nameof(other)) : null;
    }

    /// <summary>Pyramidal grade (0–6).</summary>
    public FunctionalSystemGrade Pyramidal { get; }

    /// <summary>Cerebellar grade (0–5).</summary>
    public FunctionalSystemGrade Cerebellar { get; }

    /// <summary>Brainstem grade (0–5).</summary>
    public FunctionalSystemGrade Brainstem { get; }

    /// <summary>Sensory grade (0–6).</summary>
    public FunctionalSystemGrade Sensory { get; }

    /// <summary>Bowel &amp; bladder raw grade (0–6).</summary>
    public FunctionalSystemGrade BowelBladder { get; }

    /// <summary>Visual raw grade (0–6).</summary>
    public FunctionalSystemGrade Visual { get; }

    /// <summary>Cerebral (mental) grade (0–5).</summary>
    public FunctionalSystemGrade Cerebral { get; }

    /// <summary>Kurtzke's "other" grade (0–1), or <see langword="null"/> when not recorded; never counts for the step.</summary>
    public FunctionalSystemGrade? Other { get; }

    /// <summary>The seven grades that determine the EDSS step, in Neurostatus order (visual, brainstem,
    /// pyramidal, cerebellar, sensory, bowel &amp; bladder, cerebral).</summary>
    [JsonIgnore]
    public IReadOnlyList<FunctionalSystemGrade> Grades => [Visual, Brainstem, Pyramidal, Cerebellar, Sensory, BowelBladder, Cerebral];

    /// <summary>Builds the scores from the outcome model's per-system grades (<see cref="FunctionalSystemScore"/>),
    /// one for each of the seven systems, optionally one for <see cref="FunctionalSystem.Other"/>.</summary>
    /// <param name="scores">Exactly one grade per functional system (the "other" grade is optional).</param>
    /// <returns>The scores (no "X" flags).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scores"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A system is missing or given more than once.</exception>
    public static FunctionalSystemScores From(IEnumerable<FunctionalSystemScore> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var grades = new Dictionary<FunctionalSystem, FunctionalSystemGrade>();
        foreach (var s in scores)
        {
            var system = s.System;
            if (!grades.TryAdd(system, new FunctionalSystemGrade(system, s.Grade)))
            {
                throw new ArgumentException($"The {system} grade is given more than once.", nameof(scores));
            }
        }

        FunctionalSystemGrade Get(FunctionalSystem system) =>
            grades.TryGetValue(system, out var g) ? g : throw new ArgumentException($"The {system} grade is missing; all seven systems are needed.", nameof(scores));

        return new FunctionalSystemScores(
            Get(FunctionalSystem.Pyramidal), Get(FunctionalSystem.Cerebellar), Get(FunctionalSystem.Brainstem), Get(FunctionalSystem.Sensory),
            Get(FunctionalSystem.BowelBladder), Get(FunctionalSystem.Visual), Get(FunctionalSystem.Cerebral),
            grades.TryGetValue(FunctionalSystem.Other, out var other) ? other : null);
    }

    private static FunctionalSystemGrade Check(FunctionalSystemGrade grade, FunctionalSystem expected, string parameter) =>
        grade.System == expected
            ? grade
            : throw new ArgumentException($"Expected a {expected} grade for '{parameter}', got a {grade.System} grade.", parameter);
}
