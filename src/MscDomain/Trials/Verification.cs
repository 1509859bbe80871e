using System.Text.Json.Serialization;
using MscDomain.Serialization;

namespace MscDomain.Trials;

/// <summary>Provenance of a reported fact (trials.md markers [V], [S], [R]).</summary>
[JsonConverter(typeof(KebabCaseEnumConverter<Verification>))]
public enum Verification
{
    /// <summary>Checked against the cited page [V].</summary>
    Verified,

    /// <summary>Taken from a secondary source such as a review table [S].</summary>
    Secondary,

    /// <summary>Recalled, not verified [R]; never a test expectation.</summary>
    Recalled,
}
