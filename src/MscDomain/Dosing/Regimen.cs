using System.Collections.Immutable;
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
/// </remarks>
/// <param name="Phases">The phases in order (at least one).</param>
/// <param name="CoMedications">Co-medications such as premedication (may be empty).</param>
/// <param name="Repetition">Optional further courses of the whole regimen, or null.</param>
public sealed record Regimen(ImmutableArray<RegimenPhase> Phases, ImmutableArray<CoMedication> CoMedications, RegimenRepetition? Repetition = null)
{
    /// <summary>The phases in order (at least one; only the first has no <see cref="RegimenPhase.StartAfterPrevious"/>).</summary>
    /// <exception cref="ArgumentException">No phases, or a start gap missing on a later phase / present on the first.</exception>
    public ImmutableArray<RegimenPhase> Phases { get; } = CheckPhases(Phases);

    /// <summary>Co-medications (may be empty).</summary>
    public ImmutableArray<CoMedication> CoMedications { get; } = Require.NotDefault(CoMedications, nameof(CoMedications));

    /// <summary>A regimen of one phase and no co-medication.</summary>
    /// <param name="schedule">The schedule.</param>
    /// <param name="components">What each visit gives.</param>
    /// <returns>The regimen.</returns>
    public static Regimen Of(Schedule schedule, params AdministrationComponent[] components) =>
        new([new RegimenPhase("treatment", [.. components], schedule)], []);

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
    /// </returns>
    /// <exception cref="InvalidOperationException">Components count different entities (e.g. cells and vesicle particles).</exception>
    public PlannedCellTotal? PlannedTotalFor(WeightKg weight, bool includeOptionalCourses = false)
    {
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
