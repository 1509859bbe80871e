using MscDomain.Common;
using System.Globalization;
using System.Text.Json.Serialization;

namespace MscDomain.AdverseEvents;

/// <summary>
/// A CTCAE grade (0-5) together with the CTCAE version it was assigned under.
/// </summary>
/// <remarks>
/// <para>Grades 1-5 are the CTCAE grades (1 mild, 2 moderate, 3 severe or medically significant,
/// 4 life-threatening, 5 death related to the adverse event; NCI CTCAE v5.0/v6.0). Grade 0 is not a
/// CTCAE grade: in MscDomain (as in pharmaverse admiral) it means "gradable and not abnormal in the
/// graded direction". "Not gradable" is never a grade; it is a <see cref="Safety.LabGradingResult"/> without
/// a grade.</para>
/// <para><c>default(CtcaeGrade)</c> is grade 0 with version 0, which is not a valid version; always
/// construct grades through the constructor.</para>
/// </remarks>
public readonly record struct CtcaeGrade
{
    /// <summary>Creates a grade after checking the value and the version.</summary>
    /// <param name="value">The grade, 0 to 5.</param>
    /// <param name="version">The CTCAE version the grade was assigned under.</param>
    /// <exception cref="ArgumentOutOfRangeException">The grade is outside 0-5 or the version is not a defined <see cref="CtcaeVersion"/>.</exception>
    [JsonConstructor]
    public CtcaeGrade(int value, CtcaeVersion version)
    {
        if (value is < 0 or > 5)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value,
                $"A CTCAE grade is 0 (not abnormal) to 5 (death); {value.ToString(CultureInfo.InvariantCulture)} is not.");
        }

        if (version is not (CtcaeVersion.V5_0 or CtcaeVersion.V6_0))
        {
            throw new ArgumentOutOfRangeException(nameof(version), version,
                $"CTCAE version must be V5_0 or V6_0; {(int)version} is not supported.");
        }

        Value = value;
        Version = version;
    }

    /// <summary>The grade: 0 (gradable, not abnormal) to 5 (death related to the adverse event).</summary>
    public int Value { get; }

    /// <summary>The CTCAE version the grade was assigned under.</summary>
    public CtcaeVersion Version { get; }

    /// <summary>The grade as CTCAE writes it, e.g. <c>"Grade 3 (CTCAE v5.0)"</c>.</summary>
    /// <returns>A human-readable grade with its version.</returns>
    public override string ToString() =>
        $"Grade {Value.ToString(CultureInfo.InvariantCulture)} (CTCAE {WireName.Of(Version)})";
}
