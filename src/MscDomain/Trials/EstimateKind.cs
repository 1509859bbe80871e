using System.Text.Json.Serialization;

namespace MscDomain.Trials;

/// <summary>What a point estimate with optional confidence interval is.</summary>
public enum EstimateKind
{
    /// <summary>A mean (e.g. model-based cumulative lesion count).</summary>
    [JsonStringEnumMemberName("mean")]
    Mean,

    /// <summary>A between-group difference.</summary>
    [JsonStringEnumMemberName("difference")]
    Difference,

    /// <summary>A regression coefficient (beta).</summary>
    [JsonStringEnumMemberName("regression-coefficient")]
    RegressionCoefficient,

    /// <summary>A difference in slope per unit time (pre vs post, Connick 2012).</summary>
    [JsonStringEnumMemberName("slope-difference")]
    SlopeDifference,

    /// <summary>A rate (e.g. annualised relapse rate).</summary>
    [JsonStringEnumMemberName("rate")]
    Rate,

    /// <summary>Another estimate.</summary>
    [JsonStringEnumMemberName("other")]
    Other,
}
