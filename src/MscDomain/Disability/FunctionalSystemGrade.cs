using MscDomain.Outcomes;
using System.Globalization;
using System.Text.Json.Serialization;

namespace MscDomain.Disability;

/// <summary>
/// The grade of one functional system (FS) of the Kurtzke / Neurostatus examination, validated
/// against that system's range, with the converted grade used to derive the EDSS step.
/// </summary>
/// <remarks>
/// <para>Raw ranges: visual 0–6, brainstem 0–5, pyramidal 0–6, cerebellar 0–5, sensory 0–6,
/// bowel &amp; bladder 0–6, cerebral 0–5, other 0–1. Conversions for the EDSS (Kurtzke 1983,
/// <i>Neurology</i> 33:1444–52): visual 0→0, 1→1, 2→2, 3→2, 4→3, 5→3, 6→4; bowel &amp; bladder
/// 0→0, 1→1, 2→2, 3→3, 4→3, 5→4, 6→5; every other system unchanged.</para>
/// <para>A grade flagged "X" (for example cerebellar testing limited by paresis) is scored as the
/// number; the flag is kept in <see cref="IsScoringLimited"/> and does not change the step.</para>
/// <para><c>default(FunctionalSystemGrade)</c> is visual grade 0 without flag.</para>
/// </remarks>
public readonly record struct FunctionalSystemGrade
{
    /// <summary>Creates a grade after checking it lies in the system's range.</summary>
    /// <param name="system">The functional system.</param>
    /// <param name="grade">The raw grade as examined.</param>
    /// <param name="isScoringLimited">Whether the grade carries the Neurostatus "X" flag.</param>
    /// <exception cref="ArgumentOutOfRangeException">The system is not defined, or the grade lies
    /// outside the system's range; the message names the system, the value and the range.</exception>
    [JsonConstructor]
    public FunctionalSystemGrade(FunctionalSystem system, int grade, bool isScoringLimited = false)
    {
        var max = MaximumGrade(system);
        if (grade < 0 || grade > max)
        {
            throw new ArgumentOutOfRangeException(nameof(grade), grade,
                $"{system} functional system grade must be 0 to {max.ToString(CultureInfo.InvariantCulture)} (Kurtzke 1983 / Neurostatus); {grade.ToString(CultureInfo.InvariantCulture)} is not.");
        }

        System = system;
        Grade = grade;
        IsScoringLimited = isScoringLimited;
    }

    /// <summary>The functional system graded.</summary>
    public FunctionalSystem System { get; }

    /// <summary>The raw grade as examined (0 = normal).</summary>
    public int Grade { get; }

    /// <summary>Whether the grade carries the Neurostatus "X" flag (scoring limited, e.g. by paresis).</summary>
    public bool IsScoringLimited { get; }

    /// <summary>The grade used to derive the EDSS step (visual and bowel &amp; bladder converted; others unchanged).</summary>
    /// <remarks>For <see cref="FunctionalSystem.Other"/> this is the raw grade, which never counts.</remarks>
    [JsonIgnore]
    public int ConvertedGrade => Convert(System, Grade);

    /// <summary>The highest raw grade of <paramref name="system"/>.</summary>
    /// <param name="system">The functional system.</param>
    /// <returns>6 for visual, pyramidal, sensory, bowel &amp; bladder; 5 for brainstem, cerebellar, cerebral; 1 for other.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="system"/> is not a defined system.</exception>
    public static int MaximumGrade(FunctionalSystem system) => system switch
    {
        FunctionalSystem.Visual => 6,
        FunctionalSystem.Brainstem => 5,
        FunctionalSystem.Pyramidal => 6,
        FunctionalSystem.Cerebellar => 5,
        FunctionalSystem.Sensory => 6,
        FunctionalSystem.BowelBladder => 6,
        FunctionalSystem.Cerebral => 5,
        FunctionalSystem.Other => 1,
        _ => throw new ArgumentOutOfRangeException(nameof(system), system, "Unknown functional system."),
    };

    /// <summary>Converts a raw grade to the grade used for the EDSS step (Kurtzke 1983).</summary>
    /// <param name="system">The functional system.</param>
    /// <param name="grade">The raw grade, already validated.</param>
    /// <returns>The converted grade: visual 3→2, 4→3, 5→3, 6→4; bowel &amp; bladder 4→3, 5→4, 6→5; others unchanged.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The grade lies outside the system's range.</exception>
    public static int Convert(FunctionalSystem system, int grade)
    {
        var max = MaximumGrade(system);
        if (grade < 0 || grade > max)
        {
            throw new ArgumentOutOfRangeException(nameof(grade), grade,
                $"{system} functional system grade must be 0 to {max.ToString(CultureInfo.InvariantCulture)} (Kurtzke 1983 / Neurostatus); {grade.ToString(CultureInfo.InvariantCulture)} is not.");
        }

        return system switch
        {
            FunctionalSystem.Visual => VisualConversion[grade],
            FunctionalSystem.BowelBladder => BowelBladderConversion[grade],
            _ => grade,
        };
    }

    /// <summary>The grade with its system, e.g. <c>Cerebellar 3X</c>.</summary>
    /// <returns>The formatted grade.</returns>
    public override string ToString() =>
        $"{System} {Grade.ToString(CultureInfo.InvariantCulture)}{(IsScoringLimited ? "X" : string.Empty)}";

    private static readonly int[] VisualConversion = [0, 1, 2, 2, 3, 3, 4];
    private static readonly int[] BowelBladderConversion = [0, 1, 2, 3, 3, 4, 5];
}
