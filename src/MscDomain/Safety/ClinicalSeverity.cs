using System.Text.Json.Serialization;

namespace MscDomain.Safety;

/// <summary>The investigator's severity of a symptom, in CTCAE's words (mild / moderate / severe).</summary>
public enum ClinicalSeverity
{
    /// <summary>Mild (CTCAE generic grade 1 wording).</summary>
    [JsonStringEnumMemberName("mild")]
    Mild = 1,

    /// <summary>Moderate (grade 2 wording).</summary>
    [JsonStringEnumMemberName("moderate")]
    Moderate = 2,

    /// <summary>Severe (grade 3 wording).</summary>
    [JsonStringEnumMemberName("severe")]
    Severe = 3,
}
