using System.Text.Json.Serialization;

namespace MscDomain.Dosing;

/// <summary>The stage a co-medication step is within its regimen: the pulse, a taper step, a maintenance dose or a single dose
/// (products-and-dosing.md §4.2: "pulse, then taper: weight-based phase then fixed-dose taper").</summary>
/// <remarks>The order of the steps is the order of <see cref="CoMedication.Steps"/>; each step's
/// <see cref="CoMedicationStep.Order"/> states it explicitly (1-based) so a reordered list is caught.</remarks>
public enum CoMedicationStage
{
    /// <summary>A single dose (e.g. an antihistamine before an infusion).</summary>
    [JsonStringEnumMemberName("single")]
    Single,

    /// <summary>A high-dose pulse (e.g. methylprednisolone 1 g/day × 3 days).</summary>
    [JsonStringEnumMemberName("pulse")]
    Pulse,

    /// <summary>One step of a decreasing taper (e.g. oral prednisone 60 mg, then 40 mg, ...).</summary>
    [JsonStringEnumMemberName("taper")]
    Taper,

    /// <summary>A steady maintenance dose.</summary>
    [JsonStringEnumMemberName("maintenance")]
    Maintenance,
}
