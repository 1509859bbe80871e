using System.Text.Json.Serialization;
using MscDomain.Serialization;

namespace MscDomain.Trials;

/// <summary>The intervention model (ClinicalTrials.gov designInfo.interventionModel).</summary>
[JsonConverter(typeof(KebabCaseEnumConverter<InterventionModel>))]
public enum InterventionModel
{
    /// <summary>Single group.</summary>
    SingleGroup,

    /// <summary>Parallel groups.</summary>
    Parallel,

    /// <summary>Crossover.</summary>
    Crossover,

    /// <summary>Factorial.</summary>
    Factorial,

    /// <summary>Sequential (e.g. dose cohorts).</summary>
    Sequential,

    /// <summary>Within-subject pre-treatment vs post-treatment comparison (Connick 2012).</summary>
    PrePost,
}
