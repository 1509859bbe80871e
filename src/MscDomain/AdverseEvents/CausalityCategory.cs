using System.Text.Json.Serialization;

namespace MscDomain.AdverseEvents;

/// <summary>
/// A causality judgement linking an adverse event to the study product: one of the six WHO-UMC categories, or a
/// binary "reasonable possibility" judgement.
/// </summary>
/// <remarks>
/// <para>WHO-UMC: the World Health Organization – Uppsala Monitoring Centre causality assessment system. The
/// first six members are its categories (most certain first); <see cref="Related"/> and
/// <see cref="NotRelated"/> are the binary judgement ICH E2A/E2B and 21 CFR 312.32 use ("a reasonable
/// possibility" of a causal relationship). The WHO-UMC classifier only ever returns the first six.</para>
/// <para>FHIR research IG relatedness: C53260 related, C53258 possibly, C53257 unlikely, C53256 not related.</para>
/// </remarks>
public enum CausalityCategory
{
    /// <summary>WHO-UMC Certain.</summary>
    [JsonStringEnumMemberName("certain")]
    Certain = 1,

    /// <summary>WHO-UMC Probable/Likely.</summary>
    [JsonStringEnumMemberName("probable")]
    Probable = 2,

    /// <summary>WHO-UMC Possible.</summary>
    [JsonStringEnumMemberName("possible")]
    Possible = 3,

    /// <summary>WHO-UMC Unlikely.</summary>
    [JsonStringEnumMemberName("unlikely")]
    Unlikely = 4,

    /// <summary>WHO-UMC Conditional/Unclassified: more data needed or under examination.</summary>
    [JsonStringEnumMemberName("conditional")]
    Conditional = 5,

    /// <summary>WHO-UMC Unassessable/Unclassifiable: information insufficient or contradictory and cannot be supplemented.</summary>
    [JsonStringEnumMemberName("unassessable")]
    Unassessable = 6,

    /// <summary>Binary judgement: a reasonable possibility of a causal relationship.</summary>
    [JsonStringEnumMemberName("related")]
    Related = 7,

    /// <summary>Binary judgement: no reasonable possibility of a causal relationship.</summary>
    [JsonStringEnumMemberName("not-related")]
    NotRelated = 8,
}
