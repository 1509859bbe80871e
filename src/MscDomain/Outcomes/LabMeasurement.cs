using NodaTime;
using MscDomain.Common;

namespace MscDomain.Outcomes;

/// <summary>A laboratory result on a date: analyte code, exact value, unit, and optional lower/upper limits of normal (LLN/ULN).</summary>
/// <remarks>Used on the participant timeline and by CTCAE lab grading. The unit is kept as text as reported (e.g. "10^9/L", "pg/mL").</remarks>
/// <param name="AnalyteCode">Analyte code, e.g. LOINC or a CDISC LBTESTCD such as "ALT".</param>
/// <param name="Value">The value, exact.</param>
/// <param name="Unit">Unit as reported.</param>
/// <param name="Date">Collection date.</param>
/// <param name="LowerLimitOfNormal">LLN, or null.</param>
/// <param name="UpperLimitOfNormal">ULN (at least LLN), or null.</param>
/// <param name="Specimen">Specimen, e.g. "serum", "CSF", or null.</param>
public sealed record LabMeasurement(
    string AnalyteCode,
    decimal Value,
    string Unit,
    LocalDate Date,
    decimal? LowerLimitOfNormal = null,
    decimal? UpperLimitOfNormal = null,
    string? Specimen = null)
{
    /// <summary>Analyte code (non-blank).</summary>
    /// <exception cref="ArgumentException">Blank code or unit, or ULN below LLN.</exception>
    public string AnalyteCode { get; } = Require.NotBlank(AnalyteCode, nameof(AnalyteCode));

    /// <summary>Unit as reported (non-blank).</summary>
    public string Unit { get; } = Require.NotBlank(Unit, nameof(Unit));

    /// <summary>ULN (at least LLN), or null.</summary>
    public decimal? UpperLimitOfNormal { get; } = LowerLimitOfNormal is { } lln && UpperLimitOfNormal is { } uln && uln < lln
        ? throw new ArgumentOutOfRangeException(nameof(UpperLimitOfNormal), uln, $"LabMeasurement.UpperLimitOfNormal must be >= LowerLimitOfNormal ({Require.Fmt(lln)}); {Require.Fmt(uln)} is not.")
        : UpperLimitOfNormal;
}
