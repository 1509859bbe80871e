using System.Text.Json.Serialization;
using MscDomain.Serialization;

namespace MscDomain.Disability;

/// <summary>A component outcome of a disability composite such as EDSS-Plus.</summary>
/// <remarks><c>default(CompositeComponent)</c> is <see cref="Edss"/>.</remarks>
[JsonConverter(typeof(KebabCaseEnumConverter<CompositeComponent>))]
public enum CompositeComponent
{
    /// <summary>Expanded Disability Status Scale (confirmed change by the EDSS delta rule).</summary>
    Edss = 0,

    /// <summary>Timed 25-Foot Walk (T25FW; confirmed change of at least 20% in time).</summary>
    TimedTwentyFiveFootWalk = 1,

    /// <summary>Nine-Hole Peg Test (9HPT), dominant hand.</summary>
    NineHolePegTestDominantHand = 2,

    /// <summary>Nine-Hole Peg Test (9HPT), non-dominant hand.</summary>
    NineHolePegTestNonDominantHand = 3,

    /// <summary>Nine-Hole Peg Test (9HPT), either hand already combined by the caller.</summary>
    NineHolePegTestEitherHand = 4,
}
