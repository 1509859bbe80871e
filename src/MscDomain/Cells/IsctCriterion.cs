using System.Text.Json.Serialization;

namespace MscDomain.Cells;

/// <summary>One criterion of the ISCT minimal definition of MSC (Dominici et al., Cytotherapy 2006;8:315–7).</summary>
public enum IsctCriterion
{
    /// <summary>Plastic adherence in standard culture.</summary>
    [JsonStringEnumMemberName("plastic-adherence")]
    PlasticAdherence,

    /// <summary>CD105 positive in at least 95% of cells.</summary>
    [JsonStringEnumMemberName("cd105")]
    Cd105,

    /// <summary>CD73 positive in at least 95% of cells.</summary>
    [JsonStringEnumMemberName("cd73")]
    Cd73,

    /// <summary>CD90 positive in at least 95% of cells.</summary>
    [JsonStringEnumMemberName("cd90")]
    Cd90,

    /// <summary>CD45 positive in at most 2% of cells.</summary>
    [JsonStringEnumMemberName("cd45")]
    Cd45,

    /// <summary>CD34 positive in at most 2% of cells.</summary>
    [JsonStringEnumMemberName("cd34")]
    Cd34,

    /// <summary>CD14 or CD11b positive in at most 2% of cells.</summary>
    [JsonStringEnumMemberName("cd14-or-cd11b")]
    Cd14OrCd11b,

    /// <summary>CD79α or CD19 positive in at most 2% of cells.</summary>
    [JsonStringEnumMemberName("cd79a-or-cd19")]
    Cd79aOrCd19,

    /// <summary>HLA-DR positive in at most 2% of cells.</summary>
    [JsonStringEnumMemberName("hla-dr")]
    HlaDr,

    /// <summary>Differentiation to osteoblasts in vitro.</summary>
    [JsonStringEnumMemberName("osteogenic")]
    Osteogenic,

    /// <summary>Differentiation to adipocytes in vitro.</summary>
    [JsonStringEnumMemberName("adipogenic")]
    Adipogenic,

    /// <summary>Differentiation to chondroblasts in vitro.</summary>
    [JsonStringEnumMemberName("chondrogenic")]
    Chondrogenic,
}
