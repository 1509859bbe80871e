using System.Text.Json.Serialization;
using MscDomain.Serialization;

namespace MscDomain.Trials;

/// <summary>The role of an outcome in the trial.</summary>
[JsonConverter(typeof(KebabCaseEnumConverter<OutcomeRole>))]
public enum OutcomeRole
{
    /// <summary>Primary outcome.</summary>
    Primary,

    /// <summary>Secondary outcome.</summary>
    Secondary,

    /// <summary>Exploratory / post hoc.</summary>
    Exploratory,

    /// <summary>Safety outcome.</summary>
    Safety,
}
