using System.Text.Json.Serialization;

namespace MscDomain.Outcomes;

/// <summary>Which side, eye or hand a measurement refers to.</summary>
public enum Laterality
{
    /// <summary>Left side / eye / hand.</summary>
    [JsonStringEnumMemberName("left")]
    Left,

    /// <summary>Right side / eye / hand.</summary>
    [JsonStringEnumMemberName("right")]
    Right,

    /// <summary>Both / binocular.</summary>
    [JsonStringEnumMemberName("both")]
    Both,

    /// <summary>Dominant hand (9HPT).</summary>
    [JsonStringEnumMemberName("dominant-hand")]
    DominantHand,

    /// <summary>Non-dominant hand (9HPT).</summary>
    [JsonStringEnumMemberName("non-dominant-hand")]
    NonDominantHand,

    /// <summary>Either side: the outcome counts when either hand or eye meets the threshold (Harris 2024: 9HPT, either hand).</summary>
    [JsonStringEnumMemberName("either")]
    Either,

    /// <summary>Each side analysed separately (eyes as units of analysis).</summary>
    [JsonStringEnumMemberName("each-separately")]
    EachSeparately,
}
