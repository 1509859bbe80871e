using System.Text.Json.Serialization;
using MscDomain.Serialization;

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
[JsonConverter(typeof(KebabCaseEnumConverter<EdssFromFsPattern>))]
public enum EdssFromFsPattern
{
    /// <summary>All systems 0 (a cerebral grade 1 is acceptable unless counted) → 0.</summary>
    AllNormal = 0,

    /// <summary>One grade 1 → 1.0.</summary>
    OneGrade1,

    /// <summary>Two or more grade 1 → 1.5.</summary>
    SeveralGrade1,

    /// <summary>One grade 2, others 0/1 → 2.0.</summary>
    OneGrade2,

    /// <summary>Two grade 2, others 0/1 → 2.5.</summary>
    TwoGrade2,

    /// <summary>One grade 3, others 0/1 → 3.0.</summary>
    OneGrade3,

    /// <summary>Three or four grade 2, others 0/1 → 3.0.</summary>
    ThreeOrFourGrade2,

    /// <summary>One grade 3 with one or two grade 2 → 3.5.</summary>
    OneGrade3WithOneOrTwoGrade2,

    /// <summary>Two grade 3, others 0/1 → 3.5.</summary>
    TwoGrade3,

    /// <summary>Five grade 2, others 0/1 → 3.5.</summary>
    FiveGrade2,

    /// <summary>One grade 4, others 0/1 → 4.0.</summary>
    OneGrade4,

    /// <summary>One grade 3 with three or more grade 2 → 4.0.</summary>
    OneGrade3WithThreeOrMoreGrade2,

    /// <summary>Two grade 3 with one or more grade 2 → 4.0.</summary>
    TwoGrade3WithGrade2,

    /// <summary>Three or four grade 3 (any number of grade 2) → 4.0.</summary>
    ThreeOrFourGrade3,

    /// <summary>Six or seven grade 2 → 4.0.</summary>
    SixOrMoreGrade2,

    /// <summary>Five grade 3 (any number of grade 2) → 4.5.</summary>
    FiveGrade3,

    /// <summary>One grade 4 with one or two grade 3 (any number of grade 2) → 4.5.</summary>
    OneGrade4WithOneOrTwoGrade3,

    /// <summary>One grade 4 with grade 2 but no grade 3 → 4.5 (default) or 4.0 (decision D2, contested).</summary>
    OneGrade4WithGrade2,

    /// <summary>One grade 4 with three or more grade 3 → 5.0 (default) or 4.5 (decision D3, contested).</summary>
    OneGrade4WithThreeOrMoreGrade3,

    /// <summary>Six or more grade 3 (any number of grade 2) → 5.0.</summary>
    SixOrMoreGrade3,

    /// <summary>Two or more grade 4 → 5.0.</summary>
    TwoOrMoreGrade4,

    /// <summary>Any system at converted grade 5 or more (one grade 5 alone is Kurtzke's 5.0; pyramidal or sensory 6 included) → 5.0.</summary>
    Grade5OrMore,
}
