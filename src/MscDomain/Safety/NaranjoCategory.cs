using System.Text.Json.Serialization;

namespace MscDomain.Safety;

/// <summary>The Naranjo probability category of an adverse drug reaction (Naranjo et al. 1981).</summary>
public enum NaranjoCategory
{
    /// <summary>Doubtful: total ≤ 0.</summary>
    [JsonStringEnumMemberName("doubtful")]
    Doubtful = 0,

    /// <summary>Possible: total 1 to 4.</summary>
    [JsonStringEnumMemberName("possible")]
    Possible = 1,

    /// <summary>Probable: total 5 to 8.</summary>
    [JsonStringEnumMemberName("probable")]
    Probable = 2,

    /// <summary>Definite: total ≥ 9.</summary>
    [JsonStringEnumMemberName("definite")]
    Definite = 3,
}
