using System.Text.Json.Serialization;

namespace MscDomain.Trials;

/// <summary>The correlation or association coefficient.</summary>
/// <remarks></remarks>
public enum CorrelationMethod
{
    /// <summary>Pearson's r.</summary>
    [JsonStringEnumMemberName("pearson")]
    Pearson,

    /// <summary>Spearman's rho.</summary>
    [JsonStringEnumMemberName("spearman")]
    Spearman,

    /// <summary>Kendall's tau.</summary>
    [JsonStringEnumMemberName("kendall")]
    Kendall,

    /// <summary>Another association coefficient (see the result's note).</summary>
    [JsonStringEnumMemberName("other")]
    Other,
}
