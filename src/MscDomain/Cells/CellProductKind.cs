using System.Text.Json.Serialization;

namespace MscDomain.Cells;

/// <summary>What kind of cell or cell-derived product it is; non-MSC products are representable and labelled as such (products-and-dosing.md §1.2, §1.6).</summary>
public enum CellProductKind
{
    /// <summary>Culture-expanded mesenchymal stromal cells.</summary>
    [JsonStringEnumMemberName("msc")]
    Msc,

    /// <summary>MSC-derived neural progenitors (MSC-NP; Harris 2018, 2024); derived, needs a parent.</summary>
    [JsonStringEnumMemberName("msc-neural-progenitors")]
    MscNeuralProgenitors,

    /// <summary>MSC induced to secrete neurotrophic factors (MSC-NTF, NurOwn; Cohen 2023); derived, needs a parent.</summary>
    [JsonStringEnumMemberName("msc-neurotrophic-factor-secreting")]
    MscNeurotrophicFactorSecreting,

    /// <summary>Cell-free conditioned medium (secretome); derived, needs a parent.</summary>
    [JsonStringEnumMemberName("conditioned-medium")]
    ConditionedMedium,

    /// <summary>Extracellular vesicles / exosomes; derived, needs a parent.</summary>
    [JsonStringEnumMemberName("extracellular-vesicles")]
    ExtracellularVesicles,

    /// <summary>Non-expanded bone-marrow mononuclear cells (not MSC).</summary>
    [JsonStringEnumMemberName("bone-marrow-mononuclear-cells")]
    BoneMarrowMononuclearCells,

    /// <summary>Adipose stromal vascular fraction (not MSC).</summary>
    [JsonStringEnumMemberName("stromal-vascular-fraction")]
    StromalVascularFraction,

    /// <summary>Autologous haematopoietic stem cells (not MSC).</summary>
    [JsonStringEnumMemberName("haematopoietic-stem-cells")]
    HaematopoieticStemCells,

    /// <summary>Another product; describe it in the verbatim label.</summary>
    [JsonStringEnumMemberName("other")]
    Other,
}
