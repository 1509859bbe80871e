using NodaTime;

namespace MscDomain.Disability;

/// <summary>Time to a confirmed milestone for one participant (msprog <c>value_milestone</c> row).</summary>
/// <remarks>Reached: <see cref="Date"/> and <see cref="Value"/> of the first confirmed visit, <see cref="DaysFromFirstVisit"/>
/// its time from the first visit, <see cref="Observed"/> true. Not reached: the last visit's date, no value,
/// total follow-up, <see cref="Observed"/> false (censored).</remarks>
public sealed record MilestoneResult
{
    /// <summary>Date reached, or last follow-up date (null with no usable visit).</summary>
    public LocalDate? Date { get; init; }

    /// <summary>Value at the milestone visit (null when not reached).</summary>
    public decimal? Value { get; init; }

    /// <summary>Days from first visit to the milestone, or total follow-up when censored.</summary>
    public required int DaysFromFirstVisit { get; init; }

    /// <summary>Whether the milestone was reached and confirmed.</summary>
    public required bool Observed { get; init; }

    /// <summary>First confirmation visit (null when not reached or imputed).</summary>
    public VisitPoint? Confirmation { get; init; }

    /// <summary>Whether it was accepted by last-visit imputation.</summary>
    public bool IsImputed { get; init; }

    /// <summary>Input problems and handled irregularities.</summary>
    public required IReadOnlyList<DisabilityInputIssue> Issues { get; init; }
}
