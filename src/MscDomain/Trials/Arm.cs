using System.Collections.Immutable;
using MscDomain.Dosing;
using MscDomain.Common;

namespace MscDomain.Trials;

/// <summary>A trial arm: type, regimen (null for no intervention), procedures done to every participant, and counts.</summary>
/// <remarks>Route as a randomised factor (Petrou 2020) is expressed as separate arms (MSC-IT, MSC-IV, sham).</remarks>
/// <param name="Id">Id unique within the document.</param>
/// <param name="Label">Label, e.g. "MSC-IT".</param>
/// <param name="Type">Arm type (experimental, placebo, sham, ...).</param>
/// <param name="Regimen">The planned regimen, or null for no intervention.</param>
/// <param name="Procedures">Procedures in this arm (harvest, sham LP); may be empty.</param>
/// <param name="Counts">Participant counts, or null.</param>
/// <param name="Description">Description, or null.</param>
/// <param name="Baseline">Baseline characteristics of the arm, or null.</param>
/// <param name="Indication">The condition treated in this arm when arms differ (an MS + ALS trial), or null.</param>
public sealed record Arm(string Id, string Label, ArmType Type, Regimen? Regimen, ImmutableArray<TrialProcedure> Procedures, ArmCounts? Counts = null, string? Description = null,
    BaselineCharacteristics? Baseline = null, string? Indication = null)
{
    /// <summary>Id (non-blank).</summary>
    /// <exception cref="ArgumentException">Blank id or label, undefined type, or a no-intervention arm with a regimen.</exception>
    public string Id { get; } = Require.NotBlank(Id, nameof(Id));

    /// <summary>Label (non-blank).</summary>
    public string Label { get; } = Require.NotBlank(Label, nameof(Label));

    /// <summary>Arm type.</summary>
    public ArmType Type { get; } = Require.Defined(Type, nameof(Type)) == ArmType.NoIntervention && Regimen is not null
        ? throw new ArgumentException($"Arm '{Id}' is no-intervention and cannot have a regimen.", nameof(Regimen))
        : Type;

    /// <summary>Procedures in this arm.</summary>
    public ImmutableArray<TrialProcedure> Procedures { get; } = Require.NotDefault(Procedures, nameof(Procedures));

    /// <summary>The condition treated in this arm, or null.</summary>
    public string? Indication { get; } = Require.NullOrNotBlank(Indication, nameof(Indication));

    /// <summary>Drug regimens of a drug-only comparator arm (steroids, symptomatic therapy), each with its own steps; empty when none.</summary>
    public ImmutableArray<CoMedication> Drugs { get; init => field = Require.NotDefault(value, nameof(Drugs)); } = [];
}
