using MscDomain.Common;

namespace MscDomain.Trials;

/// <summary>A typed link from this trial document to another registration or study: the same study, a national arm of a
/// larger trial, a follow-up report; with how certain the match is.</summary>
/// <remarks>FHIR R4 ResearchStudy.partOf / RelatedArtifact; ClinicalTrials.gov secondaryIdInfos. A reviewer's inferred match
/// is <see cref="MatchCertainty.Probable"/>, never stored as if the source stated it.</remarks>
/// <param name="Identifier">Registry id or study id, e.g. "NCT01854957", "MESEMS-2021".</param>
/// <param name="Relation">How it relates.</param>
/// <param name="Certainty">Stated by the source, or a probable match.</param>
/// <param name="Text">Explanation, e.g. "Italian national arm", or null.</param>
public sealed record StudyRelation(string Identifier, StudyRelationType Relation, MatchCertainty Certainty = MatchCertainty.Confirmed, string? Text = null)
{
    /// <summary>Registry or study id (non-blank).</summary>
    /// <exception cref="ArgumentException">A blank id or text, or an undefined relation or certainty.</exception>
    public string Identifier { get; } = Require.NotBlank(Identifier, nameof(Identifier));

    /// <summary>How it relates.</summary>
    public StudyRelationType Relation { get; } = Require.Defined(Relation, nameof(Relation));

    /// <summary>Stated or probable.</summary>
    public MatchCertainty Certainty { get; } = Require.Defined(Certainty, nameof(Certainty));

    /// <summary>Explanation, or null.</summary>
    public string? Text { get; } = Require.NullOrNotBlank(Text, nameof(Text));
}
