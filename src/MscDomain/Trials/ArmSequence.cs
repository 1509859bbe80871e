using System.Collections.Immutable;
using MscDomain.Common;

namespace MscDomain.Trials;

/// <summary>One allocation sequence of a multi-period design: the arm given in each period, in period order.</summary>
/// <remarks>Re-randomisation at crossover yields one sequence per path (Petrou 2020: 3 arms × 2 = 6 sequences of 8,
/// e.g. "1B" = MSC-IT then placebo).</remarks>
/// <param name="Id">Id unique within the design.</param>
/// <param name="Label">Label, e.g. "1B".</param>
/// <param name="ArmIds">Arm id per period, in period order.</param>
/// <param name="Participants">Participants in the sequence, or null.</param>
public sealed record ArmSequence(string Id, string Label, ImmutableArray<string> ArmIds, int? Participants = null)
{
    /// <summary>Id (non-blank).</summary>
    /// <exception cref="ArgumentException">Blank id or label, no arms, or a negative count.</exception>
    public string Id { get; } = Require.NotBlank(Id, nameof(Id));

    /// <summary>Label (non-blank).</summary>
    public string Label { get; } = Require.NotBlank(Label, nameof(Label));

    /// <summary>Arm id per period (at least one).</summary>
    public ImmutableArray<string> ArmIds { get; } = Require.NotEmpty(ArmIds, nameof(ArmIds));

    /// <summary>Participants (at least 0), or null.</summary>
    public int? Participants { get; } = Require.NonNegative(Participants, nameof(Participants));
}
