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

    /// <summary>The choices of the R calculator <c>jirimotyl/edss</c> (<c>neurostatus_16</c>) as summarised in the
    /// domain reference (disability.md §4.4): cerebral 1 ignored, D2 → 4.0, D3 → 4.5, ambulation score 1 capped at
    /// 4.0, ambulation score 2 fixed at 4.5.</summary>
    /// <remarks>The R source applies the D4/D5 caps less uniformly than this summary: with ambulation 1 it keeps
    /// 4.5 for five grade 3 or one grade 4 with one to four grade 3, and keeps 5.0 for any converted grade ≥5;
    /// with ambulation 2 it keeps 5.0 for any converted grade ≥5. This preset applies the documented caps
    /// uniformly, so it differs from the R package on exactly those patterns (all flagged contested).</remarks>
    public static EdssFromFsOptions RCalculator { get; } = new()
    {
        RaiseGrade4WithGrade2 = false,
        RaiseGrade4WithThreeGrade3 = false,
        CapAmbulationScore1AtStep4 = true,
        CapAmbulationScore2AtStep4Point5 = true,
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

    /// <summary>D4: whether ambulation score 1 (fully ambulatory, abnormal gait) caps the EDSS at 4.0.
    /// Default <see langword="false"/>: the step is max(FS step, 2.0).</summary>
    /// <remarks>JS calculator: the FS step up to 5.0 (no cap); R calculator: capped at 4.0. The default
    /// keeps EDSS non-decreasing in the ambulation score (score 1 never gives less than score 0 with the
    /// same FS grades).</remarks>
    public bool CapAmbulationScore1AtStep4 { get; init; }

    /// <summary>D5: whether ambulation score 2 (300–499 m unaided) fixes the EDSS at 4.5 even when the FS
    /// grades imply 5.0. Default <see langword="false"/>: the step is max(FS step, 4.5).</summary>
    /// <remarks>JS calculator: 5.0; R calculator: 4.5. The default keeps EDSS non-decreasing in the
    /// ambulation score.</remarks>
    public bool CapAmbulationScore2AtStep4Point5 { get; init; }
}
