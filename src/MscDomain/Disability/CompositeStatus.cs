using System.Text.Json.Serialization;

namespace MscDomain.Disability;

/// <summary>The outcome of a composite criterion.</summary>
/// <remarks><c>default(CompositeStatus)</c> is <see cref="NotMet"/>.</remarks>
public enum CompositeStatus
{
    /// <summary>The criterion is not met, and every component needed to say so was assessed.</summary>
    [JsonStringEnumMemberName("not-met")]
    NotMet = 0,

    /// <summary>The criterion is met (EDSS-Plus: an event occurred; NEDA: no evidence of disease activity).</summary>
    [JsonStringEnumMemberName("met")]
    Met = 1,

    /// <summary>Nothing shows the criterion met or broken, but a needed component was not assessed.</summary>
    [JsonStringEnumMemberName("indeterminate")]
    Indeterminate = 2,
}
