using System.Text.Json.Serialization;

namespace MscDomain.Trials;

/// <summary>A reported statistic (closed hierarchy; products-and-dosing.md §7 item 10).</summary>
/// <remarks>JSON <c>kind</c>: <c>"proportion"</c> (n/N), <c>"mean-sd"</c>, <c>"median-iqr"</c>, <c>"ratio"</c>
/// (rate/odds/hazard/risk ratio with CI), <c>"estimate"</c> (mean, difference, β, slope difference with CI),
/// <c>"not-reported"</c>, <c>"percent"</c>, <c>"correlation"</c> (association coefficient, schema version 2).</remarks>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(ProportionStatistic), "proportion")]
[JsonDerivedType(typeof(MeanSdStatistic), "mean-sd")]
[JsonDerivedType(typeof(MedianIqrStatistic), "median-iqr")]
[JsonDerivedType(typeof(RatioStatistic), "ratio")]
[JsonDerivedType(typeof(EstimateStatistic), "estimate")]
[JsonDerivedType(typeof(NotReportedStatistic), "not-reported")]
[JsonDerivedType(typeof(PercentStatistic), "percent")]
[JsonDerivedType(typeof(CorrelationStatistic), "correlation")]
public abstract record ResultStatistic
{
    private protected ResultStatistic()
    {
    }
}
