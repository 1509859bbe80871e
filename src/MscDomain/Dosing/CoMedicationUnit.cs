using System.Text.Json.Serialization;

namespace MscDomain.Dosing;

/// <summary>The normalised unit of a co-medication dose, beside the unit exactly as printed
/// (<see cref="CoMedicationStep.DoseUnitVerbatim"/>; products-and-dosing.md §2 "verbatim dose text next to the normalised
/// value, with a correction note when the source is wrong").</summary>
/// <remarks>Each member names its UCUM code (unitsofmeasure.org); the wire names are the house's lower-case spelling of it.</remarks>
public enum CoMedicationUnit
{
    /// <summary>Milligram (UCUM <c>mg</c>).</summary>
    [JsonStringEnumMemberName("mg")]
    Milligram,

    /// <summary>Gram (UCUM <c>g</c>).</summary>
    [JsonStringEnumMemberName("g")]
    Gram,

    /// <summary>Microgram (UCUM <c>ug</c>).</summary>
    [JsonStringEnumMemberName("ug")]
    Microgram,

    /// <summary>Milligram per kilogram of body weight (UCUM <c>mg/kg</c>).</summary>
    [JsonStringEnumMemberName("mg-per-kg")]
    MilligramPerKilogram,

    /// <summary>Milligram per square metre of body surface area (UCUM <c>mg/m2</c>).</summary>
    [JsonStringEnumMemberName("mg-per-m2")]
    MilligramPerSquareMetre,

    /// <summary>International unit (UCUM <c>[iU]</c>).</summary>
    [JsonStringEnumMemberName("iu")]
    InternationalUnit,

    /// <summary>Millilitre (UCUM <c>mL</c>).</summary>
    [JsonStringEnumMemberName("ml")]
    Millilitre,
}
