using System.Text.Json.Serialization;
using MscDomain.Serialization;

namespace MscDomain.Common;

/// <summary>Sex as recorded (ICH E3 / CDISC SEX).</summary>
[JsonConverter(typeof(KebabCaseEnumConverter<Sex>))]
public enum Sex
{
    /// <summary>Female.</summary>
    Female,

    /// <summary>Male.</summary>
    Male,

    /// <summary>Unknown or not reported.</summary>
    Unknown,

    /// <summary>Undifferentiated / intersex.</summary>
    Undifferentiated,
}
