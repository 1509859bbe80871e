using System.Text.Json.Serialization;
using MscDomain.Serialization;

namespace MscDomain.Disability;

/// <summary>Which part of the examination set the final EDSS step.</summary>
/// <remarks><c>default(EdssFromFsBasis)</c> is <see cref="FunctionalSystems"/>.</remarks>
[JsonConverter(typeof(KebabCaseEnumConverter<EdssFromFsBasis>))]
public enum EdssFromFsBasis
{
    /// <summary>The FS-implied step was higher than the walking-implied step (or walking was unrestricted).</summary>
    FunctionalSystems = 0,

    /// <summary>The walking-implied step was higher, or a walking-based cap (decisions D4/D5, R convention) applied.</summary>
    Ambulation = 1,

    /// <summary>The FS-implied and walking-implied steps were equal.</summary>
    FunctionalSystemsAndAmbulation = 2,

    /// <summary>No value: the chosen options reproduce a calculator that gives none for this pattern (the R preset's
    /// D6, disability.md §4.4); <see cref="EdssFromFsResult.Edss"/> is <see langword="null"/>.</summary>
    NoValue = 3,
}
