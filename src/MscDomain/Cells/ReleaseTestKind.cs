using System.Text.Json.Serialization;

namespace MscDomain.Cells;

/// <summary>A kind of lot release or characterisation test (products-and-dosing.md §1.4).</summary>
public enum ReleaseTestKind
{
    /// <summary>Cell count and dose.</summary>
    [JsonStringEnumMemberName("cell-count")]
    CellCount,

    /// <summary>Viability (%), pre-freeze or post-thaw.</summary>
    [JsonStringEnumMemberName("viability")]
    Viability,

    /// <summary>Identity: ISCT marker panel.</summary>
    [JsonStringEnumMemberName("identity")]
    Identity,

    /// <summary>Sterility (bacteria, fungi).</summary>
    [JsonStringEnumMemberName("sterility")]
    Sterility,

    /// <summary>Mycoplasma.</summary>
    [JsonStringEnumMemberName("mycoplasma")]
    Mycoplasma,

    /// <summary>Endotoxin (EU/mL or EU/kg).</summary>
    [JsonStringEnumMemberName("endotoxin")]
    Endotoxin,

    /// <summary>Karyotype / genetic stability; a failure can stop dosing (Fernández 2018).</summary>
    [JsonStringEnumMemberName("karyotype")]
    Karyotype,

    /// <summary>Potency assay (e.g. IDO after IFN-γ licensing).</summary>
    [JsonStringEnumMemberName("potency")]
    Potency,

    /// <summary>Senescence.</summary>
    [JsonStringEnumMemberName("senescence")]
    Senescence,

    /// <summary>Another test.</summary>
    [JsonStringEnumMemberName("other")]
    Other,
}
