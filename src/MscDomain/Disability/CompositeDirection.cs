using System.Text.Json.Serialization;

namespace MscDomain.Disability;

/// <summary>Which way a composite counts change: worsening (the usual endpoint) or its improvement mirror.</summary>
/// <remarks><c>default(CompositeDirection)</c> is <see cref="Worsening"/>. The MSC-NP phase II trial used
/// EDSS-Plus improvement (domain reference disability.md §19).</remarks>
public enum CompositeDirection
{
    /// <summary>Confirmed worsening (higher EDSS, longer timed tests).</summary>
    [JsonStringEnumMemberName("worsening")]
    Worsening = 0,

    /// <summary>Confirmed improvement (lower EDSS, shorter timed tests).</summary>
    [JsonStringEnumMemberName("improvement")]
    Improvement = 1,
}
