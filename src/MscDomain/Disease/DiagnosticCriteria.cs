using System.Text.Json.Serialization;
using MscDomain.Serialization;

namespace MscDomain.Disease;

/// <summary>The diagnostic criteria a diagnosis was made under (a separate field from the course).</summary>
[JsonConverter(typeof(KebabCaseEnumConverter<DiagnosticCriteria>))]
public enum DiagnosticCriteria
{
    /// <summary>Poser 1983 (e.g. "clinically definite").</summary>
    Poser1983,

    /// <summary>McDonald 2001.</summary>
    McDonald2001,

    /// <summary>McDonald 2005 revision.</summary>
    McDonald2005,

    /// <summary>McDonald 2010 revision.</summary>
    McDonald2010,

    /// <summary>McDonald 2017 revision.</summary>
    McDonald2017,

    /// <summary>Other or unstated criteria.</summary>
    Other,

    /// <summary>"Revised McDonald criteria" with the revision (2005, 2010 or 2017) not stated.</summary>
    McDonaldRevisionNotStated,
}
