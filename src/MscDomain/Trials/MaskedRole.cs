using System.Text.Json.Serialization;

namespace MscDomain.Trials;

/// <summary>Who is masked (ClinicalTrials.gov maskingInfo.whoMasked).</summary>
public enum MaskedRole
{
    /// <summary>Participant.</summary>
    [JsonStringEnumMemberName("participant")]
    Participant,

    /// <summary>Care provider.</summary>
    [JsonStringEnumMemberName("care-provider")]
    CareProvider,

    /// <summary>Investigator.</summary>
    [JsonStringEnumMemberName("investigator")]
    Investigator,

    /// <summary>Outcomes assessor.</summary>
    [JsonStringEnumMemberName("outcomes-assessor")]
    OutcomesAssessor,
}
