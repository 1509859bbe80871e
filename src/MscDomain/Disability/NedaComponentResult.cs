namespace MscDomain.Disability;

/// <summary>The result of one NEDA component.</summary>
/// <param name="Component">The component.</param>
/// <param name="Status">No activity, activity, or indeterminate.</param>
/// <param name="Evidence">Every observation that broke the component (empty unless <see cref="NedaComponentStatus.Activity"/>).</param>
/// <param name="Reason">Why the component is indeterminate, or <see langword="null"/>.</param>
public sealed record NedaComponentResult(NedaComponent Component, NedaComponentStatus Status, IReadOnlyList<NedaEvidence> Evidence, string? Reason);
