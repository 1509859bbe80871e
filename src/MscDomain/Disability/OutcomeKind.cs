using System.Text.Json.Serialization;

namespace MscDomain.Disability;

/// <summary>The outcome measure whose confirmed change is assessed (msprog <c>outcome</c>).</summary>
/// <remarks>The outcome fixes the direction of worsening, the value range check and the default minimum
/// clinically meaningful change (Montobbio et al., <i>Mult Scler</i> 2024;30:1185, msprog <c>compute_delta</c>).</remarks>
public enum OutcomeKind
{
    /// <summary>Expanded Disability Status Scale (Kurtzke 1983), 0–10; higher is worse; delta from <see cref="DeltaBands"/>.</summary>
    [JsonStringEnumMemberName("edss")]
    Edss,

    /// <summary>Timed 25-Foot Walk in seconds; higher is worse; delta 20% of the reference (Kalinowski et al. 2022).</summary>
    [JsonStringEnumMemberName("t25fw")]
    T25fw,

    /// <summary>Nine-Hole Peg Test (9HPT) in seconds; higher is worse; delta 20% of the reference (Bosma et al. 2010).</summary>
    [JsonStringEnumMemberName("nhpt")]
    Nhpt,

    /// <summary>Symbol Digit Modalities Test, 0–110 correct; lower is worse; delta min(4, 20% of the reference) (Strober et al. 2019).</summary>
    [JsonStringEnumMemberName("sdmt")]
    Sdmt,

    /// <summary>Any other outcome: the direction of worsening and a delta function must be supplied.</summary>
    [JsonStringEnumMemberName("custom")]
    Custom,
}
