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
    /// <exception cref="ArgumentException">Some steps state their <see cref="CoMedicationStep.Order"/> and others do not, or the
    /// stated orders are not 1, 2, ... in list order.</exception>
    public ImmutableArray<CoMedicationStep> Steps { get; } = CheckOrder(Require.NotEmpty(Steps, nameof(Steps)));

    private static ImmutableArray<CoMedicationStep> CheckOrder(ImmutableArray<CoMedicationStep> steps)
    {
        var stated = steps.Count(s => s.Order is not null);
        if (stated == 0)
        {
            return steps;
        }

        if (stated != steps.Length)
        {
            throw new ArgumentException($"CoMedication.Steps: {stated} of {steps.Length} steps state their order; state it on every step or on none.", nameof(Steps));
        }

        for (var i = 0; i < steps.Length; i++)
        {
            if (steps[i].Order != i + 1)
            {
                throw new ArgumentException($"CoMedication.Steps[{i}].Order is {steps[i].Order}; steps are listed in order, so it must be {i + 1}.", nameof(Steps));
            }
        }

        return steps;
    }
}
