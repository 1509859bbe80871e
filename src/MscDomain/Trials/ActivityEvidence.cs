using System.Text.Json.Serialization;
using MscDomain.Serialization;

namespace MscDomain.Trials;

/// <summary>The evidence of disease activity or progression a look-back criterion counts.</summary>
/// <remarks>Lublin 2014 activity/progression definitions; EDSS increase as in the "+1.0 EDSS in the last year, +0.5 if EDSS ≥ 5".</remarks>
[JsonConverter(typeof(KebabCaseEnumConverter<ActivityEvidence>))]
public enum ActivityEvidence
{
    /// <summary>Clinical relapse.</summary>
    Relapse,

    /// <summary>Gadolinium-enhancing lesion on MRI.</summary>
    GdEnhancingLesion,

    /// <summary>New or enlarging T2 lesion on MRI.</summary>
    NewOrEnlargingT2Lesion,

    /// <summary>Increase in EDSS (see the criterion's minimum increase or bands).</summary>
    EdssIncrease,

    /// <summary>Clinical progression as the source words it.</summary>
    ClinicalProgression,
}
