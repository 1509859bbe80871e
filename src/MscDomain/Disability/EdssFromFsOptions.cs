namespace MscDomain.Disability;

/// <summary>
/// How <see cref="EdssCalculator"/> resolves the points where published EDSS-from-FS calculators
/// disagree (decisions D1–D5 of disability.md §4.4). Defaults follow Kurtzke's text where it is
/// explicit and otherwise the monotonicity invariant (EDSS never falls when a grade or the
/// ambulation score rises).
/// </summary>
/// <remarks>
/// <para>Sources compared: Kurtzke, <i>Neurology</i> 1983;33:1444–52; JavaScript calculator
/// <c>adobrasinovic/edss</c> (= <c>atiweb/edss</c>, MIT; follows the Basel Neurostatus scoring table
/// by its own account) — preset <see cref="JavaScriptCalculator"/>; R calculator
/// <c>jirimotyl/edss</c> (<c>EDSScalculator</c> 0.3.0, method <c>neurostatus_16</c>) — preset
/// <see cref="RCalculator"/>. The official Neurostatus scoring table v04/10.3 was not available.</para>
/// </remarks>
public sealed record EdssFromFsOptions
{
    /// <summary>The documented defaults (Kurtzke where explicit; JS calculator on D2/D3; monotone on D4/D5).</summary>
    public static EdssFromFsOptions Default { get; } = new();

    /// <summary>The choices of the JavaScript calculator <c>adobrasinovic/edss</c>: cerebral 1 counts,
    /// D2 → 4.5, D3 → 5.0, no caps for ambulation scores 1 and 2.</summary>
    public static EdssFromFsOptions JavaScriptCalculator { get; } = new() { CountCerebralGrade1 = true };

    /// <summary>The choices of the R calculator <c>jirimotyl/edss</c> (<c>neurostatus_16</c>) as described in the
    /// domain reference (disability.md §4.4, D4/D5 corrected 2026-12 from the R calculator's output on all 25,410
    /// canonical patterns; issue 11): cerebral 1 ignored (D1), D2 → 4.0, D3 → 4.5; ambulation score 1 gives
    /// max(FS step, 2.0) except 4.0 where the FS step (decided the R way) is 5.0 with no converted grade ≥ 5 or the
    /// pattern is D6 (D4); ambulation score 2 the same with 4.5 (D5); no value for the D6 patterns at ambulation 0.</summary>
    public static EdssFromFsOptions RCalculator { get; } = new()
    {
        RaiseGrade4WithGrade2 = false,
        RaiseGrade4WithThreeGrade3 = false,
        CapAmbulationScore1AtStep4 = true,
        CapAmbulationScore2AtStep4Point5 = true,
        UnmatchedPatternHasNoValue = true,
    };

    /// <summary>D1: whether a cerebral (mental) grade 1 counts as a grade-1 system for steps 1.0 and 1.5.
    /// Default <see langword="false"/>.</summary>
    /// <remarks>Kurtzke 1983 accepts cerebral grade 1 within step 0 and excludes it from 1.0/1.5, as does
    /// the R calculator (cerebral 1 alone → 0); the JS calculator counts it (cerebral 1 alone → 1.0).</remarks>
    public bool CountCerebralGrade1 { get; init; }

    /// <summary>D2: whether one converted grade 4 together with grade-2 systems (and no grade 3) gives 4.5
    /// rather than 4.0. Default <see langword="true"/> (4.5); contested.</summary>
    /// <remarks>JS calculator: 4.5; R calculator: 4.0. Kurtzke's 4.0 is "one grade 4, others 0 or 1",
    /// which a grade 2 exceeds, hence the default 4.5 until the Neurostatus table is checked.</remarks>
    public bool RaiseGrade4WithGrade2 { get; init; } = true;

    /// <summary>D3: whether one converted grade 4 with three or more grade 3 gives 5.0 rather than 4.5.
    /// Default <see langword="true"/> (5.0, the JS calculator's value); contested.</summary>
    /// <remarks>JS calculator: 5.0; R calculator: 4.5. Kurtzke's text does not cover the pattern.</remarks>
    public bool RaiseGrade4WithThreeGrade3 { get; init; } = true;

    /// <summary>D4: whether ambulation score 1 (fully ambulatory, abnormal gait) gives 4.0 where the FS step is 5.0 from
    /// grade-4/grade-3 combinations (no converted grade 5 or more) or the pattern is D6 (one grade 4 with five grade 3).
    /// Default <see langword="false"/>: the step is max(FS step, 2.0) everywhere.</summary>
    /// <remarks>Source: disability.md §4.4 D4 (corrected): the R calculator returns max(FS step, 2.0) except on those
    /// patterns, where it returns 4.0; the JS calculator returns max(FS step, 2.0). Elsewhere (FS step below 5.0, or a
    /// converted grade ≥ 5) the option changes nothing. The default keeps EDSS non-decreasing in the ambulation score
    /// (score 1 never gives less than score 0 with the same FS grades).</remarks>
    public bool CapAmbulationScore1AtStep4 { get; init; }

    /// <summary>D5: whether ambulation score 2 (300–499 m unaided) gives 4.5 on the same patterns as
    /// <see cref="CapAmbulationScore1AtStep4"/>. Default <see langword="false"/>: the step is max(FS step, 4.5).</summary>
    /// <remarks>Source: disability.md §4.4 D5 (corrected): R calculator 4.5 there, max(FS step, 4.5) elsewhere; JS
    /// calculator max(FS step, 4.5). The default keeps EDSS non-decreasing in the ambulation score.</remarks>
    public bool CapAmbulationScore2AtStep4Point5 { get; init; }

    /// <summary>D6: whether one converted grade 4 with five grade 3 (no grade 5 or more) at ambulation score 0 gives
    /// no value (<see cref="EdssFromFsResult.Edss"/> <see langword="null"/>, basis <see cref="EdssFromFsBasis.NoValue"/>)
    /// instead of the D3 row. Default <see langword="false"/>; the R preset sets it.</summary>
    /// <remarks>Source: disability.md §4.4 D6 and issue 11: the R calculator matches no rule for these 11 patterns at
    /// ambulation 0 (at ambulation 1, 2 and 3 it gives 4.0, 4.5 and 5.0). Six grade 3 with one grade 4 (the seventh
    /// system also grade 3) is treated the same way.</remarks>
    public bool UnmatchedPatternHasNoValue { get; init; }
}
