using MscDomain.Common;

namespace MscDomain.Dosing;

/// <summary>A weight-based dose: a target (single value or range) in 10^6 per kg, an optional absolute cap and the achieved dose.</summary>
/// <remarks>
/// Total = per-kg × body weight at the dosing visit, <i>then</i> capped (products-and-dosing.md §2).
/// A single target (1 × 10^6/kg, Petrou 2020) has <see cref="TargetMinimum"/> = <see cref="TargetMaximum"/>; a range
/// (1–2 × 10^6/kg, Llufriu 2014) has both bounds; a report giving only the achieved mean (Connick 2012) has no target
/// and an <see cref="Achieved"/> summary.
/// </remarks>
/// <param name="TargetMinimum">Lower bound of the protocol target, or null when only achieved values are known.</param>
/// <param name="TargetMaximum">Upper bound of the protocol target (equal to the lower for a single value), or null.</param>
/// <param name="Entity">What is counted (cells, viable cells, ...).</param>
/// <param name="Cap">Absolute maximum per administration, or null.</param>
/// <param name="Achieved">Achieved dose summary in 10^6 per kg, or null.</param>
/// <param name="Verbatim">The source's dose text.</param>
public sealed record PerKgDose(
    CellsPerKg? TargetMinimum,
    CellsPerKg? TargetMaximum,
    CountedEntity Entity,
    CellCount? Cap = null,
    DoseSummary? Achieved = null,
    string? Verbatim = null) : DoseSpecification(Verbatim)
{
    /// <summary>Upper bound of the protocol target (at least <see cref="TargetMinimum"/>), or null.</summary>
    /// <exception cref="ArgumentException">Only one bound given, upper below lower, no target and no achieved summary, or a volume entity.</exception>
    public CellsPerKg? TargetMaximum { get; } = Check(TargetMinimum, TargetMaximum, Achieved, Entity);

    /// <summary>A single per-kg target, e.g. 1 × 10^6 cells/kg.</summary>
    /// <param name="millionsPerKg">The target in 10^6 per kg.</param>
    /// <param name="entity">What is counted.</param>
    /// <param name="verbatim">The source's dose text.</param>
    /// <returns>The dose.</returns>
    public static PerKgDose Single(decimal millionsPerKg, CountedEntity entity = CountedEntity.Cells, string? verbatim = null) =>
        new(new CellsPerKg(millionsPerKg), new CellsPerKg(millionsPerKg), entity, Verbatim: verbatim);

    /// <summary>A per-kg target range, e.g. 1–2 × 10^6 cells/kg.</summary>
    /// <param name="minimumMillionsPerKg">Lower bound in 10^6 per kg.</param>
    /// <param name="maximumMillionsPerKg">Upper bound in 10^6 per kg.</param>
    /// <param name="entity">What is counted.</param>
    /// <param name="verbatim">The source's dose text.</param>
    /// <returns>The dose.</returns>
    public static PerKgDose Range(decimal minimumMillionsPerKg, decimal maximumMillionsPerKg, CountedEntity entity = CountedEntity.Cells, string? verbatim = null) =>
        new(new CellsPerKg(minimumMillionsPerKg), new CellsPerKg(maximumMillionsPerKg), entity, Verbatim: verbatim);

    /// <inheritdoc />
    public override PlannedCellTotal? PlannedTotalFor(WeightKg weight)
    {
        if (TargetMinimum is not { } lo || TargetMaximum is not { } hi)
        {
            return null;
        }

        var low = lo * weight;
        var high = hi * weight;
        var capped = false;
        if (Cap is { } cap)
        {
            if (high > cap)
            {
                high = cap;
                capped = true;
            }

            if (low > cap)
            {
                low = cap;
                capped = true;
            }
        }

        return new PlannedCellTotal(low, high, Entity, capped);
    }

    private static CellsPerKg? Check(CellsPerKg? lo, CellsPerKg? hi, DoseSummary? achieved, CountedEntity entity)
    {
        Require.Defined(entity, nameof(Entity));
        if (entity == CountedEntity.ConditionedMediumVolume)
        {
            throw new ArgumentException("PerKgDose.Entity cannot be conditioned-medium-volume; use VolumeDose for mL doses.", nameof(Entity));
        }

        if (lo.HasValue != hi.HasValue)
        {
            throw new ArgumentException("PerKgDose needs both TargetMinimum and TargetMaximum or neither (a single target has both equal).", nameof(TargetMaximum));
        }

        if (lo is { } l && hi is { } h && h < l)
        {
            throw new ArgumentOutOfRangeException(nameof(TargetMaximum), h.MillionsPerKg, $"PerKgDose.TargetMaximum must be >= TargetMinimum ({l}); {h} is not.");
        }

        if (lo is null && achieved is null)
        {
            throw new ArgumentException("PerKgDose needs a target or an achieved summary; use NotReportedDose when neither is known.", nameof(Achieved));
        }

        return hi;
    }
}
