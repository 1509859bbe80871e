using System.Text.Json.Serialization;
using MscDomain.Serialization;

namespace MscDomain.Mechanisms;

/// <summary>A mediator attributed to MSC effects (outcomes-and-mechanisms.md §3.2).</summary>
[JsonConverter(typeof(KebabCaseEnumConverter<Mediator>))]
public enum Mediator
{
    /// <summary>Indoleamine 2,3-dioxygenase (IDO).</summary>
    Ido,

    /// <summary>Prostaglandin E2 (PGE2).</summary>
    Pge2,

    /// <summary>TNF-stimulated gene 6 protein (TSG-6).</summary>
    Tsg6,

    /// <summary>Transforming growth factor beta (TGF-β).</summary>
    TgfBeta,

    /// <summary>Interleukin-10.</summary>
    Il10,

    /// <summary>HLA-G5.</summary>
    HlaG5,

    /// <summary>Galectins.</summary>
    Galectins,

    /// <summary>Hepatocyte growth factor (HGF).</summary>
    Hgf,

    /// <summary>Brain-derived neurotrophic factor (BDNF).</summary>
    Bdnf,

    /// <summary>Nerve growth factor (NGF).</summary>
    Ngf,

    /// <summary>Vascular endothelial growth factor (VEGF-A).</summary>
    Vegf,

    /// <summary>Glial cell line-derived neurotrophic factor (GDNF).</summary>
    Gdnf,

    /// <summary>Insulin-like growth factor 1.</summary>
    Igf1,

    /// <summary>Extracellular vesicles (miRNA, proteins).</summary>
    ExtracellularVesicles,

    /// <summary>iNOS / nitric oxide (mouse MSC).</summary>
    NitricOxide,

    /// <summary>Another mediator; name it in the claim.</summary>
    Other,
}
