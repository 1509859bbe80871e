using System.Text.Json.Serialization;
using MscDomain.Serialization;

namespace MscDomain.Trials;

/// <summary>Who is masked (ClinicalTrials.gov maskingInfo.whoMasked).</summary>
[JsonConverter(typeof(KebabCaseEnumConverter<MaskedRole>))]
public enum MaskedRole
{
    /// <summary>Participant.</summary>
    Participant,

    /// <summary>Care provider.</summary>
    CareProvider,

    /// <summary>Investigator.</summary>
    Investigator,

    /// <summary>Outcomes assessor.</summary>
    OutcomesAssessor,
}
