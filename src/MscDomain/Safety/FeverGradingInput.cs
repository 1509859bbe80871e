namespace MscDomain.Safety;

/// <summary>The facts CTCAE v5.0 "Fever" is graded from: maximum temperature, its unit, and how long it stayed above 40.0 °C.</summary>
/// <param name="MaxTemperature">The maximum body temperature, in <paramref name="Unit"/>.</param>
/// <param name="Unit">The temperature unit.</param>
/// <param name="HoursAbove40C">Hours above 40.0 °C; <see langword="null"/> = unknown (decides G3 vs G4 only).</param>
/// <param name="Death">Death related to the fever (grade 5); never assumed.</param>
public sealed record FeverGradingInput(decimal MaxTemperature, FeverTemperatureUnit Unit = FeverTemperatureUnit.Celsius, decimal? HoursAbove40C = null, bool? Death = null);
