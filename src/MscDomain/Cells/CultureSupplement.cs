using System.Text.Json.Serialization;
using MscDomain.Serialization;

namespace MscDomain.Cells;

/// <summary>The culture supplement used for expansion (products-and-dosing.md §1.5).</summary>
[JsonConverter(typeof(KebabCaseEnumConverter<CultureSupplement>))]
public enum CultureSupplement
{
    /// <summary>Fetal bovine serum (FBS): xenogeneic.</summary>
    FetalBovineSerum,

    /// <summary>Human platelet lysate (hPL): xeno-free, pooled donors.</summary>
    HumanPlateletLysate,

    /// <summary>Serum-free / chemically defined medium.</summary>
    SerumFree,

    /// <summary>Another supplement.</summary>
    Other,
}
