using System.Text.Json.Serialization;
using MscDomain.Serialization;

namespace MscDomain.Trials;

/// <summary>The classification of evidence a report assigns itself.</summary>
/// <remarks>American Academy of Neurology classification of evidence for therapeutic studies (class I–IV); Harris 2021: class IV (no control group).</remarks>
[JsonConverter(typeof(KebabCaseEnumConverter<EvidenceClass>))]
public enum EvidenceClass
{
    /// <summary>Class I.</summary>
    ClassI,

    /// <summary>Class II.</summary>
    ClassII,

    /// <summary>Class III.</summary>
    ClassIII,

    /// <summary>Class IV.</summary>
    ClassIV,
}
