using System.Text.Json.Serialization;

namespace MscDomain.Safety;

/// <summary>
/// The CTCAE grade (1 to 5) reported for an adverse event, together with the CTCAE version it was graded with.
/// </summary>
/// <remarks>
/// <para>CTCAE (Common Terminology Criteria for Adverse Events, NCI) grades: 1 mild, 2 moderate, 3 severe or
/// medically significant, 4 life-threatening, 5 death related to the adverse event (CTCAE v5.0, 2017;
/// v6.0, 2025). There is no grade 0 for an adverse event.</para>
/// <para>This is the grade <em>as recorded</em> in the trial database (SDTM AETOXGR, with the version kept in
/// metadata); the CTCAE grading calculators live elsewhere in <see cref="MscDomain.Safety"/>. Severity is not
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

    /// <summary>The CTCAE grade, 1 (mild) to 5 (death related to the adverse event).</summary>
    public int Grade { get; }

    /// <summary>The CTCAE version the grade was assigned with.</summary>
    public CtcaeVersion Version { get; }

    /// <summary>Whether the grade is 4 (life-threatening) or 5 (death).</summary>
    [JsonIgnore]
    public bool IsGrade4Or5 => Grade >= 4;

    /// <summary>The grade as SDTM AETOXGR writes it with its version, e.g. <c>"3 (CTCAE v5.0)"</c>.</summary>
    /// <returns>The formatted grade.</returns>
    public override string ToString() =>
        $"{Grade} (CTCAE {(Version == CtcaeVersion.V5_0 ? "v5.0" : "v6.0")})";
}
