using System.Text.Json.Serialization;

namespace MscDomain.Dosing;

/// <summary>Why a co-medication is given (products-and-dosing.md §4.2).</summary>
public enum CoMedicationRole
{
    /// <summary>Given before the product (antihistamine, antipyretic, corticosteroid).</summary>
    [JsonStringEnumMemberName("premedication")]
    Premedication,

    /// <summary>Given alongside or after the product by protocol.</summary>
    [JsonStringEnumMemberName("concomitant")]
    Concomitant,

    /// <summary>Background disease-modifying therapy.</summary>
    [JsonStringEnumMemberName("background-therapy")]
    BackgroundTherapy,

    /// <summary>The comparator treatment of a drug-only arm (steroids, symptomatic therapy).</summary>
    [JsonStringEnumMemberName("comparator")]
    Comparator,
}
