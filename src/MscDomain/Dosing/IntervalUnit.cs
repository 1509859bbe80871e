using System.Text.Json.Serialization;
using MscDomain.Serialization;

namespace MscDomain.Dosing;

/// <summary>The calendar unit of a <see cref="CalendarInterval"/>.</summary>
[JsonConverter(typeof(KebabCaseEnumConverter<IntervalUnit>))]
public enum IntervalUnit
{
    /// <summary>Calendar days.</summary>
    Day,

    /// <summary>Weeks of 7 days.</summary>
    Week,

    /// <summary>Calendar months (NodaTime month arithmetic: 31 Jan + 1 month = 28/29 Feb).</summary>
    Month,

    /// <summary>Calendar years.</summary>
    Year,

    /// <summary>Hour (time frames and AE onset windows, e.g. "within 24 hours of infusion"); not addable to a date.</summary>
    Hour,
}
