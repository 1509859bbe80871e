using System.Text.Json.Serialization;
using MscDomain.Serialization;

namespace MscDomain.Safety;

/// <summary>The investigator's severity of a symptom, in CTCAE's words (mild / moderate / severe).</summary>
[JsonConverter(typeof(KebabCaseEnumConverter<ClinicalSeverity>))]
public enum ClinicalSeverity
{
    /// <summary>Mild (CTCAE generic grade 1 wording).</summary>
    Mild = 1,

    /// <summary>Moderate (grade 2 wording).</summary>
    Moderate = 2,

    /// <summary>Severe (grade 3 wording).</summary>
    Severe = 3,
}
