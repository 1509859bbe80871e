using System.Text.Json.Serialization;

namespace MscDomain.Mechanisms;

/// <summary>The level of evidence of a mechanism claim (outcomes-and-mechanisms.md §3.3).</summary>
public enum EvidenceLevel
{
    /// <summary>Cell culture, co-culture, conditioned-medium assays.</summary>
    [JsonStringEnumMemberName("in-vitro")]
    InVitro,

    /// <summary>EAE or toxic demyelination models.</summary>
    [JsonStringEnumMemberName("animal-model")]
    AnimalModel,

    /// <summary>Measured in treated patients (blood, CSF, imaging of mechanism).</summary>
    [JsonStringEnumMemberName("human-biomarker")]
    HumanBiomarker,

    /// <summary>Effect on a clinical/MRI endpoint in a controlled trial.</summary>
    [JsonStringEnumMemberName("clinical-outcome")]
    ClinicalOutcome,
}
