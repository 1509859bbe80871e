using System.Text.Json.Serialization;

namespace MscDomain.Safety;

/// <summary>Where a (baseline) value lies relative to its normal range, as SDTM/ADaM <c>BNRIND</c>.</summary>
public enum ReferenceRangeStatus
{
    /// <summary>Not supplied; MscDomain derives it from the baseline value and this record's LLN/ULN when it can.</summary>
    [JsonStringEnumMemberName("unknown")]
    Unknown = 0,

    /// <summary>Within the normal range.</summary>
    [JsonStringEnumMemberName("normal")]
    Normal,

    /// <summary>Above the upper limit of normal.</summary>
    [JsonStringEnumMemberName("high")]
    High,

    /// <summary>Below the lower limit of normal.</summary>
    [JsonStringEnumMemberName("low")]
    Low,
}
