using System.Text.Json.Serialization;

namespace MscDomain.Trials;

/// <summary>The analysis population of a result.</summary>
public enum AnalysisPopulation
{
    /// <summary>Intention to treat.</summary>
    [JsonStringEnumMemberName("intention-to-treat")]
    IntentionToTreat,

    /// <summary>Full analysis set.</summary>
    [JsonStringEnumMemberName("full-analysis-set")]
    FullAnalysisSet,

    /// <summary>Per protocol.</summary>
    [JsonStringEnumMemberName("per-protocol")]
    PerProtocol,

    /// <summary>Safety population (all treated).</summary>
    [JsonStringEnumMemberName("safety")]
    Safety,

    /// <summary>Completers.</summary>
    [JsonStringEnumMemberName("completers")]
    Completers,

    /// <summary>Results pooled across crossover cycles (Petrou 2020).</summary>
    [JsonStringEnumMemberName("pooled-cycles")]
    PooledCycles,

    /// <summary>Other or unstated.</summary>
    [JsonStringEnumMemberName("other")]
    Other,
}
