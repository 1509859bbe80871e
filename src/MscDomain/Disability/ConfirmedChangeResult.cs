using MscDomain.Common;
using NodaTime;

namespace MscDomain.Disability;

/// <summary>The confirmed disability course of one participant: events, censoring and input report.</summary>
/// <remarks>An event-free participant is censored at <see cref="FollowUpDays"/> (msprog <c>include_stable</c> row:
/// <c>nevent = 0</c>, <c>time2event = total_fu</c>).</remarks>
public sealed record ConfirmedChangeResult : ITimeToEvent
{
    /// <summary>The reported events in onset order.</summary>
    public required IReadOnlyList<ConfirmedChangeEvent> Events { get; init; }

    /// <summary>Candidate changes that were not retained.</summary>
    public required IReadOnlyList<UnconfirmedChange> Unconfirmed { get; init; }

    /// <summary>Counts by kind and class.</summary>
    public required ConfirmedChangeCounts Counts { get; init; }

    /// <summary>First usable visit date (null if none).</summary>
    public LocalDate? FirstVisitDate { get; init; }

    /// <summary>Last usable visit date (null if none).</summary>
    public LocalDate? LastVisitDate { get; init; }

    /// <summary>Days from first to last usable visit (msprog <c>total_fu</c>); 0 with fewer than 2 visits.</summary>
    public required int FollowUpDays { get; init; }

    /// <summary>Number of usable visits analysed.</summary>
    public required int VisitsAnalysed { get; init; }

    /// <summary>Input problems and handled irregularities (missing values, same-day duplicates, invalid values).</summary>
    public required IReadOnlyList<DisabilityInputIssue> Issues { get; init; }

    /// <summary>Whether the analysis ran (false when an input error was found).</summary>
    public bool IsAnalysed => !Issues.Any(i => i.Severity == DataIssueSeverity.Error);

    /// <summary>Whether no event was reported (the participant is censored at <see cref="FollowUpDays"/>).</summary>
    public bool IsEventFree => Events.Count == 0;

    /// <summary>Time to the first reported event, or the censoring time (follow-up) when event-free.</summary>
    public int TimeToFirstEventOrCensoringDays => Events.Count > 0 ? Events[0].DaysFromFirstVisit : FollowUpDays;

    /// <inheritdoc/>
    string? ITimeToEvent.NotAnalysedReason =>
        IsAnalysed ? null : Issues.First(i => i.Severity == DataIssueSeverity.Error).ToString();

    /// <inheritdoc/>
    decimal ITimeToEvent.TimeToFirstEventOrCensoringDays => TimeToFirstEventOrCensoringDays;
}
