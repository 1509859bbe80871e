using System.Text.Json.Serialization;
using MscDomain.Serialization;

namespace MscDomain.Trials;

/// <summary>How several criteria combine.</summary>
/// <remarks>"≥1 relapse and/or ≥1 Gd+ lesion" is any-of; "both" is all-of.</remarks>
[JsonConverter(typeof(KebabCaseEnumConverter<CriteriaCombination>))]
public enum CriteriaCombination
{
    /// <summary>At least one criterion must hold (and/or).</summary>
    AnyOf,

    /// <summary>Every criterion must hold.</summary>
    AllOf,
}
