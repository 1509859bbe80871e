using System.Text.Json.Serialization;

namespace MscDomain.Trials;

/// <summary>A phase sub-stage as reports print it (phase 1b, phase 2a).</summary>
/// <remarks>ClinicalTrials.gov API v2 has no sub-stages; the document keeps the phase in Phases and the letter here.</remarks>
public enum PhaseSubStage
{
    /// <summary>Sub-stage a (e.g. phase 2a).</summary>
    [JsonStringEnumMemberName("a")]
    A,

    /// <summary>Sub-stage b (e.g. phase 1b).</summary>
    [JsonStringEnumMemberName("b")]
    B,

    /// <summary>Sub-stage c.</summary>
    [JsonStringEnumMemberName("c")]
    C,
}
