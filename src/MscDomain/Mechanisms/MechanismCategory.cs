using System.Text.Json.Serialization;
using MscDomain.Serialization;

namespace MscDomain.Mechanisms;

/// <summary>A category of MSC mechanism of action (outcomes-and-mechanisms.md §3.1).</summary>
[JsonConverter(typeof(KebabCaseEnumConverter<MechanismCategory>))]
public enum MechanismCategory
{
    /// <summary>Immunomodulation (T-cell suppression, Th1/Th17 to Th2 shift, Treg induction).</summary>
    Immunomodulation,

    /// <summary>Neuroprotection / trophic support.</summary>
    Neuroprotection,

    /// <summary>Remyelination / repair support.</summary>
    RemyelinationSupport,

    /// <summary>Anti-inflammatory glial modulation (microglia, astrocytes).</summary>
    AntiInflammatoryGlialModulation,

    /// <summary>Angiogenesis and blood–brain-barrier effects.</summary>
    AngiogenesisBarrier,

    /// <summary>Paracrine / vesicular (hit-and-run) effects.</summary>
    ParacrineVesicular,

    /// <summary>Cell replacement by neural differentiation (little evidence).</summary>
    CellReplacement,
}
