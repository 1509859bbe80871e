using System.Text.Json.Serialization;
using MscDomain.Serialization;

namespace MscDomain.Trials;

/// <summary>A trial phase (ClinicalTrials.gov API v2; combined phases are two entries).</summary>
[JsonConverter(typeof(KebabCaseEnumConverter<TrialPhase>))]
public enum TrialPhase
{
    /// <summary>Early phase 1.</summary>
    EarlyPhase1,

    /// <summary>Phase 1.</summary>
    Phase1,

    /// <summary>Phase 2.</summary>
    Phase2,

    /// <summary>Phase 3.</summary>
    Phase3,

    /// <summary>Phase 4.</summary>
    Phase4,

    /// <summary>Not applicable.</summary>
    NotApplicable,

    /// <summary>Not reported: the source does not state the phase (trials.md: "n.r." is a first-class value).</summary>
    NotReported,
}
