using System.Text.Json.Serialization;
using System.Collections.Immutable;
using MscDomain.Dosing;
using MscDomain.Outcomes;
using MscDomain.Serialization;
using NodaTime;
using MscDomain.Common;
using MscDomain.AdverseEvents;

namespace MscDomain.Trials;

/// <summary>
/// A versioned top-level document holding one participant's course through a trial: baseline, administrations,
/// assessments (observations), relapses, laboratory measurements and adverse events.
/// </summary>
/// <remarks>
/// <para>Rules enforced by the constructor: no dated entry lies definitely before birth (before the earliest day the
/// partial birth date denotes); no dose is given (completed or partial administration) before enrolment. Observations,
/// relapses, labs and adverse events may precede enrolment (screening, history, pre-treatment trajectories as in Connick 2012).</para>
/// <para>Lists keep the order given; <see cref="Sorted"/> returns a copy ordered by date (stable), and
/// <see cref="IsSorted"/> tells whether that is needed.</para>
/// </remarks>
/// <param name="SchemaVersion">Document format version.</param>
/// <param name="ParticipantId">Participant id.</param>
/// <param name="Baseline">Baseline facts.</param>
/// <param name="Administrations">Administrations (planned, given, not given).</param>
/// <param name="Observations">Assessments.</param>
/// <param name="Relapses">Relapses.</param>
/// <param name="LabMeasurements">Laboratory measurements.</param>
/// <param name="AdverseEvents">Adverse events (MscDomain.AdverseEvents; classify them with the MscDomain.Safety classifiers).</param>
/// <param name="TrialId">Trial id, or null.</param>
/// <param name="ArmId">Allocated arm, or null.</param>
/// <param name="SequenceId">Allocated sequence in a multi-period design, or null.</param>
public sealed record ParticipantTimeline(
    int SchemaVersion,
    string ParticipantId,
    ParticipantBaseline Baseline,
    ImmutableArray<Administration> Administrations,
    ImmutableArray<Observation> Observations,
    ImmutableArray<Relapse> Relapses,
    ImmutableArray<LabMeasurement> LabMeasurements,
    ImmutableArray<AdverseEvent> AdverseEvents,
    string? TrialId = null,
    string? ArmId = null,
    string? SequenceId = null) : IVersionedDocument
{
    /// <summary>Document format version.</summary>
    /// <exception cref="ArgumentException">Unsupported version, blank id, an entry before birth, or a dose before enrolment.</exception>
    public int SchemaVersion { get; } = MscDomainSchemaVersion.Check(SchemaVersion, nameof(ParticipantTimeline));

    /// <summary>Participant id (non-blank).</summary>
    public string ParticipantId { get; } = Require.NotBlank(ParticipantId, nameof(ParticipantId));

    /// <summary>Administrations.</summary>
    public ImmutableArray<Administration> Administrations { get; } = CheckAdministrations(Baseline, Administrations);

    /// <summary>Assessments.</summary>
    public ImmutableArray<Observation> Observations { get; } = CheckDates(Baseline, Observations, o => o.Date, nameof(Observations));

    /// <summary>Relapses.</summary>
    public ImmutableArray<Relapse> Relapses { get; } = CheckDates(Baseline, Relapses, r => r.Onset, nameof(Relapses));

    /// <summary>Laboratory measurements.</summary>
    public ImmutableArray<LabMeasurement> LabMeasurements { get; } = CheckDates(Baseline, LabMeasurements, l => l.Date, nameof(LabMeasurements));

    /// <summary>Adverse events; an onset (full or the latest day of a partial onset) must not lie before birth.</summary>
    public ImmutableArray<AdverseEvent> AdverseEvents { get; } = CheckDates(Baseline, AdverseEvents, LatestOnset, nameof(AdverseEvents));

    /// <summary>Date of the first completed or partial administration, or null when never dosed.</summary>
    [JsonIgnore]
    public LocalDate? FirstDoseDate => Administrations.Where(a => a.WasDosed).Select(a => (LocalDate?)a.Date).Min();

    /// <summary>Whether every list is in non-decreasing date order.</summary>
    [JsonIgnore]
    public bool IsSorted =>
        IsOrdered(Administrations, a => a.Date) && IsOrdered(Observations, o => o.Date) && IsOrdered(Relapses, r => r.Onset) && IsOrdered(LabMeasurements, l => l.Date)
        && IsOrdered(AdverseEvents, EarliestOnset);

    /// <summary>A new timeline at the current schema version with empty lists.</summary>
    /// <param name="participantId">Participant id.</param>
    /// <param name="baseline">Baseline.</param>
    /// <returns>The timeline.</returns>
    public static ParticipantTimeline Create(string participantId, ParticipantBaseline baseline) =>
        new(MscDomainSchemaVersion.Current, participantId, baseline, [], [], [], [], []);

    /// <summary>A copy with every list ordered by date (stable: same-day entries keep their order).</summary>
    /// <returns>The sorted timeline.</returns>
    public ParticipantTimeline Sorted() => new(
        SchemaVersion, ParticipantId, Baseline,
        [.. Administrations.OrderBy(a => a.Date)],
        [.. Observations.OrderBy(o => o.Date)],
        [.. Relapses.OrderBy(r => r.Onset)],
        [.. LabMeasurements.OrderBy(l => l.Date)],
        [.. AdverseEvents.OrderBy(EarliestOnset)],
        TrialId, ArmId, SequenceId);

    /// <summary>The AE's onset, or the first day of its partial onset; undated AEs sort last.</summary>
    private static LocalDate EarliestOnset(AdverseEvent ae) => ae.OnsetDate ?? ae.PartialOnset?.Earliest ?? LocalDate.MaxIsoValue;

    /// <summary>The AE's onset, or the last day of its partial onset; undated AEs are never before birth.</summary>
    private static LocalDate LatestOnset(AdverseEvent ae) => ae.OnsetDate ?? ae.PartialOnset?.Latest ?? LocalDate.MaxIsoValue;

    private static bool IsOrdered<T>(ImmutableArray<T> items, Func<T, LocalDate> date)
    {
        for (var i = 1; i < items.Length; i++)
        {
            if (date(items[i]) < date(items[i - 1]))
            {
                return false;
            }
        }

        return true;
    }

    private static ImmutableArray<T> CheckDates<T>(ParticipantBaseline baseline, ImmutableArray<T> items, Func<T, LocalDate> date, string name)
    {
        ArgumentNullException.ThrowIfNull(baseline, nameof(Baseline));
        items = Require.NotDefault(items, name);
        for (var i = 0; i < items.Length; i++)
        {
            if (date(items[i]) < baseline.BirthDate.Earliest)
            {
                throw new ArgumentOutOfRangeException(name, date(items[i]).ToString(), $"ParticipantTimeline.{name}[{i}] is dated {date(items[i])}, before birth ({baseline.BirthDate}).");
            }
        }

        return items;
    }

    private static ImmutableArray<Administration> CheckAdministrations(ParticipantBaseline baseline, ImmutableArray<Administration> items)
    {
        CheckDates(baseline, items, a => a.Date, nameof(Administrations));
        for (var i = 0; i < items.Length; i++)
        {
            if (items[i].WasDosed && items[i].Date < baseline.EnrolmentDate)
            {
                throw new ArgumentOutOfRangeException(nameof(Administrations), items[i].Date.ToString(),
                    $"ParticipantTimeline.Administrations[{i}] gives a dose on {items[i].Date}, before enrolment ({baseline.EnrolmentDate}).");
            }
        }

        return items;
    }
}
