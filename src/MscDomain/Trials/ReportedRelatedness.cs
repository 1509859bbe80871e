using System.Text.Json.Serialization;

namespace MscDomain.Trials;

/// <summary>Relatedness of a reported adverse event to the product or procedure, as the source states it.</summary>
public enum ReportedRelatedness
{
    /// <summary>Related.</summary>
    [JsonStringEnumMemberName("related")]
    Related,

    /// <summary>Possibly related.</summary>
    [JsonStringEnumMemberName("possibly-related")]
    PossiblyRelated,

    /// <summary>Not related.</summary>
    [JsonStringEnumMemberName("unrelated")]
    Unrelated,

    /// <summary>Not reported.</summary>
    [JsonStringEnumMemberName("not-reported")]
    NotReported,

    /// <summary>Probably related (WHO-UMC "probable/likely").</summary>
    [JsonStringEnumMemberName("probably-related")]
    ProbablyRelated,
}
