using System.Text.Json.Serialization;
using MscDomain.Serialization;

namespace MscDomain.Safety;

/// <summary>An answer to one question of the Naranjo adverse drug reaction probability scale.</summary>
[JsonConverter(typeof(KebabCaseEnumConverter<NaranjoAnswer>))]
public enum NaranjoAnswer
{
    /// <summary>Yes.</summary>
    Yes = 1,

    /// <summary>No.</summary>
    No = 2,

    /// <summary>Do not know (or not applicable): always 0 points.</summary>
    DontKnow = 3,
}
