using System.Text.Json.Serialization;

namespace MscDomain.Cells;

/// <summary>The culture supplement used for expansion (products-and-dosing.md §1.5).</summary>
public enum CultureSupplement
{
    /// <summary>Fetal bovine serum (FBS): xenogeneic.</summary>
    [JsonStringEnumMemberName("fetal-bovine-serum")]
    FetalBovineSerum,

    /// <summary>Human platelet lysate (hPL): xeno-free, pooled donors.</summary>
    [JsonStringEnumMemberName("human-platelet-lysate")]
    HumanPlateletLysate,

    /// <summary>Serum-free / chemically defined medium.</summary>
    [JsonStringEnumMemberName("serum-free")]
    SerumFree,

    /// <summary>Another supplement.</summary>
    [JsonStringEnumMemberName("other")]
    Other,
}
