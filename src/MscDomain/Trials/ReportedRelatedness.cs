using System.Text.Json.Serialization;
using MscDomain.Serialization;

namespace MscDomain.Trials;

/// <summary>Relatedness of a reported adverse event to the product or procedure, as the source states it.</summary>
[JsonConverter(typeof(KebabCaseEnumConverter<ReportedRelatedness>))]
public enum ReportedRelatedness
{
    /// <summary>Related.</summary>
    Related,

    /// <summary>Possibly related.</summary>
    PossiblyRelated,

    /// <summary>Not related.</summary>
    Unrelated,

    /// <summary>Not reported.</summary>
    NotReported,

    /// <summary>Probably related (WHO-UMC "probable/likely").</summary>
    ProbablyRelated,
}
