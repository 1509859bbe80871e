using System.Text.Json.Serialization;
using MscDomain.Serialization;

namespace MscDomain.Cells;

/// <summary>Overall ISCT verdict for a panel.</summary>
[JsonConverter(typeof(KebabCaseEnumConverter<IsctVerdict>))]
public enum IsctVerdict
{
    /// <summary>Every criterion is met.</summary>
    Meets,

    /// <summary>At least one criterion failed.</summary>
    Fails,

    /// <summary>No criterion failed but at least one could not be assessed.</summary>
    NotAssessable,
}
