using System.Text.Json.Serialization;

namespace MscDomain.Safety;

/// <summary>An answer to one question of the Naranjo adverse drug reaction probability scale.</summary>
public enum NaranjoAnswer
{
    /// <summary>Yes.</summary>
    [JsonStringEnumMemberName("yes")]
    Yes = 1,

    /// <summary>No.</summary>
    [JsonStringEnumMemberName("no")]
    No = 2,

    /// <summary>Do not know (or not applicable): always 0 points.</summary>
    [JsonStringEnumMemberName("dont-know")]
    DontKnow = 3,
}
