using System.Collections.Immutable;
using MscDomain.Common;

namespace MscDomain.Dosing;

/// <summary>
/// A run of identical administration visits: what is given at each visit (one or more components, e.g. IT + IV)
/// on a schedule. Consecutive phases express sequential products (cells, then conditioned medium) and dose escalation.
/// </summary>
/// <param name="Name">Label, e.g. "cells", "conditioned medium", "step 2".</param>
/// <param name="Components">What each visit gives (at least one).</param>
/// <param name="Schedule">When the visits happen.</param>
/// <param name="StartAfterPrevious">Gap from the last administration of the previous phase to the first of this one; null for the first phase (which starts at the regimen start).</param>
public sealed record RegimenPhase(string Name, ImmutableArray<AdministrationComponent> Components, Schedule Schedule, CalendarInterval? StartAfterPrevious = null)
{
    /// <summary>Label (non-blank).</summary>
    /// <exception cref="ArgumentException">Blank name or no components.</exception>
    public string Name { get; } = Require.NotBlank(Name, nameof(Name));

    /// <summary>What each visit gives (at least one component).</summary>
    public ImmutableArray<AdministrationComponent> Components { get; } = Require.NotEmpty(Components, nameof(Components));
}
