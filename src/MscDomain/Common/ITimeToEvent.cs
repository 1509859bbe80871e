namespace MscDomain.Common;

/// <summary>
/// One subject's time to a first event or to censoring, as a calculator reports it: the contract by which a result of one
/// calculator (for example a confirmed-disability analysis) becomes a row of a survival analysis without the two
/// calculator namespaces importing each other (see ARCHITECTURE.md).
/// </summary>
public interface ITimeToEvent
{
    /// <summary>Whether the calculation ran; false when input errors prevented it (then the times are meaningless).</summary>
    bool IsAnalysed { get; }

    /// <summary>Why the calculation did not run (the first input error), or null when <see cref="IsAnalysed"/> is true.</summary>
    string? NotAnalysedReason { get; }

    /// <summary>Whether no event was observed (the subject is censored at <see cref="TimeToFirstEventOrCensoringDays"/>).</summary>
    bool IsEventFree { get; }

    /// <summary>Days from the time origin to the first event, or to censoring when event-free.</summary>
    decimal TimeToFirstEventOrCensoringDays { get; }
}
