using System.Text.Json.Serialization;

namespace MscDomain.Ingest;

/// <summary>How a date cell is written.</summary>
public enum DateCellFormat
{
    /// <summary>ISO 8601 calendar dates, <c>yyyy-MM-dd</c> (the default).</summary>
    [JsonStringEnumMemberName("iso")]
    Iso = 0,

    /// <summary>Whole days from any origin (msprog <c>date_format = "day"</c>), mapped through <see cref="Disability.DayNumbers"/>.</summary>
    [JsonStringEnumMemberName("day")]
    DayNumber = 1,
}
