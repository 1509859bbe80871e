using System.Text.Json.Serialization;

namespace MscDomain.Disability;

/// <summary>
/// The row of the FS-combination table (domain reference disability.md §4.1) that set the
/// FS-implied EDSS step, named by the counts of converted grades.
/// </summary>
/// <remarks>
/// <para>"Grade n" means a converted grade (visual and bowel &amp; bladder converted first). Rows for
/// 0–4.0 and "one grade 5 alone" are Kurtzke's text (Kurtzke, <i>Neurology</i> 1983;33:1444–52);
/// the remaining 4.0–5.0 rows are Neurostatus-table rules as implemented identically by the JS and R
/// community calculators. The FS pattern alone never yields more than 5.0.</para>
/// <para><c>default(EdssFromFsPattern)</c> is <see cref="AllNormal"/>.</para>
/// </remarks>
public enum EdssFromFsPattern
{
    /// <summary>All systems 0 (a cerebral grade 1 is acceptable unless counted) → 0.</summary>
    [JsonStringEnumMemberName("all-normal")]
    AllNormal = 0,

    /// <summary>One grade 1 → 1.0.</summary>
    [JsonStringEnumMemberName("one-grade1")]
    OneGrade1,

    /// <summary>Two or more grade 1 → 1.5.</summary>
    [JsonStringEnumMemberName("several-grade1")]
    SeveralGrade1,

    /// <summary>One grade 2, others 0/1 → 2.0.</summary>
    [JsonStringEnumMemberName("one-grade2")]
    OneGrade2,

    /// <summary>Two grade 2, others 0/1 → 2.5.</summary>
    [JsonStringEnumMemberName("two-grade2")]
    TwoGrade2,

    /// <summary>One grade 3, others 0/1 → 3.0.</summary>
    [JsonStringEnumMemberName("one-grade3")]
    OneGrade3,

    /// <summary>Three or four grade 2, others 0/1 → 3.0.</summary>
    [JsonStringEnumMemberName("three-or-four-grade2")]
    ThreeOrFourGrade2,

    /// <summary>One grade 3 with one or two grade 2 → 3.5.</summary>
    [JsonStringEnumMemberName("one-grade3-with-one-or-two-grade2")]
    OneGrade3WithOneOrTwoGrade2,

    /// <summary>Two grade 3, others 0/1 → 3.5.</summary>
    [JsonStringEnumMemberName("two-grade3")]
    TwoGrade3,

    /// <summary>Five grade 2, others 0/1 → 3.5.</summary>
    [JsonStringEnumMemberName("five-grade2")]
    FiveGrade2,

    /// <summary>One grade 4, others 0/1 → 4.0.</summary>
    [JsonStringEnumMemberName("one-grade4")]
    OneGrade4,

    /// <summary>One grade 3 with three or more grade 2 → 4.0.</summary>
    [JsonStringEnumMemberName("one-grade3-with-three-or-more-grade2")]
    OneGrade3WithThreeOrMoreGrade2,

    /// <summary>Two grade 3 with one or more grade 2 → 4.0.</summary>
    [JsonStringEnumMemberName("two-grade3-with-grade2")]
    TwoGrade3WithGrade2,

    /// <summary>Three or four grade 3 (any number of grade 2) → 4.0.</summary>
    [JsonStringEnumMemberName("three-or-four-grade3")]
    ThreeOrFourGrade3,

    /// <summary>Six or seven grade 2 → 4.0.</summary>
    [JsonStringEnumMemberName("six-or-more-grade2")]
    SixOrMoreGrade2,

    /// <summary>Five grade 3 (any number of grade 2) → 4.5.</summary>
    [JsonStringEnumMemberName("five-grade3")]
    FiveGrade3,

    /// <summary>One grade 4 with one or two grade 3 (any number of grade 2) → 4.5.</summary>
    [JsonStringEnumMemberName("one-grade4-with-one-or-two-grade3")]
    OneGrade4WithOneOrTwoGrade3,

    /// <summary>One grade 4 with grade 2 but no grade 3 → 4.5 (default) or 4.0 (decision D2, contested).</summary>
    [JsonStringEnumMemberName("one-grade4-with-grade2")]
    OneGrade4WithGrade2,

    /// <summary>One grade 4 with three or more grade 3 → 5.0 (default) or 4.5 (decision D3, contested).</summary>
    [JsonStringEnumMemberName("one-grade4-with-three-or-more-grade3")]
    OneGrade4WithThreeOrMoreGrade3,

    /// <summary>Six or more grade 3 (any number of grade 2) → 5.0.</summary>
    [JsonStringEnumMemberName("six-or-more-grade3")]
    SixOrMoreGrade3,

    /// <summary>Two or more grade 4 → 5.0.</summary>
    [JsonStringEnumMemberName("two-or-more-grade4")]
    TwoOrMoreGrade4,

    /// <summary>Any system at converted grade 5 or more (one grade 5 alone is Kurtzke's 5.0; pyramidal or sensory 6 included) → 5.0.</summary>
    [JsonStringEnumMemberName("grade5-or-more")]
    Grade5OrMore,
}
