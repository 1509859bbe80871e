using System.Text.Json.Serialization;
using MscDomain.Serialization;

namespace MscDomain.Trials;

/// <summary>The analysis population of a result.</summary>
[JsonConverter(typeof(KebabCaseEnumConverter<AnalysisPopulation>))]
public enum AnalysisPopulation
{
    /// <summary>Intention to treat.</summary>
    IntentionToTreat,

    /// <summary>Full analysis set.</summary>
    FullAnalysisSet,

    /// <summary>Per protocol.</summary>
    PerProtocol,

    /// <summary>Safety population (all treated).</summary>
    Safety,

    /// <summary>Completers.</summary>
    Completers,

    /// <summary>Results pooled across crossover cycles (Petrou 2020).</summary>
    PooledCycles,

    /// <summary>Other or unstated.</summary>
    Other,
}
