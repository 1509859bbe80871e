using System.Text.Json.Serialization;
using MscDomain.Serialization;

namespace MscDomain.Safety;

/// <summary>
/// A unit in which CTCAE prints lab thresholds. Values are graded in the unit they were given, against
/// the thresholds CTCAE prints for that unit (safety.md §4); MscDomain never converts a lab value first.
/// </summary>
[JsonConverter(typeof(KebabCaseEnumConverter<LabUnit>))]
public enum LabUnit
{
    /// <summary>No unit supplied (<c>default</c>). Terms whose criteria use only ×ULN, ×LLN or ×baseline need none.</summary>
    Unspecified = 0,

    /// <summary>A unit string MscDomain does not recognise.</summary>
    Unrecognized,

    /// <summary>g/L.</summary>
    GramsPerLiter,

    /// <summary>g/dL.</summary>
    GramsPerDeciliter,

    /// <summary>mmol/L.</summary>
    MillimolesPerLiter,

    /// <summary>mg/dL.</summary>
    MilligramsPerDeciliter,

    /// <summary>µmol/L.</summary>
    MicromolesPerLiter,

    /// <summary>Cell count ×10⁹/L (= 10³/µL = 10³/mm³).</summary>
    GigaPerLiter,

    /// <summary>Cell count per µL (= /mm³ = cells/µL = 10³/mL), CTCAE's "/mm3" column.</summary>
    PerMicroliter,

    /// <summary>mL/min (creatinine clearance).</summary>
    MillilitersPerMinute,
}
