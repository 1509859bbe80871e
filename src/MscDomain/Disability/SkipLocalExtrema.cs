using System.Text.Json.Serialization;

namespace MscDomain.Disability;

/// <summary>Whether a new baseline (and a <c>last_delta</c> visit) may sit on a local minimum or maximum (msprog <c>skip_local_extrema</c>).</summary>
/// <remarks>Visit i is a local minimum when both neighbours are higher (maximum: lower); a value equal to the
/// value two visits earlier is never an extremum (undulating course); the first and last visits never are.</remarks>
public enum SkipLocalExtrema
{
    /// <summary>Local extrema are accepted (default).</summary>
    [JsonStringEnumMemberName("none")]
    None,

    /// <summary>Skip visits whose two neighbours both differ by at least delta(value at the visit) in the same direction.</summary>
    [JsonStringEnumMemberName("strict")]
    Strict,

    /// <summary>Skip visits whose two neighbours both differ by any amount in the same direction.</summary>
    [JsonStringEnumMemberName("all")]
    All,
}
