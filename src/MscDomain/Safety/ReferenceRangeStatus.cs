using System.Text.Json.Serialization;
using MscDomain.Serialization;

namespace MscDomain.Safety;

/// <summary>Where a (baseline) value lies relative to its normal range, as SDTM/ADaM <c>BNRIND</c>.</summary>
[JsonConverter(typeof(KebabCaseEnumConverter<ReferenceRangeStatus>))]
public enum ReferenceRangeStatus
{
    /// <summary>Not supplied; MscDomain derives it from the baseline value and this record's LLN/ULN when it can.</summary>
    Unknown = 0,

    /// <summary>Within the normal range.</summary>
    Normal,

    /// <summary>Above the upper limit of normal.</summary>
    High,

    /// <summary>Below the lower limit of normal.</summary>
    Low,
}
