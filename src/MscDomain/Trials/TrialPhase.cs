using System.Text.Json.Serialization;

namespace MscDomain.Trials;

/// <summary>A trial phase (ClinicalTrials.gov API v2; combined phases are two entries).</summary>
public enum TrialPhase
{
    /// <summary>Early phase 1.</summary>
    [JsonStringEnumMemberName("early-phase1")]
    EarlyPhase1,

    /// <summary>Phase 1.</summary>
    [JsonStringEnumMemberName("phase1")]
    Phase1,

    /// <summary>Phase 2.</summary>
    [JsonStringEnumMemberName("phase2")]
    Phase2,

    /// <summary>Phase 3.</summary>
    [JsonStringEnumMemberName("phase3")]
    Phase3,

    /// <summary>Phase 4.</summary>
    [JsonStringEnumMemberName("phase4")]
    Phase4,

    /// <summary>Not applicable.</summary>
    [JsonStringEnumMemberName("not-applicable")]
    NotApplicable,

    /// <summary>Not reported: the source does not state the phase (trials.md: "n.r." is a first-class value).</summary>
    [JsonStringEnumMemberName("not-reported")]
    NotReported,
}
