using System.Text.Json.Serialization;

namespace MscDomain.Dosing;

/// <summary>What a dose counts; typed because UCUM ignores annotations such as <c>{cells}</c> (products-and-dosing.md §2.1).</summary>
public enum CountedEntity
{
    /// <summary>All nucleated cells as counted for release.</summary>
    [JsonStringEnumMemberName("cells")]
    Cells,

    /// <summary>Viable cells only (e.g. trypan blue or 7-AAD negative).</summary>
    [JsonStringEnumMemberName("viable-cells")]
    ViableCells,

    /// <summary>Cells positive for a stated CD marker.</summary>
    [JsonStringEnumMemberName("marker-positive-cells")]
    MarkerPositiveCells,

    /// <summary>MSC-derived neural progenitors (MSC-NP).</summary>
    [JsonStringEnumMemberName("neural-progenitors")]
    NeuralProgenitors,

    /// <summary>Extracellular-vesicle particles.</summary>
    [JsonStringEnumMemberName("vesicle-particles")]
    VesicleParticles,

    /// <summary>Volume of conditioned medium (dose in mL).</summary>
    [JsonStringEnumMemberName("conditioned-medium-volume")]
    ConditionedMediumVolume,
}
