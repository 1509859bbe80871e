using System.Text.Json.Serialization;
using MscDomain.Serialization;

namespace MscDomain.Mechanisms;

/// <summary>The direction of an effect claimed or measured.</summary>
[JsonConverter(typeof(KebabCaseEnumConverter<EffectDirection>))]
public enum EffectDirection
{
    /// <summary>The quantity increases.</summary>
    Increase,

    /// <summary>The quantity decreases.</summary>
    Decrease,

    /// <summary>No change found.</summary>
    NoChange,

    /// <summary>Direction unclear or mixed.</summary>
    Unclear,
}
