using NodaTime;

namespace MscDomain.Disability;

/// <summary>The NEDA-3 / NEDA-4 result for one participant and period.</summary>
/// <param name="Variant">NEDA-3 or NEDA-4.</param>
/// <param name="Status"><see cref="CompositeStatus.Met"/> = NEDA (every component assessed without activity);
/// <see cref="CompositeStatus.NotMet"/> = evidence of disease activity in at least one component;
/// <see cref="CompositeStatus.Indeterminate"/> = no activity seen but a component was not assessed.</param>
/// <param name="PeriodStart">First day of the period.</param>
/// <param name="PeriodEnd">Last day of the period.</param>
/// <param name="Components">Each component with its status and the evidence that broke it.</param>
/// <param name="Options">The options used.</param>
public sealed record NedaResult(
    NedaVariant Variant,
    CompositeStatus Status,
    LocalDate PeriodStart,
    LocalDate PeriodEnd,
    IReadOnlyList<NedaComponentResult> Components,
    NedaOptions Options)
{
    /// <summary>Whether the participant had no evidence of disease activity.</summary>
    public bool IsNeda => Status == CompositeStatus.Met;

    /// <summary>Every observation that broke a component, in component order.</summary>
    public IReadOnlyList<NedaEvidence> Evidence => Components.SelectMany(c => c.Evidence).ToList();
}
