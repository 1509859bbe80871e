using System.Text.Json.Serialization;
using MscDomain.Serialization;

namespace MscDomain.Dosing;

/// <summary>Why a co-medication is given (products-and-dosing.md §4.2).</summary>
[JsonConverter(typeof(KebabCaseEnumConverter<CoMedicationRole>))]
public enum CoMedicationRole
{
    /// <summary>Given before the product (antihistamine, antipyretic, corticosteroid).</summary>
    Premedication,

    /// <summary>Given alongside or after the product by protocol.</summary>
    Concomitant,

    /// <summary>Background disease-modifying therapy.</summary>
    BackgroundTherapy,

    /// <summary>The comparator treatment of a drug-only arm (steroids, symptomatic therapy).</summary>
    Comparator,
}
