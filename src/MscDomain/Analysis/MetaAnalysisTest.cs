using System.Text.Json.Serialization;

namespace MscDomain.Analysis;

/// <summary>How the pooled estimate is tested and its interval built, as metafor's <c>rma(test = ...)</c>.</summary>
public enum MetaAnalysisTest
{
    /// <summary><c>z</c>: Wald z test and normal-quantile intervals. metafor's default.</summary>
    [JsonStringEnumMemberName("z")]
    Z = 0,

    /// <summary><c>knha</c>: Knapp-Hartung (Hartung 1999; Sidik &amp; Jonkman 2002; Knapp &amp; Hartung 2003): the variance
    /// scaled by s² = Q(τ̂²)/(k − 1), not truncated at 1, and t quantiles with k − 1 degrees of freedom.</summary>
    [JsonStringEnumMemberName("knha")]
    KnappHartung = 1,
}
