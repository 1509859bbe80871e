using MscDomain.Common;
using System.Text.Json.Serialization;

namespace MscDomain.AdverseEvents;

/// <summary>
/// The CTCAE grade (1 to 5) reported for an adverse event, together with the CTCAE version it was graded with.
/// </summary>
/// <remarks>
/// <para>CTCAE (Common Terminology Criteria for Adverse Events, NCI) grades: 1 mild, 2 moderate, 3 severe or
/// medically significant, 4 life-threatening, 5 death related to the adverse event (CTCAE v5.0, 2017;
/// v6.0, 2025). There is no grade 0 for an adverse event.</para>
/// <para>This is the grade <em>as recorded</em> in the trial database (SDTM AETOXGR, with the version kept in
/// metadata); the CTCAE grading calculators compute a <see cref="CtcaeGrade"/> (0 to 5); convert with
/// <see cref="ToCtcaeGrade"/> and <see cref="AdverseEventSeverity(CtcaeGrade)"/>. The two stay separate types because a
/// reported adverse event has no grade 0, while a grader may find a value "not abnormal" (grade 0); the wire form
/// (<c>{"grade": 2, "version": "v5.0"}</c>) is unchanged. Severity is not
/// seriousness (ICH E2A): a grade never makes an event serious.</para>
/// <para><c>default(AdverseEventSeverity)</c> has <see cref="Grade"/> 0 and is not a valid severity; always
/// construct one.</para>
/// </remarks>
public readonly record struct AdverseEventSeverity
{
    /// <summary>Creates a reported severity after checking the grade is 1 to 5 and the version is defined.</summary>
    /// <param name="grade">The CTCAE grade, 1 to 5.</param>
    /// <param name="version">The CTCAE version the grade was assigned with.</param>
    /// <exception cref="ArgumentOutOfRangeException">The grade is outside 1 to 5, or the version is not a defined <see cref="CtcaeVersion"/>.</exception>
    [JsonConstructor]
    public AdverseEventSeverity(int grade, CtcaeVersion version)
    {
        if (grade is < 1 or > 5)
        {
            throw new ArgumentOutOfRangeException(nameof(grade), grade,
                $"A reported CTCAE grade must be 1 to 5 (CTCAE has no grade 0 for an adverse event); {grade} is not.");
        }

        if (!Enum.IsDefined(version))
        {
            throw new ArgumentOutOfRangeException(nameof(version), version,
                $"The CTCAE version must be V5_0 or V6_0; {(int)version} is not defined.");
        }

        Grade = grade;
        Version = version;
    }

    /// <summary>Creates the reported severity of an adverse event from a computed <see cref="CtcaeGrade"/> (for example a
    /// lab grader's result), keeping its version.</summary>
    /// <param name="grade">The computed grade; must be 1 to 5.</param>
    /// <exception cref="ArgumentOutOfRangeException">The grade is 0 ("not abnormal" is not an adverse event) or
    /// <see langword="default"/>.</exception>
    public AdverseEventSeverity(CtcaeGrade grade)
        : this(grade.Value, grade.Version)
    {
    }

    /// <summary>The CTCAE grade, 1 (mild) to 5 (death related to the adverse event).</summary>
    public int Grade { get; }

    /// <summary>The CTCAE version the grade was assigned with.</summary>
    public CtcaeVersion Version { get; }

    /// <summary>The same grade as a <see cref="CtcaeGrade"/>, the type the CTCAE graders compute, so a reported grade
    /// can be compared with a computed one (<c>ae.Severity.ToCtcaeGrade() == grader.Grade</c>).</summary>
    /// <returns>The grade (1 to 5) with its version.</returns>
    /// <exception cref="ArgumentOutOfRangeException">This is <see langword="default"/> (grade 0, no version), which is not a severity.</exception>
    public CtcaeGrade ToCtcaeGrade() =>
        Grade == 0
            ? throw new ArgumentOutOfRangeException(nameof(Grade), Grade, "default(AdverseEventSeverity) has no grade; construct a severity with grade 1 to 5.")
            : new CtcaeGrade(Grade, Version);

    /// <summary>Converts a reported severity to a <see cref="CtcaeGrade"/>; see <see cref="ToCtcaeGrade"/>.</summary>
    /// <param name="severity">The reported severity.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="severity"/> is <see langword="default"/>.</exception>
    public static explicit operator CtcaeGrade(AdverseEventSeverity severity) => severity.ToCtcaeGrade();

    /// <summary>Whether the grade is 4 (life-threatening) or 5 (death).</summary>
    [JsonIgnore]
    public bool IsGrade4Or5 => Grade >= 4;

    /// <summary>The grade as SDTM AETOXGR writes it with its version, e.g. <c>"3 (CTCAE v5.0)"</c>.</summary>
    /// <returns>The formatted grade.</returns>
    public override string ToString() =>
        $"{Grade} (CTCAE {WireName.Of(Version)})";
}
