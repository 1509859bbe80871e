using System.Text.Json.Serialization;

namespace MscDomain.Trials;

/// <summary>The severity of a reported adverse event on the mild/moderate/severe scale, beside CTCAE grades.</summary>
/// <remarks>ICH E2A / CDISC AESEV (MILD, MODERATE, SEVERE); life-threatening and fatal as CTCAE grades 4 and 5 word them.</remarks>
public enum ReportedSeverity
{
    /// <summary>Mild (AESEV MILD).</summary>
    [JsonStringEnumMemberName("mild")]
    Mild,

    /// <summary>Moderate (AESEV MODERATE).</summary>
    [JsonStringEnumMemberName("moderate")]
    Moderate,

    /// <summary>Severe (AESEV SEVERE).</summary>
    [JsonStringEnumMemberName("severe")]
    Severe,

    /// <summary>Life-threatening.</summary>
    [JsonStringEnumMemberName("life-threatening")]
    LifeThreatening,

    /// <summary>Fatal.</summary>
    [JsonStringEnumMemberName("fatal")]
    Fatal,
}
