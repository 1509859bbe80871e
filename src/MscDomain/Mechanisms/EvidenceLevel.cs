using System.Text.Json.Serialization;
using MscDomain.Serialization;

namespace MscDomain.Mechanisms;

/// <summary>The level of evidence of a mechanism claim (outcomes-and-mechanisms.md §3.3).</summary>
[JsonConverter(typeof(KebabCaseEnumConverter<EvidenceLevel>))]
public enum EvidenceLevel
{
    /// <summary>Cell culture, co-culture, conditioned-medium assays.</summary>
    InVitro,

    /// <summary>EAE or toxic demyelination models.</summary>
    AnimalModel,

    /// <summary>Measured in treated patients (blood, CSF, imaging of mechanism).</summary>
    HumanBiomarker,

    /// <summary>Effect on a clinical/MRI endpoint in a controlled trial.</summary>
    ClinicalOutcome,
}
