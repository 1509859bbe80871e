using System.Text.Json.Serialization;

namespace MscDomain.Dosing;

/// <summary>The calendar unit of a <see cref="CalendarInterval"/>.</summary>
public enum IntervalUnit
{
    /// <summary>Calendar days.</summary>
    [JsonStringEnumMemberName("day")]
    Day,

    /// <summary>Weeks of 7 days.</summary>
    [JsonStringEnumMemberName("week")]
    Week,

    /// <summary>Calendar months (NodaTime month arithmetic: 31 Jan + 1 month = 28/29 Feb).</summary>
    [JsonStringEnumMemberName("month")]
    Month,

    /// <summary>Calendar years.</summary>
    [JsonStringEnumMemberName("year")]
    Year,

    /// <summary>Hour (time frames and AE onset windows, e.g. "within 24 hours of infusion"); not addable to a date.</summary>
    [JsonStringEnumMemberName("hour")]
    Hour,
}
