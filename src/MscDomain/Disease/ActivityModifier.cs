using System.Text.Json.Serialization;

namespace MscDomain.Disease;

/// <summary>The Lublin 2013 activity modifier: relapses and/or MRI activity over a stated period, assessed at least annually.</summary>
public enum ActivityModifier
{
    /// <summary>Clinical relapses and/or MRI activity (Gd+ or new/enlarging T2) in the look-back period.</summary>
    [JsonStringEnumMemberName("active")]
    Active,

    /// <summary>No activity in the look-back period.</summary>
    [JsonStringEnumMemberName("not-active")]
    NotActive,

    /// <summary>Not assessed.</summary>
    [JsonStringEnumMemberName("indeterminate")]
    Indeterminate,
}
