using System.Text.Json.Serialization;

namespace MscDomain.Trials;

/// <summary>The evidence of disease activity or progression a look-back criterion counts.</summary>
/// <remarks>Lublin 2014 activity/progression definitions; EDSS increase as in the "+1.0 EDSS in the last year, +0.5 if EDSS ≥ 5".</remarks>
public enum ActivityEvidence
{
    /// <summary>Clinical relapse.</summary>
    [JsonStringEnumMemberName("relapse")]
    Relapse,

    /// <summary>Gadolinium-enhancing lesion on MRI.</summary>
    [JsonStringEnumMemberName("gd-enhancing-lesion")]
    GdEnhancingLesion,

    /// <summary>New or enlarging T2 lesion on MRI.</summary>
    [JsonStringEnumMemberName("new-or-enlarging-t2-lesion")]
    NewOrEnlargingT2Lesion,

    /// <summary>Increase in EDSS (see the criterion's minimum increase or bands).</summary>
    [JsonStringEnumMemberName("edss-increase")]
    EdssIncrease,

    /// <summary>Clinical progression as the source words it.</summary>
    [JsonStringEnumMemberName("clinical-progression")]
    ClinicalProgression,
}
