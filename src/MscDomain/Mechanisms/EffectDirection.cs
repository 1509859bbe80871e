using System.Text.Json.Serialization;

namespace MscDomain.Mechanisms;

/// <summary>The direction of an effect claimed or measured.</summary>
public enum EffectDirection
{
    /// <summary>The quantity increases.</summary>
    [JsonStringEnumMemberName("increase")]
    Increase,

    /// <summary>The quantity decreases.</summary>
    [JsonStringEnumMemberName("decrease")]
    Decrease,

    /// <summary>No change found.</summary>
    [JsonStringEnumMemberName("no-change")]
    NoChange,

    /// <summary>Direction unclear or mixed.</summary>
    [JsonStringEnumMemberName("unclear")]
    Unclear,
}
