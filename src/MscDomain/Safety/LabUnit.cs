using System.Text.Json.Serialization;

namespace MscDomain.Safety;

/// <summary>
/// A unit in which CTCAE prints lab thresholds. Values are graded in the unit they were given, against
/// the thresholds CTCAE prints for that unit (safety.md §4); MscDomain never converts a lab value first.
/// </summary>
public enum LabUnit
{
    /// <summary>No unit supplied (<c>default</c>). Terms whose criteria use only ×ULN, ×LLN or ×baseline need none.</summary>
    [JsonStringEnumMemberName("unspecified")]
    Unspecified = 0,

    /// <summary>A unit string MscDomain does not recognise.</summary>
    [JsonStringEnumMemberName("unrecognized")]
    Unrecognized,

    /// <summary>g/L.</summary>
    [JsonStringEnumMemberName("grams-per-liter")]
    GramsPerLiter,

    /// <summary>g/dL.</summary>
    [JsonStringEnumMemberName("grams-per-deciliter")]
    GramsPerDeciliter,

    /// <summary>mmol/L.</summary>
    [JsonStringEnumMemberName("millimoles-per-liter")]
    MillimolesPerLiter,

    /// <summary>mg/dL.</summary>
    [JsonStringEnumMemberName("milligrams-per-deciliter")]
    MilligramsPerDeciliter,

    /// <summary>µmol/L.</summary>
    [JsonStringEnumMemberName("micromoles-per-liter")]
    MicromolesPerLiter,

    /// <summary>Cell count ×10⁹/L (= 10³/µL = 10³/mm³).</summary>
    [JsonStringEnumMemberName("giga-per-liter")]
    GigaPerLiter,

    /// <summary>Cell count per µL (= /mm³ = cells/µL = 10³/mL), CTCAE's "/mm3" column.</summary>
    [JsonStringEnumMemberName("per-microliter")]
    PerMicroliter,

    /// <summary>mL/min (creatinine clearance).</summary>
    [JsonStringEnumMemberName("milliliters-per-minute")]
    MillilitersPerMinute,
}
