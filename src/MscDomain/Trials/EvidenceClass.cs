using System.Text.Json.Serialization;

namespace MscDomain.Trials;

/// <summary>The classification of evidence a report assigns itself.</summary>
/// <remarks>American Academy of Neurology classification of evidence for therapeutic studies (class I–IV); Harris 2021: class IV (no control group).</remarks>
public enum EvidenceClass
{
    /// <summary>Class I.</summary>
    [JsonStringEnumMemberName("class-i")]
    ClassI,

    /// <summary>Class II.</summary>
    [JsonStringEnumMemberName("class-ii")]
    ClassII,

    /// <summary>Class III.</summary>
    [JsonStringEnumMemberName("class-iii")]
    ClassIII,

    /// <summary>Class IV.</summary>
    [JsonStringEnumMemberName("class-iv")]
    ClassIV,
}
