using System.Text.Json.Serialization;
using MscDomain.Serialization;

namespace MscDomain.Trials;

/// <summary>Which change the outcome counts.</summary>
[JsonConverter(typeof(KebabCaseEnumConverter<OutcomeDirection>))]
public enum OutcomeDirection
{
    /// <summary>Worsening (higher = worse measures going up).</summary>
    Worsening,

    /// <summary>Improvement.</summary>
    Improvement,

    /// <summary>Change in either direction (continuous change).</summary>
    Change,

    /// <summary>Occurrence or count of an event.</summary>
    Occurrence,
}
