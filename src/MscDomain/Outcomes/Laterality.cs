using System.Text.Json.Serialization;
using MscDomain.Serialization;

namespace MscDomain.Outcomes;

/// <summary>Which side, eye or hand a measurement refers to.</summary>
[JsonConverter(typeof(KebabCaseEnumConverter<Laterality>))]
public enum Laterality
{
    /// <summary>Left side / eye / hand.</summary>
    Left,

    /// <summary>Right side / eye / hand.</summary>
    Right,

    /// <summary>Both / binocular.</summary>
    Both,

    /// <summary>Dominant hand (9HPT).</summary>
    DominantHand,

    /// <summary>Non-dominant hand (9HPT).</summary>
    NonDominantHand,

    /// <summary>Either side: the outcome counts when either hand or eye meets the threshold (Harris 2024: 9HPT, either hand).</summary>
    Either,

    /// <summary>Each side analysed separately (eyes as units of analysis).</summary>
    EachSeparately,
}
