using System.Collections.Immutable;
using System.Text.Json.Serialization;
using NodaTime;
using MscDomain.Common;

namespace MscDomain.Dosing;

/// <summary>
/// A planned treatment regimen: ordered phases (each a schedule of visits with one or more components), optional
/// further courses ("up to N, every 6–12 months") and co-medications. Expands into planned dates and computes
/// exact planned cell totals for a body weight.
/// </summary>
/// <remarks>
/// Cumulative dose is always derived (<see cref="PlannedTotalFor"/>), never stored (products-and-dosing.md §2).
/// The first phase starts at the regimen start; each later phase starts <see cref="RegimenPhase.StartAfterPrevious"/>
/// after the last administration of the phase before it.
/// <para>JSON (schema version 2): the general form is <c>"phases": [{ "name", "components": [...], "schedule" }]</c>. The common
/// case (one phase named <see cref="ShorthandPhaseName"/> giving one component, which is what <see cref="Of"/> builds) has
/// one shorter spelling: <c>"schedule"</c> and <c>"component"</c> directly on the regimen. It reads into the same model
/// (one phase, one component), writers use it whenever it applies, and a regimen giving both <c>"phases"</c> and the
/// shorthand, or only half of the shorthand, is rejected (docs/schema-versions.md).</para>
/// </remarks>
/// <param name="Phases">The phases in order (at least one).</param>
/// <param name="CoMedications">Co-medications such as premedication (may be empty).</param>
/// <param name="Repetition">Optional further courses of the whole regimen, or null.</param>
/// <param name="CourseDose">The dose the source states for one whole course, across all components and routes (e.g.
/// "1 × 10^6 cells/kg per course, given intrathecally and intravenously"), when it does not split it per component; or null.</param>
/// <param name="Escalation">A dose escalation the source states (even with the step doses unstated), or null.</param>
public sealed record Regimen(
    ImmutableArray<RegimenPhase> Phases,
    ImmutableArray<CoMedication> CoMedications,
    RegimenRepetition? Repetition = null,
    DoseSpecification? CourseDose = null,
    DoseEscalation? Escalation = null)
{
    /// <summary>The name of the single phase that <see cref="Of"/> builds and the JSON shorthand reads into: <c>"treatment"</c>.</summary>
    public const string ShorthandPhaseName = "treatment";

    /// <summary>The JSON constructor: the general form (<paramref name="phasesOnWire"/>) or the single-component shorthand
    /// (<paramref name="schedule"/> + <paramref name="component"/>), never both.</summary>
    [JsonConstructor]
    internal Regimen(
        ImmutableArray<CoMedication> coMedications,
        ImmutableArray<RegimenPhase>? phasesOnWire = null,
        RegimenRepetition? repetition = null,
        DoseSpecification? courseDose = null,
        DoseEscalation? escalation = null,
        Schedule? schedule = null,
        AdministrationComponent? component = null)
        : this(FromWire(phasesOnWire ?? [], schedule, component), coMedications, repetition, courseDose, escalation)
    {
    }


    /// <summary>The phases in order (at least one; only the first has no <see cref="RegimenPhase.StartAfterPrevious"/>).</summary>
    /// <remarks>On the wire as <c>"phases"</c>, or as the single-component shorthand when <see cref="IsSingleComponent"/>.</remarks>
    /// <exception cref="ArgumentException">No phases, or a start gap missing on a later phase / present on the first.</exception>
    [JsonIgnore]
    public ImmutableArray<RegimenPhase> Phases { get; } = CheckPhases(Phases);

    /// <summary>Wire-only: <c>"phases"</c>, left out when the shorthand is written (one way to write the common case,
    /// whatever options serialize the model).</summary>
    [JsonInclude]
    [JsonPropertyName("phases")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    internal ImmutableArray<RegimenPhase>? PhasesOnWire => IsSingleComponent ? null : Phases;

    /// <summary>Co-medications (may be empty).</summary>
    public ImmutableArray<CoMedication> CoMedications { get; } = Require.NotDefault(CoMedications, nameof(CoMedications));

    /// <summary>The dose stated for one whole course across all components and routes, or null (issue 10 class 20: "a dose
    /// stated per course across two simultaneous routes"; products-and-dosing.md §4 "combined routes in one course").</summary>
    /// <remarks>When present, every counted component's own dose must be <see cref="NotReportedDose"/> (the source does not
    /// split the course dose by route; a split stated as well would say the dose twice), and <see cref="PlannedTotalFor"/>
    /// uses it as the total of one course.</remarks>
    /// <exception cref="ArgumentException">A <see cref="NotReportedDose"/> course dose (leave it out instead), or a counted
    /// component that states its own dose beside it.</exception>
    public DoseSpecification? CourseDose { get; } = CheckCourseDose(CourseDose, Phases);

    /// <summary>Whether this regimen is the common case the JSON shorthand spells: one phase named
    /// <see cref="ShorthandPhaseName"/> giving one component.</summary>
    [JsonIgnore]
    public bool IsSingleComponent => Phases is [{ Name: ShorthandPhaseName, Components.Length: 1 }];

    /// <summary>Wire-only: the shorthand's schedule (written only when <see cref="IsSingleComponent"/>).</summary>
    [JsonInclude]
    [JsonPropertyName("schedule")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    internal Schedule? Schedule => IsSingleComponent ? Phases[0].Schedule : null;

    /// <summary>Wire-only: the shorthand's component (written only when <see cref="IsSingleComponent"/>).</summary>
    [JsonInclude]
    [JsonPropertyName("component")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    internal AdministrationComponent? Component => IsSingleComponent ? Phases[0].Components[0] : null;

    /// <summary>A regimen of one phase and no co-medication.</summary>
    /// <param name="schedule">The schedule.</param>
    /// <param name="components">What each visit gives.</param>
    /// <returns>The regimen.</returns>
    public static Regimen Of(Schedule schedule, params AdministrationComponent[] components) =>
        new([new RegimenPhase(ShorthandPhaseName, [.. components], schedule)], []);

    /// <summary>The planned administration dates when the first administration is on <paramref name="start"/>.</summary>
    /// <param name="start">Date of the first administration.</param>
    /// <returns>All planned administrations, numbered from 1, with their date windows; optional ones flagged.</returns>
    public ImmutableArray<PlannedAdministrationDate> ExpandPlannedDates(LocalDate start)
    {
        var result = ImmutableArray.CreateBuilder<PlannedAdministrationDate>();
        ExpandCourse(start, start, false, result);
        if (Repetition is { } rep)
        {
            var max = rep.IntervalMaximum ?? rep.IntervalMinimum;
            for (var c = 1; c <= rep.MaximumAdditionalCourses; c++)
            {
                ExpandCourse(rep.IntervalMinimum.AddTo(start, c), max.AddTo(start, c), true, result);
            }
        }

        return result.ToImmutable();
    }

    /// <summary>The exact planned total count over the whole regimen for a participant of <paramref name="weight"/>.</summary>
    /// <param name="weight">Body weight used for every administration.</param>
    /// <param name="includeOptionalCourses">Whether to add the "up to N" further courses to the maximum.</param>
    /// <returns>
    /// Minimum = Σ phase minimum count × lowest per-visit total; maximum = Σ phase maximum count × highest per-visit
    /// total (caps applied per administration). Volume doses (conditioned medium) are not counts and are skipped.
    /// Null when any counted component's dose is not reported or has no target.
    /// When <see cref="CourseDose"/> is stated, it is the total of one course (caps applied to the course), times the
    /// courses counted.
    /// </returns>
    /// <exception cref="InvalidOperationException">Components count different entities (e.g. cells and vesicle particles).</exception>
    public PlannedCellTotal? PlannedTotalFor(WeightKg weight, bool includeOptionalCourses = false)
    {
        if (CourseDose is { } course)
        {
            if (course.PlannedTotalFor(weight) is not { } c)
            {
                return null;
            }

            var courses = includeOptionalCourses && Repetition is { } r ? 1 + r.MaximumAdditionalCourses : 1;
            return new PlannedCellTotal(c.Minimum, new CellCount(c.Maximum.Millions * courses), c.Entity, c.CapApplied);
        }

        decimal min = 0m, max = 0m;
        var capped = false;
        CountedEntity? entity = null;
        foreach (var phase in Phases)
        {
            foreach (var component in phase.Components)
            {
                if (component.Dose is VolumeDose)
                {
                    continue;
                }

                if (component.Dose.PlannedTotalFor(weight) is not { } t)
                {
                    return null;
                }

                if (entity is { } e && e != t.Entity)
                {
                    throw new InvalidOperationException($"Cannot add {e} and {t.Entity}: the regimen counts different entities.");
                }

                entity = t.Entity;
                capped |= t.CapApplied;
                min += t.Minimum.Millions * phase.Schedule.MinimumCount;
                max += t.Maximum.Millions * phase.Schedule.MaximumCount;
            }
        }

        if (entity is null)
        {
            return null;
        }

        if (includeOptionalCourses && Repetition is { } rep)
        {
            max += max * rep.MaximumAdditionalCourses;
        }

        return new PlannedCellTotal(new CellCount(min), new CellCount(max), entity.Value, capped);
    }

    private void ExpandCourse(LocalDate earliestStart, LocalDate latestStart, bool optional, ImmutableArray<PlannedAdministrationDate>.Builder result)
    {
        for (var i = 0; i < Phases.Length; i++)
        {
            var phase = Phases[i];
            if (phase.StartAfterPrevious is { } gap)
            {
                earliestStart = gap.AddTo(earliestStart);
                latestStart = gap.AddTo(latestStart);
            }

            var early = phase.Schedule.Expand(earliestStart);
            var late = phase.Schedule.Expand(latestStart);
            for (var k = 0; k < early.Length; k++)
            {
                result.Add(new PlannedAdministrationDate(result.Count + 1, early[k].Earliest, late[k].Latest, optional || early[k].IsOptional, i));
            }

            earliestStart = early[phase.Schedule.MinimumCount - 1].Earliest;
            latestStart = late[^1].Latest;
        }
    }

    private static DoseSpecification? CheckCourseDose(DoseSpecification? courseDose, ImmutableArray<RegimenPhase> phases)
    {
        if (courseDose is null)
        {
            return null;
        }

        if (courseDose is NotReportedDose)
        {
            throw new ArgumentException("Regimen.CourseDose must state a dose; a course dose that is not reported is left out.", nameof(CourseDose));
        }

        foreach (var phase in phases.IsDefault ? [] : phases)
        {
            foreach (var component in phase.Components)
            {
                if (component.Dose is not NotReportedDose and not VolumeDose)
                {
                    throw new ArgumentException(
                        $"Regimen.CourseDose is stated, so the dose of component '{component.ProductId}' ({component.Route}) in phase '{phase.Name}' must be not-reported: the course dose is not split per route, and stating both says the dose twice.",
                        nameof(CourseDose));
                }
            }
        }

        return courseDose;
    }

    private static ImmutableArray<RegimenPhase> FromWire(ImmutableArray<RegimenPhase> phases, Schedule? schedule, AdministrationComponent? component)
    {
        var general = !phases.IsDefaultOrEmpty;
        if (schedule is null && component is null)
        {
            return general
                ? phases
                : throw new ArgumentException("Regimen needs 'phases' (the general form) or 'schedule' + 'component' (the single-component shorthand); it has neither.", nameof(Phases));
        }

        if (general)
        {
            throw new ArgumentException("Regimen gives both 'phases' and the single-component shorthand ('schedule'/'component'); write one form: the shorthand for one phase with one component, 'phases' otherwise.", nameof(Phases));
        }

        if (schedule is null || component is null)
        {
            throw new ArgumentException($"Regimen's single-component shorthand needs both 'schedule' and 'component'; '{(schedule is null ? "schedule" : "component")}' is missing.", schedule is null ? "schedule" : "component");
        }

        return [new RegimenPhase(ShorthandPhaseName, [component], schedule)];
    }

    private static ImmutableArray<RegimenPhase> CheckPhases(ImmutableArray<RegimenPhase> phases)
    {
        phases = Require.NotEmpty(phases, nameof(Phases));
        if (phases[0].StartAfterPrevious is not null)
        {
            throw new ArgumentException("Regimen.Phases[0].StartAfterPrevious must be null: the first phase starts at the regimen start.", nameof(Phases));
        }

        for (var i = 1; i < phases.Length; i++)
        {
            if (phases[i].StartAfterPrevious is null)
            {
                throw new ArgumentException($"Regimen.Phases[{i}].StartAfterPrevious is required: later phases start a stated interval after the previous phase.", nameof(Phases));
            }
        }

        return phases;
    }
}
