using System.Text.Json.Serialization;

namespace MscDomain.Trials;

/// <summary>An activity or progression qualifier an eligibility criterion requires.</summary>
/// <remarks>Lublin et al., Neurology 2014;83:278–286 (activity: clinical relapses and/or new or enlarging MRI lesions; progression: clinical worsening independent of relapses), plus "advanced" and "non-relapsing" as reports use them.</remarks>
public enum DiseaseQualifier
{
    /// <summary>Active disease (relapses and/or MRI activity, Lublin 2014).</summary>
    [JsonStringEnumMemberName("active")]
    Active,

    /// <summary>Not active (Lublin 2014).</summary>
    [JsonStringEnumMemberName("not-active")]
    NotActive,

    /// <summary>With progression (Lublin 2014).</summary>
    [JsonStringEnumMemberName("progressing")]
    Progressing,

    /// <summary>Without progression (Lublin 2014).</summary>
    [JsonStringEnumMemberName("not-progressing")]
    NotProgressing,

    /// <summary>Advanced disease, as the source words it (usually high EDSS).</summary>
    [JsonStringEnumMemberName("advanced")]
    Advanced,

    /// <summary>Non-relapsing (progressive course without relapses in the stated window).</summary>
    [JsonStringEnumMemberName("non-relapsing")]
    NonRelapsing,
}
