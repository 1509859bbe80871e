using System.Text.Json.Serialization;
using MscDomain.Serialization;

namespace MscDomain.Trials;

/// <summary>The correlation or association coefficient.</summary>
/// <remarks></remarks>
[JsonConverter(typeof(KebabCaseEnumConverter<CorrelationMethod>))]
public enum CorrelationMethod
{
    /// <summary>Pearson's r.</summary>
    Pearson,

    /// <summary>Spearman's rho.</summary>
    Spearman,

    /// <summary>Kendall's tau.</summary>
    Kendall,

    /// <summary>Another association coefficient (see the result's note).</summary>
    Other,
}
