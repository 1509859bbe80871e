using System.Text.Json.Serialization;

namespace MscDomain.Disability;

/// <summary>
/// A point where the published EDSS-from-FS calculators disagree (decision points D1–D6 of the
/// domain reference, disability.md §4.4).
/// </summary>
/// <remarks>
/// <para>Compared calculators: JavaScript <c>adobrasinovic/edss</c> (= <c>atiweb/edss</c>, MIT,
/// states it follows the Neurostatus/Basel scoring table) and R <c>jirimotyl/edss</c> (package
/// <c>EDSScalculator</c> 0.3.0, method <c>neurostatus_16</c>). The official Neurostatus scoring
/// table v04/10.3 was not available; contested patterns are flagged on every result.</para>
/// <para><c>default(EdssFromFsDecision)</c> is <see cref="D1CerebralGrade1"/>.</para>
/// </remarks>
public enum EdssFromFsDecision
{
    /// <summary>D1: does a cerebral grade 1 count as a grade-1 system (JS: 1.0 for cerebral 1 alone; R and Kurtzke: 0)?</summary>
    [JsonStringEnumMemberName("d1-cerebral-grade1")]
    D1CerebralGrade1 = 0,

    /// <summary>D2: one grade 4 with grade 2 but no grade 3 (JS: 4.5; R: 4.0).</summary>
    [JsonStringEnumMemberName("d2-grade4-with-grade2")]
    D2Grade4WithGrade2 = 1,

    /// <summary>D3: one grade 4 with three or more grade 3 (JS: 5.0; R: 4.5).</summary>
    [JsonStringEnumMemberName("d3-grade4-with-three-grade3")]
    D3Grade4WithThreeGrade3 = 2,

    /// <summary>D4: FS step above 4.0 with ambulation score 1 (JS: FS step, up to 5.0; R: capped at 4.0).</summary>
    [JsonStringEnumMemberName("d4-ambulation-score1")]
    D4AmbulationScore1 = 3,

    /// <summary>D5: FS step 5.0 with ambulation score 2 (JS: 5.0; R: 4.5).</summary>
    [JsonStringEnumMemberName("d5-ambulation-score2")]
    D5AmbulationScore2 = 4,

    /// <summary>D6: a pattern the R calculator matches to no rule (computed by our rules; flagged).</summary>
    /// <remarks>Identified from the R source (<c>R/edss_calculator.R</c>, method <c>neurostatus_16</c>): one
    /// converted grade 4 with five or six grade 3 at ambulation score 0 returns NA there. We compute it by the
    /// D3 row (5.0 by default) and flag D6 on every such input, whatever the options.</remarks>
    [JsonStringEnumMemberName("d6-unmatched-pattern")]
    D6UnmatchedPattern = 5,
}
