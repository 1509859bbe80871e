using System.Text.Json.Serialization;

namespace MscDomain.Disability;

/// <summary>How "value − reference ≥ delta(reference)" is evaluated.</summary>
/// <remarks>msprog evaluates the inequality in IEEE-754 binary doubles, so an exact 20% change can fall just short
/// (reference 5.5 s, value 6.6 s: 6.6 − 5.5 = 1.0999999999999996 &lt; 1.1). EDSS and SDMT give the same answer
/// in both modes; T25FW, 9HPT and custom proportional deltas can differ, only at an exact boundary.</remarks>
public enum ThresholdArithmetic
{
    /// <summary>Exact <see cref="decimal"/> arithmetic: the rule as written (default; CLI <c>exact</c>).</summary>
    [JsonStringEnumMemberName("exact")]
    Exact,

    /// <summary>msprog's binary <see cref="double"/> arithmetic, bit for bit (CLI <c>msprog</c>).</summary>
    [JsonStringEnumMemberName("msprog")]
    Msprog,
}
