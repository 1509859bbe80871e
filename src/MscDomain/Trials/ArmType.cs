using System.Text.Json.Serialization;

namespace MscDomain.Trials;

/// <summary>The type of an arm (ClinicalTrials.gov armGroups.type).</summary>
public enum ArmType
{
    /// <summary>Experimental.</summary>
    [JsonStringEnumMemberName("experimental")]
    Experimental,

    /// <summary>Active comparator.</summary>
    [JsonStringEnumMemberName("active-comparator")]
    ActiveComparator,

    /// <summary>Placebo comparator.</summary>
    [JsonStringEnumMemberName("placebo-comparator")]
    PlaceboComparator,

    /// <summary>Sham comparator (e.g. sham injection or sham lumbar puncture).</summary>
    [JsonStringEnumMemberName("sham-comparator")]
    ShamComparator,

    /// <summary>No intervention.</summary>
    [JsonStringEnumMemberName("no-intervention")]
    NoIntervention,

    /// <summary>Other.</summary>
    [JsonStringEnumMemberName("other")]
    Other,
}
