using System.Text.Json.Serialization;

namespace MscDomain.Trials;

/// <summary>Provenance of a reported fact (trials.md markers [V], [S], [R]).</summary>
public enum Verification
{
    /// <summary>Checked against the cited page [V].</summary>
    [JsonStringEnumMemberName("verified")]
    Verified,

    /// <summary>Taken from a secondary source such as a review table [S].</summary>
    [JsonStringEnumMemberName("secondary")]
    Secondary,

    /// <summary>Recalled, not verified [R]; never a test expectation.</summary>
    [JsonStringEnumMemberName("recalled")]
    Recalled,
}
