using System.Text.Json.Serialization;

namespace MscDomain.Trials;

/// <summary>How certain the match between a study and a registration or related study is.</summary>
/// <remarks></remarks>
public enum MatchCertainty
{
    /// <summary>The source states the link (e.g. the paper cites the registration).</summary>
    [JsonStringEnumMemberName("confirmed")]
    Confirmed,

    /// <summary>A probable match inferred by the reviewer (same sponsor, dates and design), not stated by the source.</summary>
    [JsonStringEnumMemberName("probable")]
    Probable,
}
