using MscDomain.Dosing;

namespace MscDomain.Trials;

/// <summary>A window in which adverse events were collected (Cohen 2023: AEs 38 weeks from consent; TEAEs 28 weeks from first dose).</summary>
/// <param name="Anchor">What the window starts from.</param>
/// <param name="Length">How long it lasts.</param>
/// <param name="Description">What was collected, e.g. "treatment-emergent AEs", or null.</param>
public sealed record AeCollectionWindow(AeWindowAnchor Anchor, CalendarInterval Length, string? Description = null);
