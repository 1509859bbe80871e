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

    /// <summary>D4: ambulation score 1 where the FS step is 5.0 from grade-4/grade-3 combinations, or a D6 pattern (JS: max(FS step, 2.0); R: 4.0).</summary>
    [JsonStringEnumMemberName("d4-ambulation-score1")]
    D4AmbulationScore1 = 3,

    /// <summary>D5: ambulation score 2 on the same patterns as D4 (JS: max(FS step, 4.5); R: 4.5).</summary>
    [JsonStringEnumMemberName("d5-ambulation-score2")]
    D5AmbulationScore2 = 4,

    /// <summary>D6: a pattern the R calculator matches to no rule: one converted grade 4 with five grade 3 at ambulation
    /// score 0 (R: no value; by default computed by the D3 row; the R preset gives no value).</summary>
    /// <remarks>disability.md §4.4 D6 and issue 11 (11 canonical patterns). Flagged on every such input, whatever the
    /// options; <see cref="EdssFromFsOptions.UnmatchedPatternHasNoValue"/> chooses the value.</remarks>
    [JsonStringEnumMemberName("d6-unmatched-pattern")]
    D6UnmatchedPattern = 5,
}
