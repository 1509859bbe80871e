using System.Text.Json.Serialization;
using MscDomain.Serialization;

namespace MscDomain.Dosing;

/// <summary>What a dose counts; typed because UCUM ignores annotations such as <c>{cells}</c> (products-and-dosing.md §2.1).</summary>
[JsonConverter(typeof(KebabCaseEnumConverter<CountedEntity>))]
public enum CountedEntity
{
    /// <summary>All nucleated cells as counted for release.</summary>
    Cells,

    /// <summary>Viable cells only (e.g. trypan blue or 7-AAD negative).</summary>
    ViableCells,

    /// <summary>Cells positive for a stated CD marker.</summary>
    MarkerPositiveCells,

    /// <summary>MSC-derived neural progenitors (MSC-NP).</summary>
    NeuralProgenitors,

    /// <summary>Extracellular-vesicle particles.</summary>
    VesicleParticles,

    /// <summary>Volume of conditioned medium (dose in mL).</summary>
    ConditionedMediumVolume,
}
