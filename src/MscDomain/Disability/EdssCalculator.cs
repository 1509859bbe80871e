using MscDomain.Outcomes;

namespace MscDomain.Disability;

/// <summary>
/// Derives the EDSS (Expanded Disability Status Scale) step from the seven functional-system (FS)
/// grades and the Neurostatus ambulation score.
/// </summary>
/// <remarks>
/// <para>Rules (domain reference disability.md §4): convert the visual and bowel &amp; bladder grades,
/// count the systems at each converted grade, read the FS-implied step from the combination table
/// (<see cref="EdssFromFsPattern"/>; never above 5.0), read the walking-implied step from the
/// ambulation score (<see cref="AmbulationScore.ImpliedStep"/>), and take the higher of the two.
/// Sources: Kurtzke, <i>Neurology</i> 1983;33:1444–52; Neurostatus-EDSS definitions v04/10.2 and
/// scoring table v04/10.3 (Kappos, Basel) as described by the Neurostatus training pages; the JS
/// (<c>adobrasinovic/edss</c>) and R (<c>jirimotyl/edss</c>) community calculators, whose
/// disagreements are options in <see cref="EdssFromFsOptions"/>.</para>
/// <para>Invariant: with the default options the EDSS never decreases when any FS grade or the
/// ambulation score increases.</para>
/// </remarks>
public static class EdssCalculator
{
    /// <summary>Re-derives the EDSS step of a recorded <see cref="EdssObservation"/> from its own functional-system grades
    /// and ambulation score, in one call (so a timeline's reported EDSS can be checked against its FS grades).</summary>
    /// <param name="observation">An EDSS observation carrying all seven FS grades and an ambulation score.</param>
    /// <param name="options">Decision-point options; <see langword="null"/> means <see cref="EdssFromFsOptions.Default"/>.</param>
    /// <returns>The derived step with its explanation; compare <see cref="EdssFromFsResult"/> with <see cref="EdssObservation.Score"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="observation"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The observation lacks a functional-system grade or its ambulation score.</exception>
    public static EdssFromFsResult FromFunctionalSystems(EdssObservation observation, EdssFromFsOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(observation);
        var ambulation = observation.AmbulationScore
            ?? throw new ArgumentException($"The EDSS observation of {observation.Date:uuuu-MM-dd} has no ambulation score; it is needed to derive the EDSS.", nameof(observation));
        return FromFunctionalSystems(FunctionalSystemScores.From(observation.FunctionalSystems), new AmbulationScore(ambulation), options);
    }

    /// <summary>Derives the EDSS step with a full explanation.</summary>
    /// <param name="scores">The seven FS grades.</param>
    /// <param name="ambulation">The Neurostatus ambulation score.</param>
    /// <param name="options">Decision-point options; <see langword="null"/> means <see cref="EdssFromFsOptions.Default"/>.</param>
    /// <returns>The step, the deciding rule, the intermediate values and any contested decision points.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scores"/> is <see langword="null"/>.</exception>
    public static EdssFromFsResult FromFunctionalSystems(FunctionalSystemScores scores, AmbulationScore ambulation, EdssFromFsOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var o = options ?? EdssFromFsOptions.Default;
        var counts = CountGrades(scores, o.CountCerebralGrade1);
        var (fsStep, pattern) = FsStep(counts, o.RaiseGrade4WithGrade2, o.RaiseGrade4WithThreeGrade3);
        var final = Combine(fsStep, counts, ambulation.Score, o, out var basis);

        var contested = new List<EdssFromFsDecision>(2);
        if (scores.Cerebral.Grade == 1 && Final(scores, ambulation, o with { CountCerebralGrade1 = !o.CountCerebralGrade1 }) != final)
        {
            contested.Add(EdssFromFsDecision.D1CerebralGrade1);
        }

        if (pattern == EdssFromFsPattern.OneGrade4WithGrade2 && Final(scores, ambulation, o with { RaiseGrade4WithGrade2 = !o.RaiseGrade4WithGrade2 }) != final)
        {
            contested.Add(EdssFromFsDecision.D2Grade4WithGrade2);
        }

        if (pattern == EdssFromFsPattern.OneGrade4WithThreeOrMoreGrade3 && Final(scores, ambulation, o with { RaiseGrade4WithThreeGrade3 = !o.RaiseGrade4WithThreeGrade3 }) != final)
        {
            contested.Add(EdssFromFsDecision.D3Grade4WithThreeGrade3);
        }

        if (ambulation.Score == 0 && IsUnmatchedPattern(counts))
        {
            // The R calculator (neurostatus_16) matches no rule for one grade 4 with five grade 3 at ambulation 0
            // and returns no value; by default we compute the D3 row, the R preset gives no value; flagged either way.
            contested.Add(EdssFromFsDecision.D6UnmatchedPattern);
        }

        if (ambulation.Score == 1 && Final(scores, ambulation, o with { CapAmbulationScore1AtStep4 = !o.CapAmbulationScore1AtStep4 }) != final)
        {
            contested.Add(EdssFromFsDecision.D4AmbulationScore1);
        }

        if (ambulation.Score == 2 && Final(scores, ambulation, o with { CapAmbulationScore2AtStep4Point5 = !o.CapAmbulationScore2AtStep4Point5 }) != final)
        {
            contested.Add(EdssFromFsDecision.D5AmbulationScore2);
        }

        return new EdssFromFsResult(
            final < 0 ? null : Score(final),
            basis,
            Score(fsStep),
            pattern,
            counts,
            ambulation,
            ambulation.ImpliedStep,
            contested,
            o);
    }

    /// <summary>Derives the EDSS step only (no explanation, no allocation); same rules as
    /// <see cref="FromFunctionalSystems(FunctionalSystemScores, AmbulationScore, EdssFromFsOptions?)"/>.</summary>
    /// <param name="scores">The seven FS grades.</param>
    /// <param name="ambulation">The Neurostatus ambulation score.</param>
    /// <param name="options">Decision-point options; <see langword="null"/> means <see cref="EdssFromFsOptions.Default"/>.</param>
    /// <returns>The EDSS step.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scores"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The options give no value for this pattern (<see cref="EdssFromFsOptions.UnmatchedPatternHasNoValue"/>,
    /// the R preset's D6); use <see cref="FromFunctionalSystems(FunctionalSystemScores, AmbulationScore, EdssFromFsOptions?)"/>, whose
    /// <see cref="EdssFromFsResult.Edss"/> is then <see langword="null"/>.</exception>
    public static EdssScore Compute(FunctionalSystemScores scores, AmbulationScore ambulation, EdssFromFsOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var final = Final(scores, ambulation, options ?? EdssFromFsOptions.Default);
        return final >= 0 ? Score(final)
            : throw new ArgumentException("The chosen options give no EDSS for one converted grade 4 with five grade 3 at ambulation score 0 (D6, the R calculator's \"no value\").", nameof(scores));
    }

    /// <summary>Derives the EDSS step from plain raw grades.</summary>
    /// <param name="pyramidal">Pyramidal grade, 0–6.</param>
    /// <param name="cerebellar">Cerebellar grade, 0–5.</param>
    /// <param name="brainstem">Brainstem grade, 0–5.</param>
    /// <param name="sensory">Sensory grade, 0–6.</param>
    /// <param name="bowelBladder">Bowel &amp; bladder raw grade, 0–6.</param>
    /// <param name="visual">Visual raw grade, 0–6.</param>
    /// <param name="cerebral">Cerebral grade, 0–5.</param>
    /// <param name="ambulation">Neurostatus ambulation score, 0–16.</param>
    /// <param name="options">Decision-point options; <see langword="null"/> means <see cref="EdssFromFsOptions.Default"/>.</param>
    /// <returns>The step with its explanation.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A grade or the ambulation score is out of range; the
    /// message names the system, the value and the range.</exception>
    public static EdssFromFsResult FromFunctionalSystems(int pyramidal, int cerebellar, int brainstem, int sensory, int bowelBladder, int visual, int cerebral, int ambulation, EdssFromFsOptions? options = null) =>
        FromFunctionalSystems(new FunctionalSystemScores(pyramidal, cerebellar, brainstem, sensory, bowelBladder, visual, cerebral), new AmbulationScore(ambulation), options);

    /// <summary>Counts the seven systems at each converted grade.</summary>
    /// <param name="scores">The FS grades.</param>
    /// <param name="countCerebralGrade1">Decision D1: whether a cerebral grade 1 counts as a grade-1 system.</param>
    /// <returns>The counts of converted grades 1, 2, 3, 4 and ≥5.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scores"/> is <see langword="null"/>.</exception>
    public static FunctionalSystemGradeCounts CountGrades(FunctionalSystemScores scores, bool countCerebralGrade1)
    {
        ArgumentNullException.ThrowIfNull(scores);
        Span<int> n = stackalloc int[7];
        n[VisualConverted[scores.Visual.Grade]]++;
        n[scores.Brainstem.Grade]++;
        n[scores.Pyramidal.Grade]++;
        n[scores.Cerebellar.Grade]++;
        n[scores.Sensory.Grade]++;
        n[BowelBladderConverted[scores.BowelBladder.Grade]]++;
        var cerebral = scores.Cerebral.Grade;
        if (cerebral != 1 || countCerebralGrade1)
        {
            n[cerebral]++;
        }

        return new FunctionalSystemGradeCounts(n[1], n[2], n[3], n[4], n[5] + n[6]);
    }

    /// <summary>The FS-implied step (walking unrestricted) for given counts of converted grades.</summary>
    /// <param name="counts">How many systems reached each converted grade.</param>
    /// <param name="options">Decision-point options (D2, D3 apply); <see langword="null"/> means the defaults.</param>
    /// <returns>The step (0–5.0) and the table row that set it.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative or the counts exceed seven systems.</exception>
    public static (EdssScore Step, EdssFromFsPattern Pattern) FunctionalSystemStep(FunctionalSystemGradeCounts counts, EdssFromFsOptions? options = null)
    {
        var total = counts.Grade1 + counts.Grade2 + counts.Grade3 + counts.Grade4 + counts.Grade5OrMore;
        if (counts.Grade1 < 0 || counts.Grade2 < 0 || counts.Grade3 < 0 || counts.Grade4 < 0 || counts.Grade5OrMore < 0 || total > 7)
        {
            throw new ArgumentOutOfRangeException(nameof(counts), counts, "Grade counts must be non-negative and cover at most the seven functional systems.");
        }

        var o = options ?? EdssFromFsOptions.Default;
        var (step, pattern) = FsStep(counts, o.RaiseGrade4WithGrade2, o.RaiseGrade4WithThreeGrade3);
        return (Score(step), pattern);
    }

    // Kurtzke 1983 conversions, indexed by the (already validated) raw grade.
    private static readonly int[] VisualConverted = [0, 1, 2, 2, 3, 3, 4];
    private static readonly int[] BowelBladderConverted = [0, 1, 2, 3, 3, 4, 5];

    // EDSS steps by tenths / 5 (0, 0.5 unused, 1.0, ..., 10), created once.
    private static readonly EdssScore?[] Steps = Enumerable.Range(0, 21).Select(i => i == 1 ? (EdssScore?)null : new EdssScore(i * 0.5m)).ToArray();

    private static EdssScore Score(int tenths) => Steps[tenths / 5]!.Value;

    private static int Final(FunctionalSystemScores scores, AmbulationScore ambulation, EdssFromFsOptions o)
    {
        var counts = CountGrades(scores, o.CountCerebralGrade1);
        var (fsStep, _) = FsStep(counts, o.RaiseGrade4WithGrade2, o.RaiseGrade4WithThreeGrade3);
        return Combine(fsStep, counts, ambulation.Score, o, out _);
    }

    /// <summary>D6: one converted grade 4 with five (or, with the seventh system, six) grade 3 and no grade 5 or more.</summary>
    internal static bool IsUnmatchedPattern(in FunctionalSystemGradeCounts c) => c.Grade4 == 1 && c.Grade3 >= 5 && c.Grade5OrMore == 0;

    internal static (int StepTenths, EdssFromFsPattern Pattern) FsStep(in FunctionalSystemGradeCounts c, bool raiseD2, bool raiseD3)
    {
        if (c.Grade5OrMore > 0)
        {
            return (50, EdssFromFsPattern.Grade5OrMore);
        }

        if (c.Grade4 >= 2)
        {
            return (50, EdssFromFsPattern.TwoOrMoreGrade4);
        }

        if (c.Grade4 == 1)
        {
            return c.Grade3 switch
            {
                0 when c.Grade2 == 0 => (40, EdssFromFsPattern.OneGrade4),
                0 => (raiseD2 ? 45 : 40, EdssFromFsPattern.OneGrade4WithGrade2),
                <= 2 => (45, EdssFromFsPattern.OneGrade4WithOneOrTwoGrade3),
                _ => (raiseD3 ? 50 : 45, EdssFromFsPattern.OneGrade4WithThreeOrMoreGrade3),
            };
        }

        return c.Grade3 switch
        {
            >= 6 => (50, EdssFromFsPattern.SixOrMoreGrade3),
            5 => (45, EdssFromFsPattern.FiveGrade3),
            >= 3 => (40, EdssFromFsPattern.ThreeOrFourGrade3),
            2 when c.Grade2 == 0 => (35, EdssFromFsPattern.TwoGrade3),
            2 => (40, EdssFromFsPattern.TwoGrade3WithGrade2),
            1 when c.Grade2 == 0 => (30, EdssFromFsPattern.OneGrade3),
            1 when c.Grade2 <= 2 => (35, EdssFromFsPattern.OneGrade3WithOneOrTwoGrade2),
            1 => (40, EdssFromFsPattern.OneGrade3WithThreeOrMoreGrade2),
            _ => c.Grade2 switch
            {
                >= 6 => (40, EdssFromFsPattern.SixOrMoreGrade2),
                5 => (35, EdssFromFsPattern.FiveGrade2),
                >= 3 => (30, EdssFromFsPattern.ThreeOrFourGrade2),
                2 => (25, EdssFromFsPattern.TwoGrade2),
                1 => (20, EdssFromFsPattern.OneGrade2),
                _ => c.Grade1 switch
                {
                    >= 2 => (15, EdssFromFsPattern.SeveralGrade1),
                    1 => (10, EdssFromFsPattern.OneGrade1),
                    _ => (0, EdssFromFsPattern.AllNormal),
                },
            },
        };
    }

    /// <summary>The final step in tenths, or -1 for "no value" (the R preset's D6 at ambulation 0).</summary>
    internal static int Combine(int fsStep, in FunctionalSystemGradeCounts counts, int ambulation, EdssFromFsOptions o, out EdssFromFsBasis basis)
    {
        if (ambulation == 0)
        {
            if (o.UnmatchedPatternHasNoValue && IsUnmatchedPattern(counts))
            {
                basis = EdssFromFsBasis.NoValue;
                return -1;
            }

            basis = EdssFromFsBasis.FunctionalSystems;
            return fsStep;
        }

        // D4/D5 (disability.md §4.4, corrected): the R calculator lowers the EDSS only where its FS step is 5.0 from
        // grade-4/grade-3 combinations (no converted grade 5 or more), and on the D6 patterns.
        var capEligible = counts.Grade5OrMore == 0 && (fsStep == 50 || IsUnmatchedPattern(counts));
        if (ambulation == 1 && o.CapAmbulationScore1AtStep4 && capEligible)
        {
            basis = EdssFromFsBasis.Ambulation;
            return 40;
        }

        if (ambulation == 2 && o.CapAmbulationScore2AtStep4Point5 && capEligible)
        {
            basis = EdssFromFsBasis.Ambulation;
            return 45;
        }

        var walk = AmbulationScore.ImpliedStepTenths[ambulation];
        basis = fsStep > walk ? EdssFromFsBasis.FunctionalSystems
            : fsStep < walk ? EdssFromFsBasis.Ambulation
            : EdssFromFsBasis.FunctionalSystemsAndAmbulation;
        return Math.Max(fsStep, walk);
    }
}
