using System.Collections.Immutable;

namespace MscDomain.Outcomes;

/// <summary>A catalogue entry: a measure with its unit, direction, range and standard thresholds (outcomes-and-mechanisms.md §1).</summary>
/// <param name="Measure">The measure.</param>
/// <param name="Name">Display name.</param>
/// <param name="Unit">UCUM-style unit ("s", "pg/mL", "{score}", "{count}", "%/a").</param>
/// <param name="HigherIsWorse">True when higher values are worse, false when lower are worse, null when context-dependent.</param>
/// <param name="Minimum">Lowest possible value, or null.</param>
/// <param name="Maximum">Highest possible value, or null.</param>
/// <param name="Thresholds">Standard thresholds with sources.</param>
public sealed record MeasureDefinition(
    OutcomeMeasure Measure,
    string Name,
    string Unit,
    bool? HigherIsWorse,
    decimal? Minimum,
    decimal? Maximum,
    ImmutableArray<MeasureThreshold> Thresholds);
