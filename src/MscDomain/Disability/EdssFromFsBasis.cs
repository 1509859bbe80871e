using System.Text.Json.Serialization;

namespace MscDomain.Disability;

/// <summary>Which part of the examination set the final EDSS step.</summary>
/// <remarks><c>default(EdssFromFsBasis)</c> is <see cref="FunctionalSystems"/>.</remarks>
public enum EdssFromFsBasis
{
    /// <summary>The FS-implied step was higher than the walking-implied step (or walking was unrestricted).</summary>
    [JsonStringEnumMemberName("functional-systems")]
    FunctionalSystems = 0,

    /// <summary>The walking-implied step was higher, or a walking-based cap (decisions D4/D5, R convention) applied.</summary>
    [JsonStringEnumMemberName("ambulation")]
    Ambulation = 1,

    /// <summary>The FS-implied and walking-implied steps were equal.</summary>
    [JsonStringEnumMemberName("functional-systems-and-ambulation")]
    FunctionalSystemsAndAmbulation = 2,

    /// <summary>No value: the chosen options reproduce a calculator that gives none for this pattern (the R preset's
    /// D6, disability.md §4.4); <see cref="EdssFromFsResult.Edss"/> is <see langword="null"/>.</summary>
    [JsonStringEnumMemberName("no-value")]
    NoValue = 3,
}
