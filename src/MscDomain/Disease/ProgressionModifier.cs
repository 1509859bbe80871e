using System.Text.Json.Serialization;

namespace MscDomain.Disease;

/// <summary>The Lublin 2013 progression modifier; applies to progressive courses only.</summary>
public enum ProgressionModifier
{
    /// <summary>Objective worsening independent of relapses in the look-back period.</summary>
    [JsonStringEnumMemberName("with-progression")]
    WithProgression,

    /// <summary>No such worsening.</summary>
    [JsonStringEnumMemberName("without-progression")]
    WithoutProgression,

    /// <summary>Not assessed.</summary>
    [JsonStringEnumMemberName("indeterminate")]
    Indeterminate,

    /// <summary>Relapsing course or CIS: the modifier does not apply.</summary>
    [JsonStringEnumMemberName("not-applicable")]
    NotApplicable,
}
