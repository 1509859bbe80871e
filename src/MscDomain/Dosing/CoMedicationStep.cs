using MscDomain.Common;

namespace MscDomain.Dosing;

/// <summary>One step of a co-medication regimen (e.g. a steroid pulse, then each taper step), with the source's units kept verbatim.</summary>
/// <param name="Dose">Dose amount as a number, or null when not reported.</param>
/// <param name="DoseUnitVerbatim">The unit exactly as printed (e.g. "mg/kg").</param>
/// <param name="Schedule">When the step is given.</param>
/// <param name="Route">Route.</param>
/// <param name="CorrectionNote">Why the verbatim unit is wrong, if it is (e.g. "mg/kg printed; mg meant").</param>
public sealed record CoMedicationStep(decimal? Dose, string DoseUnitVerbatim, Schedule Schedule, Route Route, string? CorrectionNote = null)
{
    /// <summary>Dose amount (at least 0), or null.</summary>
    /// <exception cref="ArgumentException">Negative dose or blank unit.</exception>
    public decimal? Dose { get; } = Require.NonNegative(Dose, nameof(Dose));

    /// <summary>The unit exactly as printed (non-blank).</summary>
    public string DoseUnitVerbatim { get; } = Require.NotBlank(DoseUnitVerbatim, nameof(DoseUnitVerbatim));
}
