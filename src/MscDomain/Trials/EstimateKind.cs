using System.Text.Json.Serialization;
using MscDomain.Serialization;

namespace MscDomain.Trials;

/// <summary>What a point estimate with optional confidence interval is.</summary>
[JsonConverter(typeof(KebabCaseEnumConverter<EstimateKind>))]
public enum EstimateKind
{
    /// <summary>A mean (e.g. model-based cumulative lesion count).</summary>
    Mean,

    /// <summary>A between-group difference.</summary>
    Difference,

    /// <summary>A regression coefficient (beta).</summary>
    RegressionCoefficient,

    /// <summary>A difference in slope per unit time (pre vs post, Connick 2012).</summary>
    SlopeDifference,

    /// <summary>A rate (e.g. annualised relapse rate).</summary>
    Rate,

    /// <summary>Another estimate.</summary>
    Other,
}
