using System.Text.Json.Serialization;
using MscDomain.Serialization;

namespace MscDomain.Safety;

/// <summary>The Naranjo probability category of an adverse drug reaction (Naranjo et al. 1981).</summary>
[JsonConverter(typeof(KebabCaseEnumConverter<NaranjoCategory>))]
public enum NaranjoCategory
{
    /// <summary>Doubtful: total ≤ 0.</summary>
    Doubtful = 0,

    /// <summary>Possible: total 1 to 4.</summary>
    Possible = 1,

    /// <summary>Probable: total 5 to 8.</summary>
    Probable = 2,

    /// <summary>Definite: total ≥ 9.</summary>
    Definite = 3,
}
