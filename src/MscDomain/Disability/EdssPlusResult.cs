using NodaTime;

namespace MscDomain.Disability;

/// <summary>The EDSS-Plus composite for one participant: whether any component had a confirmed event,
/// which fired first, and what was missing.</summary>
/// <param name="Status"><see cref="CompositeStatus.Met"/> when any component had a confirmed event;
/// <see cref="CompositeStatus.NotMet"/> when EDSS, T25FW and 9HPT (both hands or either-hand) were all
/// assessed without one; otherwise <see cref="CompositeStatus.Indeterminate"/>.</param>
/// <param name="Direction">Worsening or improvement.</param>
/// <param name="FirstDate">The earliest confirmed event date, or <see langword="null"/>.</param>
/// <param name="FirstComponents">The component(s) whose event is on <paramref name="FirstDate"/> (several on a tie), in enum order.</param>
/// <param name="ConfirmedComponents">Every component with a confirmed event, earliest first.</param>
/// <param name="MissingComponents">Required components with no result (9HPT listed per hand when neither hand nor either-hand was given).</param>
/// <param name="Components">The component results as given.</param>
public sealed record EdssPlusResult(
    CompositeStatus Status,
    CompositeDirection Direction,
    LocalDate? FirstDate,
    IReadOnlyList<CompositeComponent> FirstComponents,
    IReadOnlyList<CompositeComponentEvent> ConfirmedComponents,
    IReadOnlyList<CompositeComponent> MissingComponents,
    IReadOnlyList<CompositeComponentEvent> Components)
{
    /// <summary>The component that fired first (the first in enum order on a tie), or <see langword="null"/>.</summary>
    public CompositeComponent? FirstComponent => FirstComponents.Count > 0 ? FirstComponents[0] : null;
}
