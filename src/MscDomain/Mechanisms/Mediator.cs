using System.Text.Json.Serialization;

namespace MscDomain.Mechanisms;

/// <summary>A mediator attributed to MSC effects (outcomes-and-mechanisms.md §3.2).</summary>
public enum Mediator
{
    /// <summary>Indoleamine 2,3-dioxygenase (IDO).</summary>
    [JsonStringEnumMemberName("ido")]
    Ido,

    /// <summary>Prostaglandin E2 (PGE2).</summary>
    [JsonStringEnumMemberName("pge2")]
    Pge2,

    /// <summary>TNF-stimulated gene 6 protein (TSG-6).</summary>
    [JsonStringEnumMemberName("tsg6")]
    Tsg6,

    /// <summary>Transforming growth factor beta (TGF-β).</summary>
    [JsonStringEnumMemberName("tgf-beta")]
    TgfBeta,

    /// <summary>Interleukin-10.</summary>
    [JsonStringEnumMemberName("il10")]
    Il10,

    /// <summary>HLA-G5.</summary>
    [JsonStringEnumMemberName("hla-g5")]
    HlaG5,

    /// <summary>Galectins.</summary>
    [JsonStringEnumMemberName("galectins")]
    Galectins,

    /// <summary>Hepatocyte growth factor (HGF).</summary>
    [JsonStringEnumMemberName("hgf")]
    Hgf,

    /// <summary>Brain-derived neurotrophic factor (BDNF).</summary>
    [JsonStringEnumMemberName("bdnf")]
    Bdnf,

    /// <summary>Nerve growth factor (NGF).</summary>
    [JsonStringEnumMemberName("ngf")]
    Ngf,

    /// <summary>Vascular endothelial growth factor (VEGF-A).</summary>
    [JsonStringEnumMemberName("vegf")]
    Vegf,

    /// <summary>Glial cell line-derived neurotrophic factor (GDNF).</summary>
    [JsonStringEnumMemberName("gdnf")]
    Gdnf,

    /// <summary>Insulin-like growth factor 1.</summary>
    [JsonStringEnumMemberName("igf1")]
    Igf1,

    /// <summary>Extracellular vesicles (miRNA, proteins).</summary>
    [JsonStringEnumMemberName("extracellular-vesicles")]
    ExtracellularVesicles,

    /// <summary>iNOS / nitric oxide (mouse MSC).</summary>
    [JsonStringEnumMemberName("nitric-oxide")]
    NitricOxide,

    /// <summary>Another mediator; name it in the claim.</summary>
    [JsonStringEnumMemberName("other")]
    Other,
}
