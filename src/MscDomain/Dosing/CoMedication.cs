using System.Collections.Immutable;
using MscDomain.Common;

namespace MscDomain.Dosing;

/// <summary>A co-medication with its own regimen (e.g. methylprednisolone premedication before each infusion).</summary>
/// <param name="Name">Drug name.</param>
/// <param name="Role">Premedication, concomitant or background therapy.</param>
/// <param name="Steps">The regimen steps in order (pulse, then taper); at least one.</param>
/// <param name="Timing">Timing relative to the product, e.g. "30 min before infusion", or null.</param>
public sealed record CoMedication(string Name, CoMedicationRole Role, ImmutableArray<CoMedicationStep> Steps, string? Timing = null)
{
    /// <summary>Drug name (non-blank).</summary>
    /// <exception cref="ArgumentException">Blank name or no steps.</exception>
    public string Name { get; } = Require.NotBlank(Name, nameof(Name));

    /// <summary>The regimen steps in order (at least one).</summary>
    public ImmutableArray<CoMedicationStep> Steps { get; } = Require.NotEmpty(Steps, nameof(Steps));
}
