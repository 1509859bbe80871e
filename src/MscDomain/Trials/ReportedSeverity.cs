using System.Text.Json.Serialization;
using MscDomain.Serialization;

namespace MscDomain.Trials;

/// <summary>The severity of a reported adverse event on the mild/moderate/severe scale, beside CTCAE grades.</summary>
/// <remarks>ICH E2A / CDISC AESEV (MILD, MODERATE, SEVERE); life-threatening and fatal as CTCAE grades 4 and 5 word them.</remarks>
[JsonConverter(typeof(KebabCaseEnumConverter<ReportedSeverity>))]
public enum ReportedSeverity
{
    /// <summary>Mild (AESEV MILD).</summary>
    Mild,

    /// <summary>Moderate (AESEV MODERATE).</summary>
    Moderate,

    /// <summary>Severe (AESEV SEVERE).</summary>
    Severe,

    /// <summary>Life-threatening.</summary>
    LifeThreatening,

    /// <summary>Fatal.</summary>
    Fatal,
}
