using System.Text.Json.Serialization;

namespace MscDomain.Dosing;

/// <summary>How a regimen escalates its dose (products-and-dosing.md §2 "dose escalation across administrations, sequential
/// dose cohorts"; trials.md requirement 4).</summary>
public enum EscalationScheme
{
    /// <summary>The scheme is not reported: the source says only that the dose was escalated.</summary>
    [JsonStringEnumMemberName("not-reported")]
    NotReported,

    /// <summary>Each participant gets rising doses across their own administrations (the regimen's phases are the steps).</summary>
    [JsonStringEnumMemberName("across-administrations")]
    AcrossAdministrations,

    /// <summary>Successive cohorts (arms) get rising doses; each participant gets one dose level.</summary>
    [JsonStringEnumMemberName("sequential-cohorts")]
    SequentialCohorts,
}
