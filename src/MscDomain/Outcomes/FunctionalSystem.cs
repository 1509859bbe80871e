using System.Text.Json.Serialization;

namespace MscDomain.Outcomes;

/// <summary>A Kurtzke functional system (disability.md §3); the one vocabulary shared by observations (<see cref="FunctionalSystemScore"/>)
/// and the EDSS calculator (<c>MscDomain.Disability.FunctionalSystemScores</c>).</summary>
/// <remarks>Wire names are kebab-case (<c>"bowel-bladder"</c>); the numeric values (Visual = 0 … Other = 7) are stable.</remarks>
public enum FunctionalSystem
{
    /// <summary>Visual (optic), 0–6.</summary>
    [JsonStringEnumMemberName("visual")]
    Visual = 0,

    /// <summary>Brainstem, 0–5.</summary>
    [JsonStringEnumMemberName("brainstem")]
    Brainstem = 1,

    /// <summary>Pyramidal, 0–6.</summary>
    [JsonStringEnumMemberName("pyramidal")]
    Pyramidal = 2,

    /// <summary>Cerebellar, 0–5.</summary>
    [JsonStringEnumMemberName("cerebellar")]
    Cerebellar = 3,

    /// <summary>Sensory, 0–6.</summary>
    [JsonStringEnumMemberName("sensory")]
    Sensory = 4,

    /// <summary>Bowel and bladder, 0–6.</summary>
    [JsonStringEnumMemberName("bowel-bladder")]
    BowelBladder = 5,

    /// <summary>Cerebral (mental), 0–5.</summary>
    [JsonStringEnumMemberName("cerebral")]
    Cerebral = 6,

    /// <summary>Kurtzke's "other" functions, 0–1 (absent/present); never contributes to the EDSS step.</summary>
    [JsonStringEnumMemberName("other")]
    Other = 7,
}
