using System.Text.Json.Serialization;

namespace MscDomain.Disease;

/// <summary>The diagnostic criteria a diagnosis was made under (a separate field from the course).</summary>
public enum DiagnosticCriteria
{
    /// <summary>Poser 1983 (e.g. "clinically definite").</summary>
    [JsonStringEnumMemberName("poser1983")]
    Poser1983,

    /// <summary>McDonald 2001.</summary>
    [JsonStringEnumMemberName("mc-donald2001")]
    McDonald2001,

    /// <summary>McDonald 2005 revision.</summary>
    [JsonStringEnumMemberName("mc-donald2005")]
    McDonald2005,

    /// <summary>McDonald 2010 revision.</summary>
    [JsonStringEnumMemberName("mc-donald2010")]
    McDonald2010,

    /// <summary>McDonald 2017 revision.</summary>
    [JsonStringEnumMemberName("mc-donald2017")]
    McDonald2017,

    /// <summary>Other or unstated criteria.</summary>
    [JsonStringEnumMemberName("other")]
    Other,

    /// <summary>"Revised McDonald criteria" with the revision (2005, 2010 or 2017) not stated.</summary>
    [JsonStringEnumMemberName("mc-donald-revision-not-stated")]
    McDonaldRevisionNotStated,
}
