using System.Text.Json.Serialization;

namespace MscDomain.Common;

/// <summary>Sex as recorded (ICH E3 / CDISC SEX).</summary>
public enum Sex
{
    /// <summary>Female.</summary>
    [JsonStringEnumMemberName("female")]
    Female,

    /// <summary>Male.</summary>
    [JsonStringEnumMemberName("male")]
    Male,

    /// <summary>Unknown or not reported.</summary>
    [JsonStringEnumMemberName("unknown")]
    Unknown,

    /// <summary>Undifferentiated / intersex.</summary>
    [JsonStringEnumMemberName("undifferentiated")]
    Undifferentiated,
}
