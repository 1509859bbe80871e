using System.Text.Json.Serialization;

namespace MscDomain.Disability;

/// <summary>A component outcome of a disability composite such as EDSS-Plus.</summary>
/// <remarks><c>default(CompositeComponent)</c> is <see cref="Edss"/>.</remarks>
public enum CompositeComponent
{
    /// <summary>Expanded Disability Status Scale (confirmed change by the EDSS delta rule).</summary>
    [JsonStringEnumMemberName("edss")]
    Edss = 0,

    /// <summary>Timed 25-Foot Walk (T25FW; confirmed change of at least 20% in time).</summary>
    [JsonStringEnumMemberName("timed-twenty-five-foot-walk")]
    TimedTwentyFiveFootWalk = 1,

    /// <summary>Nine-Hole Peg Test (9HPT), dominant hand.</summary>
    [JsonStringEnumMemberName("nine-hole-peg-test-dominant-hand")]
    NineHolePegTestDominantHand = 2,

    /// <summary>Nine-Hole Peg Test (9HPT), non-dominant hand.</summary>
    [JsonStringEnumMemberName("nine-hole-peg-test-non-dominant-hand")]
    NineHolePegTestNonDominantHand = 3,

    /// <summary>Nine-Hole Peg Test (9HPT), either hand already combined by the caller.</summary>
    [JsonStringEnumMemberName("nine-hole-peg-test-either-hand")]
    NineHolePegTestEitherHand = 4,
}
