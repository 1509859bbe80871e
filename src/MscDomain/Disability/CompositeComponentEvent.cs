using System.Text.Json.Serialization;
using NodaTime;

namespace MscDomain.Disability;

/// <summary>
/// The per-component input of a disability composite: whether the component had a confirmed
/// event (from the confirmed-change engine) and on which date.
/// </summary>
/// <remarks>
/// <para>The composite does not confirm anything itself; each component's confirmation (EDSS delta,
/// ≥20% timed-test change, 12- or 24-week confirmation) is done per outcome upstream, as msprog does
/// (domain reference disability.md §19; Kappos et al., <i>JAMA Neurol</i> 2020).</para>
/// </remarks>
public sealed record CompositeComponentEvent
{
    /// <summary>Creates a component result.</summary>
    /// <param name="component">The component outcome.</param>
    /// <param name="confirmed">Whether a confirmed event occurred.</param>
    /// <param name="date">The event (onset) date; required when <paramref name="confirmed"/>, absent otherwise.</param>
    /// <param name="direction">Worsening or improvement.</param>
    /// <exception cref="ArgumentException">A confirmed event has no date, or an unconfirmed one has a date.</exception>
    [JsonConstructor]
    public CompositeComponentEvent(CompositeComponent component, bool confirmed, LocalDate? date, CompositeDirection direction = CompositeDirection.Worsening)
    {
        if (confirmed && date is null)
        {
            throw new ArgumentException($"A confirmed {component} event needs its date.", nameof(date));
        }

        if (!confirmed && date is not null)
        {
            throw new ArgumentException($"An unconfirmed {component} result must not carry a date (got {date}); pass null.", nameof(date));
        }

        Component = component;
        Confirmed = confirmed;
        Date = date;
        Direction = direction;
    }

    /// <summary>A confirmed event on <paramref name="date"/>.</summary>
    /// <param name="component">The component outcome.</param>
    /// <param name="date">The event (onset) date.</param>
    /// <param name="direction">Worsening or improvement.</param>
    /// <returns>The component result.</returns>
    public static CompositeComponentEvent ConfirmedOn(CompositeComponent component, LocalDate date, CompositeDirection direction = CompositeDirection.Worsening) =>
        new(component, true, date, direction);

    /// <summary>An assessed component without a confirmed event.</summary>
    /// <param name="component">The component outcome.</param>
    /// <param name="direction">Worsening or improvement.</param>
    /// <returns>The component result.</returns>
    public static CompositeComponentEvent NoEvent(CompositeComponent component, CompositeDirection direction = CompositeDirection.Worsening) =>
        new(component, false, null, direction);

    /// <summary>The component outcome.</summary>
    public CompositeComponent Component { get; }

    /// <summary>Whether a confirmed event occurred.</summary>
    public bool Confirmed { get; }

    /// <summary>The confirmed event's (onset) date, or <see langword="null"/> when none.</summary>
    public LocalDate? Date { get; }

    /// <summary>Whether this is a worsening or an improvement result.</summary>
    public CompositeDirection Direction { get; }
}
