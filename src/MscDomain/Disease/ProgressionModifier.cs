using System.Text.Json.Serialization;
using MscDomain.Serialization;

namespace MscDomain.Disease;

/// <summary>The Lublin 2013 progression modifier; applies to progressive courses only.</summary>
[JsonConverter(typeof(KebabCaseEnumConverter<ProgressionModifier>))]
public enum ProgressionModifier
{
    /// <summary>Objective worsening independent of relapses in the look-back period.</summary>
    WithProgression,

    /// <summary>No such worsening.</summary>
    WithoutProgression,

    /// <summary>Not assessed.</summary>
    Indeterminate,

    /// <summary>Relapsing course or CIS: the modifier does not apply.</summary>
    NotApplicable,
}
