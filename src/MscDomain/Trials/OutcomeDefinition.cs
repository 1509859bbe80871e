using System.Text.Json.Serialization;
using System.Collections.Immutable;
using MscDomain.Dosing;
using MscDomain.Outcomes;
using MscDomain.Common;

namespace MscDomain.Trials;

/// <summary>
/// An outcome of a trial: measure, direction, threshold (single or banded by reference), speed vs time, confirmation,
/// time frame, and composite logic (any-of its components) (outcomes-and-mechanisms.md §1.4).
/// </summary>
/// <remarks>A composite (EDSS-Plus, treatment failure, NEDA-3) lists <see cref="ComponentOutcomeIds"/>; it is met when any
/// component is met. The registry text stays verbatim in <see cref="Description"/>.</remarks>
/// <param name="Id">Id unique within the document.</param>
/// <param name="Name">Name, e.g. "EDSS-Plus improvement".</param>
/// <param name="Role">Primary, secondary, exploratory or safety.</param>
/// <param name="Measure">Measure (use <see cref="OutcomeMeasure.Other"/> for composites and non-catalogue measures).</param>
/// <param name="Direction">Which change counts.</param>
/// <param name="ComponentOutcomeIds">Component outcome ids of a composite (any-of); empty otherwise.</param>
/// <param name="ThresholdBands">Reference-dependent thresholds (may be empty).</param>
/// <param name="ThresholdKind">How thresholds are expressed, or null when none.</param>
/// <param name="Threshold">Single threshold, or null.</param>
/// <param name="OnSpeed">Whether a timed test is analysed as speed (1/time) rather than time (Cohen 2023: 25% speed).</param>
/// <param name="Confirmation">Confirmation period, e.g. 12 weeks, or null.</param>
/// <param name="TimeFrame">Time frame, e.g. month 13, or null.</param>
/// <param name="Description">Verbatim definition, or null.</param>
/// <param name="Laterality">Side measured (hand, eye), or null.</param>
/// <param name="CompositeRule">How a composite combines its components, or null for any-of (the version 1 meaning).</param>
public sealed record OutcomeDefinition(
    string Id,
    string Name,
    OutcomeRole Role,
    OutcomeMeasure Measure,
    OutcomeDirection Direction,
    ImmutableArray<string> ComponentOutcomeIds,
    ImmutableArray<ThresholdBand> ThresholdBands,
    ThresholdKind? ThresholdKind = null,
    decimal? Threshold = null,
    bool OnSpeed = false,
    CalendarInterval? Confirmation = null,
    CalendarInterval? TimeFrame = null,
    string? Description = null,
    Laterality? Laterality = null,
    CompositeRule? CompositeRule = null)
{
    /// <summary>All assessment timepoints when the outcome has more than one ("at weeks 4, 12 and 24"); empty when none.</summary>
    public ImmutableArray<CalendarInterval> Timepoints { get; init => field = Require.NotDefault(value, nameof(Timepoints)); } = [];

    /// <summary>How a composite combines its components (only for composites), or null.</summary>
    public CompositeRule? CompositeRule { get; } = CompositeRule is not null && Require.NotDefault(ComponentOutcomeIds, nameof(ComponentOutcomeIds)).IsEmpty
        ? throw new ArgumentException($"OutcomeDefinition '{Id}' has a CompositeRule but no components.", nameof(CompositeRule))
        : CompositeRule;

    /// <summary>Id (non-blank).</summary>
    /// <exception cref="ArgumentException">Blank id or name, a threshold without a kind, or a composite listing itself.</exception>
    public string Id { get; } = Require.NotBlank(Id, nameof(Id));

    /// <summary>Name (non-blank).</summary>
    public string Name { get; } = Require.NotBlank(Name, nameof(Name));

    /// <summary>Component outcome ids (any-of).</summary>
    public ImmutableArray<string> ComponentOutcomeIds { get; } = Require.NotDefault(ComponentOutcomeIds, nameof(ComponentOutcomeIds)).Contains(Id)
        ? throw new ArgumentException($"OutcomeDefinition '{Id}' cannot be its own component.", nameof(ComponentOutcomeIds))
        : Require.NotDefault(ComponentOutcomeIds, nameof(ComponentOutcomeIds));

    /// <summary>Reference-dependent thresholds (may be empty).</summary>
    public ImmutableArray<ThresholdBand> ThresholdBands { get; } = Require.NotDefault(ThresholdBands, nameof(ThresholdBands));

    /// <summary>How thresholds are expressed; required when a threshold or band is given.</summary>
    public ThresholdKind? ThresholdKind { get; } = ThresholdKind is null && (Threshold is not null || ThresholdBands is { IsDefault: false, IsEmpty: false })
        ? throw new ArgumentException($"OutcomeDefinition '{Id}' has a threshold but no ThresholdKind.", nameof(ThresholdKind))
        : ThresholdKind;

    /// <summary>Whether this is a composite (any-of its components).</summary>
    [JsonIgnore]
    public bool IsComposite => !ComponentOutcomeIds.IsEmpty;
}
