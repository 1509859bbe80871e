using System.Text.Json.Serialization;
using MscDomain.Common;

namespace MscDomain.Trials;

/// <summary>A procedure done to every participant of an arm (harvest in placebo arms of autologous trials, sham lumbar puncture).</summary>
/// <param name="Kind">The procedure.</param>
/// <param name="Description">Details, e.g. "80–100 mL iliac-crest aspirate under brief general anaesthesia", or null.</param>
public sealed record TrialProcedure(ProcedureKind Kind, string? Description = null)
{
    /// <summary>The procedure.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Undefined kind.</exception>
    public ProcedureKind Kind { get; } = Require.Defined(Kind, nameof(Kind));

    /// <summary>Whether the procedure is a sham.</summary>
    [JsonIgnore]
    public bool IsSham => Kind is ProcedureKind.ShamLumbarPuncture or ProcedureKind.ShamInjection;
}
