using System.Text.Json.Serialization;

namespace MscDomain.Disability;

/// <summary>How serious an input issue is.</summary>
public enum DisabilityIssueSeverity
{
    /// <summary>Handled by a documented rule (missing value dropped, same-day duplicate: last row kept); analysis continues.</summary>
    [JsonStringEnumMemberName("note")]
    Note,

    /// <summary>Invalid input (e.g. EDSS not on the scale); the participant is not analysed.</summary>
    [JsonStringEnumMemberName("error")]
    Error,
}
