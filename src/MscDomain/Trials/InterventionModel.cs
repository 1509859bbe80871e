using System.Text.Json.Serialization;

namespace MscDomain.Trials;

/// <summary>The intervention model (ClinicalTrials.gov designInfo.interventionModel).</summary>
public enum InterventionModel
{
    /// <summary>Single group.</summary>
    [JsonStringEnumMemberName("single-group")]
    SingleGroup,

    /// <summary>Parallel groups.</summary>
    [JsonStringEnumMemberName("parallel")]
    Parallel,

    /// <summary>Crossover.</summary>
    [JsonStringEnumMemberName("crossover")]
    Crossover,

    /// <summary>Factorial.</summary>
    [JsonStringEnumMemberName("factorial")]
    Factorial,

    /// <summary>Sequential (e.g. dose cohorts).</summary>
    [JsonStringEnumMemberName("sequential")]
    Sequential,

    /// <summary>Within-subject pre-treatment vs post-treatment comparison (Connick 2012).</summary>
    [JsonStringEnumMemberName("pre-post")]
    PrePost,
}
