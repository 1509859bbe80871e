using MscDomain.AdverseEvents;

namespace MscDomain.Safety;

/// <summary>Everything <see cref="AdverseEventClassifier"/> derives for one adverse event.</summary>
/// <param name="Event">The adverse event classified.</param>
/// <param name="Grade">The reported CTCAE grade with version (not re-graded); <see langword="null"/> when not graded.</param>
/// <param name="Seriousness">ICH E2A seriousness with criteria and issues.</param>
/// <param name="Causality">The single "suspected related" answer with both opinions.</param>
/// <param name="Expectedness">Expectedness against the RSI (or as recorded).</param>
/// <param name="Susar">SUSAR status, reasons and reporting clocks.</param>
/// <param name="Timing">Timing against the exposures; <see langword="null"/> when no exposures were given.</param>
/// <param name="SpecialInterest">Whether the event is an adverse event of special interest (<see cref="Safety.SpecialInterest"/>);
/// <see langword="null"/> only when constructed without it.</param>
public sealed record AdverseEventClassification(
    AdverseEvent Event,
    AdverseEventSeverity? Grade,
    SeriousnessResult Seriousness,
    RelatednessResult Causality,
    ExpectednessResult Expectedness,
    SusarResult Susar,
    AdverseEventTiming? Timing,
    SpecialInterestResult? SpecialInterest = null);
