using System.Text.Json.Serialization;
using MscDomain.Serialization;

namespace MscDomain.Cells;

/// <summary>What kind of cell or cell-derived product it is; non-MSC products are representable and labelled as such (products-and-dosing.md §1.2, §1.6).</summary>
[JsonConverter(typeof(KebabCaseEnumConverter<CellProductKind>))]
public enum CellProductKind
{
    /// <summary>Culture-expanded mesenchymal stromal cells.</summary>
    Msc,

    /// <summary>MSC-derived neural progenitors (MSC-NP; Harris 2018, 2024); derived, needs a parent.</summary>
    MscNeuralProgenitors,

    /// <summary>MSC induced to secrete neurotrophic factors (MSC-NTF, NurOwn; Cohen 2023); derived, needs a parent.</summary>
    MscNeurotrophicFactorSecreting,

    /// <summary>Cell-free conditioned medium (secretome); derived, needs a parent.</summary>
    ConditionedMedium,

    /// <summary>Extracellular vesicles / exosomes; derived, needs a parent.</summary>
    ExtracellularVesicles,

    /// <summary>Non-expanded bone-marrow mononuclear cells (not MSC).</summary>
    BoneMarrowMononuclearCells,

    /// <summary>Adipose stromal vascular fraction (not MSC).</summary>
    StromalVascularFraction,

    /// <summary>Autologous haematopoietic stem cells (not MSC).</summary>
    HaematopoieticStemCells,

    /// <summary>Another product; describe it in the verbatim label.</summary>
    Other,
}
