using System.Text.Json.Serialization;

namespace MscDomain.Trials;

/// <summary>How another study or registration relates to this trial document.</summary>
/// <remarks>FHIR R4 ResearchStudy.partOf and RelatedArtifact.type (part-of, derived-from, successor), ClinicalTrials.gov secondary ids.</remarks>
public enum StudyRelationType
{
    /// <summary>Another registration or report of this same study.</summary>
    [JsonStringEnumMemberName("same-study")]
    SameStudy,

    /// <summary>This study is part of the other (e.g. a national arm of a multinational trial, MESEMS).</summary>
    [JsonStringEnumMemberName("part-of")]
    PartOf,

    /// <summary>The other study is part of this one.</summary>
    [JsonStringEnumMemberName("has-part")]
    HasPart,

    /// <summary>This study reports the long-term follow-up of the other.</summary>
    [JsonStringEnumMemberName("follow-up-of")]
    FollowUpOf,

    /// <summary>This study is an extension of the other.</summary>
    [JsonStringEnumMemberName("extension-of")]
    ExtensionOf,

    /// <summary>Another relation (see the text).</summary>
    [JsonStringEnumMemberName("other")]
    Other,
}
