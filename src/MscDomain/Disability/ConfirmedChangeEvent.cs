namespace MscDomain.Disability;

/// <summary>One confirmed disability event of one participant, with every visit that defined it.</summary>
/// <remarks>Fields mirror msprog's <c>results</c> table (Montobbio et al. 2024): onset (<c>date</c>,
/// <c>value</c>), reference (<c>bl_date</c>, <c>bl_value</c>), <c>last_delta</c>, per-period confirmation and
/// PIRA confirmation visits, <c>time2event</c>, <c>bl2event</c>, <c>sust_days</c>, <c>sust_last</c>. Days are
/// whole calendar days.</remarks>
public sealed record ConfirmedChangeEvent
{
    /// <summary>Event number for the participant, 1, 2, … in onset order (msprog <c>nevent</c>).</summary>
    public required int Number { get; init; }

    /// <summary>Worsening (CDW) or improvement (CDI).</summary>
    public required ChangeKind Kind { get; init; }

    /// <summary>RAW / PIRA / undefined class of a worsening (always computed; <see cref="WorseningClass.None"/> for a CDI).</summary>
    public required WorseningClass Class { get; init; }

    /// <summary>The onset visit (first visit of the confirmed change).</summary>
    public required VisitPoint Onset { get; init; }

    /// <summary>The reference (baseline) in force at onset.</summary>
    public required VisitPoint Baseline { get; init; }

    /// <summary>The visit immediately before the onset (the last pre-event visit).</summary>
    public required VisitPoint PrecedingVisit { get; init; }

    /// <summary>The latest pre-onset visit from which the onset is a clinically meaningful change that also holds up to confirmation (msprog <c>last_delta</c>).</summary>
    public required VisitPoint LastDelta { get; init; }

    /// <summary>First confirmation visit per period, in the order of <see cref="ConfirmedChangeOptions.ConfirmationDays"/>.</summary>
    public required IReadOnlyList<ConfirmationVisit> Confirmations { get; init; }

    /// <summary>Days from the participant's first visit to onset (msprog <c>time2event</c>).</summary>
    public required int DaysFromFirstVisit { get; init; }

    /// <summary>Days from the reference visit to onset (msprog <c>bl2event</c>).</summary>
    public required int DaysFromBaseline { get; init; }

    /// <summary>Days from onset to the last visit of the unbroken run starting at the first confirmation visit (msprog <c>sust_days</c>).</summary>
    public required int SustainedDays { get; init; }

    /// <summary>Whether that run reaches the last visit (msprog <c>sust_last</c>).</summary>
    public required bool SustainedToLastVisit { get; init; }

    /// <summary>Whether the event is a last-visit worsening accepted by imputation (no confirmation visit).</summary>
    public bool IsImputed { get; init; }

    /// <summary>The days of the period of the first confirmation visit (null for an imputed event).</summary>
    public int? FirstConfirmationPeriodDays =>
        Confirmations.FirstOrDefault(c => c.Visit is not null)?.PeriodDays;

    /// <summary>msprog's combined label: CDI, PIRA, RAW or CDW (undefined or unclassified), as used in <c>event_sequence</c>.</summary>
    /// <param name="classified">Whether RAW/PIRA classification is shown.</param>
    /// <returns>The label.</returns>
    public string Label(bool classified) => Kind == ChangeKind.Cdi
        ? "CDI"
        : !classified ? "CDW" : Class switch { WorseningClass.Pira => "PIRA", WorseningClass.Raw => "RAW", _ => "CDW" };
}
