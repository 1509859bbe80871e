using System.Text.Json.Serialization;
using MscDomain.Serialization;

namespace MscDomain.Trials;

/// <summary>The type of an arm (ClinicalTrials.gov armGroups.type).</summary>
[JsonConverter(typeof(KebabCaseEnumConverter<ArmType>))]
public enum ArmType
{
    /// <summary>Experimental.</summary>
    Experimental,

    /// <summary>Active comparator.</summary>
    ActiveComparator,

    /// <summary>Placebo comparator.</summary>
    PlaceboComparator,

    /// <summary>Sham comparator (e.g. sham injection or sham lumbar puncture).</summary>
    ShamComparator,

    /// <summary>No intervention.</summary>
    NoIntervention,

    /// <summary>Other.</summary>
    Other,
}
