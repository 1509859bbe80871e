using System.Text.Json.Serialization;

namespace MscDomain.AdverseEvents;

/// <summary>
/// A version of the Common Terminology Criteria for Adverse Events (CTCAE), the US National Cancer
/// Institute's grading scale for adverse events.
/// </summary>
/// <remarks>
/// CTCAE v5.0 was published 27 November 2017; CTCAE v6.0 in 2025. Every CTCAE grade in MscDomain
/// carries the version it was graded with, because thresholds differ between versions.
/// On the wire the versions are <c>"v5.0"</c> and <c>"v6.0"</c>.
/// </remarks>
public enum CtcaeVersion
{
    /// <summary>CTCAE version 5.0 (NCI, 27 November 2017).</summary>
    [JsonStringEnumMemberName("v5.0")]
    V5_0 = 5,

    /// <summary>CTCAE version 6.0 (NCI, 2025).</summary>
    [JsonStringEnumMemberName("v6.0")]
    V6_0 = 6,
}
