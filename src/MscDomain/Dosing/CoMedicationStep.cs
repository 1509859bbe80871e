using MscDomain.Common;

namespace MscDomain.Dosing;

/// <summary>One step of a co-medication regimen (e.g. a steroid pulse, then each taper step), with the source's units kept verbatim.</summary>
/// <param name="Dose">Dose amount as a number, or null when not reported.</param>
/// <param name="DoseUnitVerbatim">The unit exactly as printed (e.g. "mg/kg").</param>
/// <param name="Schedule">When the step is given.</param>
/// <param name="Route">Route.</param>
/// <param name="CorrectionNote">Why the verbatim unit is wrong, if it is (e.g. "mg/kg printed; mg meant").</param>
/// <param name="Stage">What the step is (pulse, taper step, maintenance, single dose), or null when not stated.</param>
/// <param name="Unit">The normalised unit of <paramref name="Dose"/> (after any correction), or null when it cannot be normalised.</param>
/// <param name="Order">The step's 1-based position in its co-medication regimen (a taper's order), or null; when any step of a
/// <see cref="CoMedication"/> states it, every step must, numbered 1, 2, ... in list order.</param>
/// <remarks>Source: products-and-dosing.md §2 (verbatim unit with a correction note beside the normalised value) and §4.2
/// (pulse, then taper); issue 10 class 20 ("a co-medication taper, its order, and a normalised unit").</remarks>
public sealed record CoMedicationStep(
    decimal? Dose,
    string DoseUnitVerbatim,
    Schedule Schedule,
    Route Route,
    string? CorrectionNote = null,
    CoMedicationStage? Stage = null,
    CoMedicationUnit? Unit = null,
    int? Order = null)
{
    /// <summary>Dose amount (at least 0), or null.</summary>
    /// <exception cref="ArgumentException">Negative dose or blank unit.</exception>
    public decimal? Dose { get; } = Require.NonNegative(Dose, nameof(Dose));

    /// <summary>The unit exactly as printed (non-blank).</summary>
    public string DoseUnitVerbatim { get; } = Require.NotBlank(DoseUnitVerbatim, nameof(DoseUnitVerbatim));

    /// <summary>What the step is, or null.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An undefined stage or unit, or an order below 1.</exception>
    public CoMedicationStage? Stage { get; } = Stage is { } k ? Require.Defined(k, nameof(Stage)) : null;

    /// <summary>The normalised unit, or null.</summary>
    public CoMedicationUnit? Unit { get; } = Unit is { } u ? Require.Defined(u, nameof(Unit)) : null;

    /// <summary>The 1-based position in the regimen, or null.</summary>
    public int? Order { get; } = Order is { } o ? Require.Positive(o, nameof(Order)) : null;
}
