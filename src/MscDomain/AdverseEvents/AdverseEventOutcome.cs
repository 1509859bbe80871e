using System.Text.Json.Serialization;

namespace MscDomain.AdverseEvents;

/// <summary>The outcome of an adverse event (SDTM AEOUT; ICH E2B(R3) E.i.7; FHIR R4 <c>AdverseEvent.outcome</c>).</summary>
/// <remarks>
/// Codes: AEOUT RECOVERED/RESOLVED = E2B 1 = FHIR <c>resolved</c>; RECOVERING/RESOLVING = 2 = <c>recovering</c>;
/// NOT RECOVERED/NOT RESOLVED = 3 = <c>ongoing</c>; RECOVERED/RESOLVED WITH SEQUELAE = 4 =
/// <c>resolvedWithSequelae</c>; FATAL = 5 = <c>fatal</c>; UNKNOWN = 0 = <c>unknown</c>.
/// </remarks>
public enum AdverseEventOutcome
{
    /// <summary>Outcome unknown (AEOUT UNKNOWN; E2B E.i.7 = 0).</summary>
    [JsonStringEnumMemberName("unknown")]
    Unknown = 0,

    /// <summary>Recovered/resolved (E2B E.i.7 = 1; NCIt C49498).</summary>
    [JsonStringEnumMemberName("recovered")]
    Recovered = 1,

    /// <summary>Recovering/resolving (E2B E.i.7 = 2; NCIt C49496).</summary>
    [JsonStringEnumMemberName("recovering")]
    Recovering = 2,

    /// <summary>Not recovered/not resolved, ongoing (E2B E.i.7 = 3; NCIt C49494).</summary>
    [JsonStringEnumMemberName("not-recovered")]
    NotRecovered = 3,

    /// <summary>Recovered/resolved with sequelae (E2B E.i.7 = 4; NCIt C49495).</summary>
    [JsonStringEnumMemberName("recovered-with-sequelae")]
    RecoveredWithSequelae = 4,

    /// <summary>Fatal (E2B E.i.7 = 5; NCIt C48275).</summary>
    [JsonStringEnumMemberName("fatal")]
    Fatal = 5,
}
