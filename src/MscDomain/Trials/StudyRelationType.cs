using System.Text.Json.Serialization;
using MscDomain.Serialization;

namespace MscDomain.Trials;

/// <summary>How another study or registration relates to this trial document.</summary>
/// <remarks>FHIR R4 ResearchStudy.partOf and RelatedArtifact.type (part-of, derived-from, successor), ClinicalTrials.gov secondary ids.</remarks>
[JsonConverter(typeof(KebabCaseEnumConverter<StudyRelationType>))]
public enum StudyRelationType
{
    /// <summary>Another registration or report of this same study.</summary>
    SameStudy,

    /// <summary>This study is part of the other (e.g. a national arm of a multinational trial, MESEMS).</summary>
    PartOf,

    /// <summary>The other study is part of this one.</summary>
    HasPart,

    /// <summary>This study reports the long-term follow-up of the other.</summary>
    FollowUpOf,

    /// <summary>This study is an extension of the other.</summary>
    ExtensionOf,

    /// <summary>Another relation (see the text).</summary>
    Other,
}
