using System.Text.Json.Serialization;

namespace MscDomain.AdverseEvents;

/// <summary>Whether an adverse reaction is expected according to the reference safety information (RSI).</summary>
/// <remarks>
/// ICH E2A: an unexpected adverse reaction is one whose nature or severity is not consistent with the
/// applicable product information (for an investigational product, the investigator's brochure's RSI).
/// Two checks: by type (term not listed) and by severity (listed, but the observed grade exceeds the listed
/// maximum).
/// </remarks>
public enum Expectedness
{
    /// <summary>Listed in the RSI with a severity at least as high as observed.</summary>
    [JsonStringEnumMemberName("expected")]
    Expected = 1,

    /// <summary>Unexpected by type: the term is not listed in the RSI.</summary>
    [JsonStringEnumMemberName("unexpected-by-type")]
    UnexpectedByType = 2,

    /// <summary>Unexpected by severity: the term is listed, but the observed grade exceeds the listed maximum.</summary>
    [JsonStringEnumMemberName("unexpected-by-severity")]
    UnexpectedBySeverity = 3,
}
