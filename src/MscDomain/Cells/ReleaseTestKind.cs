using System.Text.Json.Serialization;
using MscDomain.Serialization;

namespace MscDomain.Cells;

/// <summary>A kind of lot release or characterisation test (products-and-dosing.md §1.4).</summary>
[JsonConverter(typeof(KebabCaseEnumConverter<ReleaseTestKind>))]
public enum ReleaseTestKind
{
    /// <summary>Cell count and dose.</summary>
    CellCount,

    /// <summary>Viability (%), pre-freeze or post-thaw.</summary>
    Viability,

    /// <summary>Identity: ISCT marker panel.</summary>
    Identity,

    /// <summary>Sterility (bacteria, fungi).</summary>
    Sterility,

    /// <summary>Mycoplasma.</summary>
    Mycoplasma,

    /// <summary>Endotoxin (EU/mL or EU/kg).</summary>
    Endotoxin,

    /// <summary>Karyotype / genetic stability; a failure can stop dosing (Fernández 2018).</summary>
    Karyotype,

    /// <summary>Potency assay (e.g. IDO after IFN-γ licensing).</summary>
    Potency,

    /// <summary>Senescence.</summary>
    Senescence,

    /// <summary>Another test.</summary>
    Other,
}
