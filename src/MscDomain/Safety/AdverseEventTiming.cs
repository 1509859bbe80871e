namespace MscDomain.Safety;

/// <summary>The timing of an adverse event relative to the exposures: study day, most recent exposure, elapsed time, treatment emergence
/// and the MSC risk windows.</summary>
/// <param name="StudyDay">The CDISC study day of the onset (no day 0); <see langword="null"/> without a full onset date or a first dose.</param>
/// <param name="MostRecentExposureNumber">The 1-based number (date order) of the latest exposure on or before the onset (at or before
/// the onset instant when a time is known); <see langword="null"/> when none.</param>
/// <param name="MostRecentExposure">That exposure; <see langword="null"/> when none.</param>
/// <param name="DaysSinceMostRecentExposure">Onset date − exposure date in calendar days (same day = 0; not the study-day convention).</param>
/// <param name="HoursSinceMostRecentExposure">Elapsed hours from the exposure start to the onset time; <see langword="null"/> (not 0) for a date-only onset.</param>
/// <param name="TreatmentEmergence">Treatment emergence with the rule that fired.</param>
/// <param name="RiskWindows">Every MSC risk window's membership, in <see cref="MscRiskCategory"/> order.</param>
public sealed record AdverseEventTiming(
    int? StudyDay,
    int? MostRecentExposureNumber,
    Exposure? MostRecentExposure,
    int? DaysSinceMostRecentExposure,
    decimal? HoursSinceMostRecentExposure,
    TreatmentEmergenceResult TreatmentEmergence,
    IReadOnlyList<RiskWindowResult> RiskWindows);
