using System.Text.Json.Serialization;
using MscDomain.Common;

namespace MscDomain.Dosing;

/// <summary>A fixed dose per administration in 10^6 units, as a single value, a range, or "up to" a maximum.</summary>
/// <remarks>"Up to 10 × 10^6 cells per injection" (Harris 2018, recalled) has no <see cref="TargetMinimum"/> and
/// <see cref="TargetMaximum"/> = 10. A single value has both bounds equal.</remarks>
/// <param name="TargetMinimum">Lower bound, or null for "up to".</param>
/// <param name="TargetMaximum">Upper bound, or null when only achieved values are known.</param>
/// <param name="Entity">What is counted.</param>
/// <param name="Achieved">Achieved dose summary in 10^6 per administration, or null.</param>
/// <param name="Verbatim">The source's dose text.</param>
public sealed record FixedDose(
    CellCount? TargetMinimum,
    CellCount? TargetMaximum,
    CountedEntity Entity,
    DoseSummary? Achieved = null,
    string? Verbatim = null) : DoseSpecification(Verbatim)
{
    /// <summary>Upper bound (at least <see cref="TargetMinimum"/>), or null when only achieved values are known.</summary>
    /// <exception cref="ArgumentException">Upper below lower, a lower bound without upper, nothing known, or a volume entity.</exception>
    public CellCount? TargetMaximum { get; } = Check(TargetMinimum, TargetMaximum, Achieved, Entity);

    /// <summary>Whether the dose is "up to" <see cref="TargetMaximum"/> (no lower bound).</summary>
    [JsonIgnore]
    public bool IsUpTo => TargetMinimum is null && TargetMaximum is not null;

    /// <summary>A single fixed dose, e.g. 100 × 10^6 cells.</summary>
    /// <param name="millions">The dose in 10^6.</param>
    /// <param name="entity">What is counted.</param>
    /// <param name="verbatim">The source's dose text.</param>
    /// <returns>The dose.</returns>
    public static FixedDose Single(decimal millions, CountedEntity entity = CountedEntity.Cells, string? verbatim = null) =>
        new(new CellCount(millions), new CellCount(millions), entity, Verbatim: verbatim);

    /// <inheritdoc />
    /// <remarks>"Up to N" plans 0 to N; the weight is not used.</remarks>
    public override PlannedCellTotal? PlannedTotalFor(WeightKg weight) =>
        TargetMaximum is { } hi ? new PlannedCellTotal(TargetMinimum ?? new CellCount(0m), hi, Entity, false) : null;

    private static CellCount? Check(CellCount? lo, CellCount? hi, DoseSummary? achieved, CountedEntity entity)
    {
        Require.Defined(entity, nameof(Entity));
        if (entity == CountedEntity.ConditionedMediumVolume)
        {
            throw new ArgumentException("FixedDose.Entity cannot be conditioned-medium-volume; use VolumeDose for mL doses.", nameof(Entity));
        }

        if (lo is not null && hi is null)
        {
            throw new ArgumentException("FixedDose.TargetMinimum needs a TargetMaximum (equal to it for a single value).", nameof(TargetMaximum));
        }

        if (lo is { } l && hi is { } h && h < l)
        {
            throw new ArgumentOutOfRangeException(nameof(TargetMaximum), h.Millions, $"FixedDose.TargetMaximum must be >= TargetMinimum ({l}); {h} is not.");
        }

        if (hi is null && achieved is null)
        {
            throw new ArgumentException("FixedDose needs a target or an achieved summary; use NotReportedDose when neither is known.", nameof(Achieved));
        }

        return hi;
    }
}
