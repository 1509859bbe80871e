using System.Text.Json.Serialization;
using MscDomain.Serialization;

namespace MscDomain.Cells;

/// <summary>One criterion of the ISCT minimal definition of MSC (Dominici et al., Cytotherapy 2006;8:315–7).</summary>
[JsonConverter(typeof(KebabCaseEnumConverter<IsctCriterion>))]
public enum IsctCriterion
{
    /// <summary>Plastic adherence in standard culture.</summary>
    PlasticAdherence,

    /// <summary>CD105 positive in at least 95% of cells.</summary>
    Cd105,

    /// <summary>CD73 positive in at least 95% of cells.</summary>
    Cd73,

    /// <summary>CD90 positive in at least 95% of cells.</summary>
    Cd90,

    /// <summary>CD45 positive in at most 2% of cells.</summary>
    Cd45,

    /// <summary>CD34 positive in at most 2% of cells.</summary>
    Cd34,

    /// <summary>CD14 or CD11b positive in at most 2% of cells.</summary>
    Cd14OrCd11b,

    /// <summary>CD79α or CD19 positive in at most 2% of cells.</summary>
    Cd79aOrCd19,

    /// <summary>HLA-DR positive in at most 2% of cells.</summary>
    HlaDr,

    /// <summary>Differentiation to osteoblasts in vitro.</summary>
    Osteogenic,

    /// <summary>Differentiation to adipocytes in vitro.</summary>
    Adipogenic,

    /// <summary>Differentiation to chondroblasts in vitro.</summary>
    Chondrogenic,
}
