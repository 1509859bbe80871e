using NodaTime;
using MscDomain.Common;

namespace MscDomain.Outcomes;

/// <summary>A value of a non-EDSS measure on a date (T25FW seconds, SDMT correct, Gd+ count, NfL pg/mL, ...).</summary>
/// <param name="Date">Date of the assessment.</param>
/// <param name="Measure">The measure (not EDSS: use <see cref="EdssObservation"/>).</param>
/// <param name="Value">The value, exact.</param>
/// <param name="Unit">Unit of the value (should match the catalogue unit).</param>
/// <param name="Laterality">Eye / hand / side, or null.</param>
/// <param name="Name">Name for <see cref="OutcomeMeasure.Other"/> or a variant (e.g. "Sloan 1.25%"), or null.</param>
public sealed record MeasureObservation(LocalDate Date, OutcomeMeasure Measure, decimal Value, string Unit, Laterality? Laterality = null, string? Name = null)
    : Observation(Date)
{
    /// <summary>The measure.</summary>
    /// <exception cref="ArgumentException">EDSS (use EdssObservation), undefined measure, blank unit, Other without a name, or a value outside the catalogue range.</exception>
    public override OutcomeMeasure Measure { get; } = Check(Measure, Value, Name);

    /// <summary>Unit of the value (non-blank).</summary>
    public string Unit { get; } = Require.NotBlank(Unit, nameof(Unit));

    private static OutcomeMeasure Check(OutcomeMeasure measure, decimal value, string? name)
    {
        Require.Defined(measure, nameof(Measure));
        if (measure == OutcomeMeasure.Edss)
        {
            throw new ArgumentException("MeasureObservation cannot hold EDSS; use EdssObservation.", nameof(Measure));
        }

        if (measure == OutcomeMeasure.Other && string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException("MeasureObservation of measure Other needs a Name.", nameof(Name));
        }

        var def = MeasureCatalogue.Get(measure);
        if ((def.Minimum is { } lo && value < lo) || (def.Maximum is { } hi && value > hi))
        {
            throw new ArgumentOutOfRangeException(nameof(Value), value,
                $"MeasureObservation.Value for {measure} must be within {def.Minimum?.ToString() ?? "-inf"}..{def.Maximum?.ToString() ?? "+inf"} ({def.Unit}); {Require.Fmt(value)} is not.");
        }

        return measure;
    }
}
