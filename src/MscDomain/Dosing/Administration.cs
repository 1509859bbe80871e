using System.Text.Json.Serialization;
using System.Collections.Immutable;
using MscDomain.Cells;
using NodaTime;
using MscDomain.Common;

namespace MscDomain.Dosing;

/// <summary>One administration visit of a participant: planned, given (fully or partly), not given, or allocated but never dosed.</summary>
/// <remarks>
/// Rules: <see cref="AdministrationStatus.Completed"/> and <see cref="AdministrationStatus.Partial"/> need at least one
/// component; <see cref="AdministrationStatus.NotGiven"/> and <see cref="AdministrationStatus.AllocatedNotDosed"/> need a
/// <see cref="Reason"/> and have no components; a failed release test may be linked (<see cref="FailedReleaseTest"/>).
/// </remarks>
/// <param name="Date">Date given or planned.</param>
/// <param name="Status">State of the administration.</param>
/// <param name="Components">What was given (one per product and route).</param>
/// <param name="Time">Start time, or null.</param>
/// <param name="WeightOnDay">Body weight on the day (used for per-kg doses), or null.</param>
/// <param name="PlannedNumber">Number of the planned administration this fulfils (1-based), or null.</param>
/// <param name="PeriodId">Crossover period id, or null.</param>
/// <param name="Reason">Why not given / partial, or null.</param>
/// <param name="FailedReleaseTest">Release test whose failure stopped dosing, or null.</param>
public sealed record Administration(
    LocalDate Date,
    AdministrationStatus Status,
    ImmutableArray<GivenComponent> Components,
    LocalTime? Time = null,
    WeightKg? WeightOnDay = null,
    int? PlannedNumber = null,
    string? PeriodId = null,
    string? Reason = null,
    ReleaseTestKind? FailedReleaseTest = null)
{
    /// <summary>What was given (empty when not given).</summary>
    /// <exception cref="ArgumentException">The components or reason contradict the status.</exception>
    public ImmutableArray<GivenComponent> Components { get; } = Check(Status, Components, Reason);

    /// <summary>Whether any product reached the participant.</summary>
    [JsonIgnore]
    public bool WasDosed => Status is AdministrationStatus.Completed or AdministrationStatus.Partial;

    private static ImmutableArray<GivenComponent> Check(AdministrationStatus status, ImmutableArray<GivenComponent> components, string? reason)
    {
        Require.Defined(status, nameof(Status));
        components = Require.NotDefault(components, nameof(Components));
        switch (status)
        {
            case AdministrationStatus.Completed or AdministrationStatus.Partial when components.IsEmpty:
                throw new ArgumentException($"Administration with status {status} needs at least one component.", nameof(Components));
            case AdministrationStatus.NotGiven or AdministrationStatus.AllocatedNotDosed when !components.IsEmpty:
                throw new ArgumentException($"Administration with status {status} must have no components (nothing was given).", nameof(Components));
            case AdministrationStatus.NotGiven or AdministrationStatus.AllocatedNotDosed when string.IsNullOrWhiteSpace(reason):
                throw new ArgumentException($"Administration with status {status} needs a Reason.", nameof(Reason));
        }

        return components;
    }
}
