using System.Text.Json.Serialization;

namespace MscDomain.Cells;

/// <summary>The tissue an MSC product was harvested from (products-and-dosing.md §1.1; ISBT 128 class names in brackets).</summary>
public enum TissueSource
{
    /// <summary>Bone marrow, iliac-crest aspirate [MSC(M)].</summary>
    [JsonStringEnumMemberName("bone-marrow")]
    BoneMarrow,

    /// <summary>Adipose tissue, lipectomy [MSC(AT)].</summary>
    [JsonStringEnumMemberName("adipose-tissue")]
    AdiposeTissue,

    /// <summary>Umbilical cord tissue / Wharton's jelly [MSC(WJ)].</summary>
    [JsonStringEnumMemberName("umbilical-cord-tissue")]
    UmbilicalCordTissue,

    /// <summary>Umbilical cord blood [MSC(CB)].</summary>
    [JsonStringEnumMemberName("umbilical-cord-blood")]
    UmbilicalCordBlood,

    /// <summary>Placenta (no ISBT 128 class name in our sources).</summary>
    [JsonStringEnumMemberName("placenta")]
    Placenta,

    /// <summary>Another tissue; name it in the product's verbatim label.</summary>
    [JsonStringEnumMemberName("other")]
    Other,

    /// <summary>Not reported: the source does not state the tissue of origin (trials.md: "n.r." is a first-class value).</summary>
    [JsonStringEnumMemberName("not-reported")]
    NotReported,
}
