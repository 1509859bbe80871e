using System.Text.Json.Serialization;

namespace MscDomain.Mechanisms;

/// <summary>A category of MSC mechanism of action (outcomes-and-mechanisms.md §3.1).</summary>
public enum MechanismCategory
{
    /// <summary>Immunomodulation (T-cell suppression, Th1/Th17 to Th2 shift, Treg induction).</summary>
    [JsonStringEnumMemberName("immunomodulation")]
    Immunomodulation,

    /// <summary>Neuroprotection / trophic support.</summary>
    [JsonStringEnumMemberName("neuroprotection")]
    Neuroprotection,

    /// <summary>Remyelination / repair support.</summary>
    [JsonStringEnumMemberName("remyelination-support")]
    RemyelinationSupport,

    /// <summary>Anti-inflammatory glial modulation (microglia, astrocytes).</summary>
    [JsonStringEnumMemberName("anti-inflammatory-glial-modulation")]
    AntiInflammatoryGlialModulation,

    /// <summary>Angiogenesis and blood–brain-barrier effects.</summary>
    [JsonStringEnumMemberName("angiogenesis-barrier")]
    AngiogenesisBarrier,

    /// <summary>Paracrine / vesicular (hit-and-run) effects.</summary>
    [JsonStringEnumMemberName("paracrine-vesicular")]
    ParacrineVesicular,

    /// <summary>Cell replacement by neural differentiation (little evidence).</summary>
    [JsonStringEnumMemberName("cell-replacement")]
    CellReplacement,
}
